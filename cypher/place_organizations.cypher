// Organisations and companies in a place and in the places under it (PART_OF tree).
// :param place => '怀化市';
MATCH (root:Place {name: $place})<-[:PART_OF*0..6]-(pl:Place)<-[:LOCATED_IN]-(o)
WHERE o:Organization OR o:Company
RETURN DISTINCT labels(o)[0] AS kind, o.name AS name, o.kind AS org_kind, pl.name AS place
ORDER BY kind, name, place
