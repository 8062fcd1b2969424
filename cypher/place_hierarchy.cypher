// A place and the places it is PART_OF, up to the province, each with its shortest
// distance (depth 0 = the place itself).
// :param place => '临湘市';
MATCH path = (p:Place {name: $place})-[:PART_OF*0..6]->(up:Place)
RETURN up.name AS place, up.level AS level, min(length(path)) AS depth
ORDER BY depth, place
