// Companies a task force dealt with: those LOCATED_IN a place the task force is
// located in, and those mentioned in the same articles as the task force.
// One row per company with the shared places and the number of shared articles.
// :param taskforce => '肇庆市土地工作专班';
MATCH (tf:TaskForce {name: $taskforce})
MATCH (c:Company)
OPTIONAL MATCH (tf)-[:LOCATED_IN]->(pl:Place)<-[:LOCATED_IN]-(c)
OPTIONAL MATCH (tf)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(c)
WITH c, collect(DISTINCT pl.name) AS shared_places, count(DISTINCT a) AS shared_articles
WHERE size(shared_places) > 0 OR shared_articles > 0
RETURN c.name AS company, shared_places, shared_articles
ORDER BY shared_articles DESC, company
