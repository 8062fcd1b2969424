// Companies an official dealt with: those LOCATED_IN a place where the official holds
// or held a post, and those mentioned in the same articles as the official.
// One row per company with the shared places and the number of shared articles.
// :param person => '刘琦';
MATCH (p:Person {name: $person})
OPTIONAL MATCH (p)-[:HOLDS]->(:Post)-[:OF]->(body)
OPTIONAL MATCH (body)-[:LOCATED_IN]->(loc:Place)
WITH p, collect(DISTINCT CASE WHEN 'Place' IN labels(body) THEN body.name ELSE loc.name END) AS places
MATCH (c:Company)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(cp:Place) WHERE cp.name IN places
OPTIONAL MATCH (p)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(c)
WITH c, collect(DISTINCT cp.name) AS shared_places, count(DISTINCT a) AS shared_articles
WHERE size(shared_places) > 0 OR shared_articles > 0
RETURN c.name AS company, shared_places, shared_articles
ORDER BY shared_articles DESC, company
