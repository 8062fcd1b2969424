// Pairs of people mentioned together in at least `min_articles` articles.
// :param min_articles => 2;
// :param limit => 50;
MATCH (p1:Person)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(p2:Person)
WHERE p1.name < p2.name
WITH p1, p2, count(DISTINCT a) AS articles
WHERE articles >= $min_articles
RETURN p1.name AS person_a, p2.name AS person_b, articles
ORDER BY articles DESC, person_a, person_b
LIMIT $limit
