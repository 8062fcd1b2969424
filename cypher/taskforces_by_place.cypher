// Task forces set up by, or located in, a place or any place under it, with their
// number of known members.
// :param place => '肇庆市';
MATCH (root:Place {name: $place})<-[:PART_OF*0..6]-(pl:Place)
MATCH (pl)-[:ESTABLISHED|LOCATED_IN]-(tf:TaskForce)
WITH DISTINCT tf, pl
OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(tf)
RETURN tf.name AS taskforce, pl.name AS place, count(DISTINCT m) AS members
ORDER BY place, taskforce
