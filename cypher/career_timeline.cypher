// A person's career as a dated timeline: each post with its bodies (OF) and their
// places, the start and end an appointment or removal reported (empty when none did),
// the first and last publication dates (ISO strings) of the articles stating it, and
// how many articles do. Oldest first. Graphs built before HOLDS carried first_seen and
// last_seen get them from the articles.
// :param person => '刘琦';
MATCH (p:Person {name: $person})-[h:HOLDS]->(post:Post)
OPTIONAL MATCH (post)-[:OF]->(body)
OPTIONAL MATCH (body)-[:LOCATED_IN]->(loc:Place)
WITH h, post, collect(DISTINCT body.name) AS bodies,
     collect(DISTINCT CASE WHEN 'Place' IN labels(body) THEN body.name ELSE loc.name END) AS places
UNWIND coalesce(h.articles, []) AS aid
MATCH (a:Article {id: aid})
WITH h, post, bodies, places, min(a.published) AS first_article,
     max(a.published) AS last_article, count(DISTINCT a) AS articles
RETURN post.name AS post, h.status AS status, bodies AS body, places AS place,
       h.`start` AS `start`, h.`end` AS `end`,
       coalesce(h.first_seen, first_article) AS first_seen,
       coalesce(h.last_seen, last_article) AS last_seen, articles
ORDER BY coalesce(`start`, first_seen), post
