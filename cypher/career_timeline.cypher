// A person's career as the articles date it: each post with the first and last
// publication dates (ISO strings) of the articles reporting it.
// :param person => '刘琦';
MATCH (p:Person {name: $person})-[h:HOLDS]->(post:Post)
UNWIND coalesce(h.articles, []) AS aid
MATCH (a:Article {id: aid})
WITH post, h, min(a.published) AS first_seen, max(a.published) AS last_seen,
     count(DISTINCT a) AS articles
RETURN post.name AS post, h.status AS status, first_seen, last_seen, articles
ORDER BY first_seen, post
