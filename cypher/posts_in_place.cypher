// Who holds posts in a place: a province, city, district or town and everything under it.
// Walks down the PART_OF tree (up to 6 levels), then takes posts OF each place or OF a
// body LOCATED_IN it. One row per person, post and place.
// :param place => '湖南省';
MATCH (root:Place {name: $place})<-[:PART_OF*0..6]-(pl:Place)
OPTIONAL MATCH (pl)<-[:LOCATED_IN]-(org)
WITH DISTINCT pl, collect(DISTINCT org) + [pl] AS bodies
UNWIND bodies AS body
MATCH (person:Person)-[h:HOLDS]->(post:Post)-[:OF]->(body)
RETURN DISTINCT person.name AS person, post.name AS post, h.status AS status, pl.name AS place
ORDER BY place, person, post
