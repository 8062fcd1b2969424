// People whose name or one of whose aliases contains a piece of text, with how many
// articles mention them and the posts they hold.
// :param text => '刘';
MATCH (p:Person)
WHERE p.name CONTAINS $text OR any(x IN coalesce(p.aliases, []) WHERE x CONTAINS $text)
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
WITH p, count(DISTINCT a) AS articles
OPTIONAL MATCH (p)-[:HOLDS]->(post:Post)
RETURN p.name AS person, articles, collect(DISTINCT post.name) AS posts
ORDER BY articles DESC, person
