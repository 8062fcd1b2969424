// A place and the chain of places it is PART_OF, up to the province (depth 0 = itself).
// :param place => '容桂街道';
MATCH path = (p:Place {name: $place})-[:PART_OF*0..6]->(up:Place)
RETURN up.name AS place, up.level AS level, length(path) AS depth
ORDER BY depth, place
