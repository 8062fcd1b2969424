// The people appearing in the most articles, with their total mention count.
// :param limit => 20;
MATCH (a:Article)-[m:MENTIONS]->(p:Person)
RETURN p.name AS person, count(DISTINCT a) AS articles, sum(m.count) AS mentions
ORDER BY articles DESC, mentions DESC, person
LIMIT $limit
