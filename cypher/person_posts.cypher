// Every post a person has held, and where.
// One row per post and body: the post, its bare title, whether the articles call it
// current or former, the body it belongs to (OF) and that body's place (the body
// itself when it is a Place, else where it is LOCATED_IN), and how many articles say so.
// :param person => '刘琦';
MATCH (p:Person {name: $person})-[h:HOLDS]->(post:Post)
OPTIONAL MATCH (post)-[:OF]->(body)
OPTIONAL MATCH (body)-[:LOCATED_IN]->(loc:Place)
RETURN post.name AS post, post.title AS title, h.status AS status,
       body.name AS body, labels(body)[0] AS body_label,
       CASE WHEN 'Place' IN labels(body) THEN body.name ELSE loc.name END AS place,
       size(h.articles) AS articles
ORDER BY post, body, place
