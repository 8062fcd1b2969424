// Officials who served in the same place as a given person.
// The places of the person's posts (the body of the post when it is a Place, else the
// place the body is LOCATED_IN), then everybody else holding a post there, with those posts.
// :param person => '刘琦';
MATCH (me:Person {name: $person})-[:HOLDS]->(:Post)-[:OF]->(b1)
OPTIONAL MATCH (b1)-[:LOCATED_IN]->(l1:Place)
WITH me, CASE WHEN 'Place' IN labels(b1) THEN b1 ELSE l1 END AS place
WITH DISTINCT me, place WHERE place IS NOT NULL
MATCH (other:Person)-[:HOLDS]->(post:Post)-[:OF]->(b2)
WHERE other <> me AND (b2 = place OR (b2)-[:LOCATED_IN]->(place))
RETURN place.name AS place, other.name AS person, collect(DISTINCT post.name) AS posts
ORDER BY place, person
