// The members of a task force, their roles, and who set it up.
// One row per member (MEMBER_OF, with the role when stated), each carrying the places
// or organisations that ESTABLISHED the task force; a task force with no known member
// gives one row with member null.
// :param taskforce => '肇庆市土地工作专班';
MATCH (tf:TaskForce {name: $taskforce})
OPTIONAL MATCH (founder)-[:ESTABLISHED]->(tf)
WITH tf, collect(DISTINCT founder.name) AS established_by
OPTIONAL MATCH (m:Person)-[r:MEMBER_OF]->(tf)
RETURN tf.name AS taskforce, established_by, m.name AS member, r.role AS role
ORDER BY member
