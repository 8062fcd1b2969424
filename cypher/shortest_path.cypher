// The shortest chain of facts between two people (posts, bodies, places, task forces,
// programs), at most 6 steps, ignoring the direction and the articles' MENTIONS.
// Neo4j form: shortestPath. On FalkorDB, which has no shortestPath, the loader runs the
// bounded variable-length pattern inside it and this ORDER BY … LIMIT 1 keeps the shortest
// (kg.loaders.server.adapt_query).
// :param person_a => '刘琦';
// :param person_b => '李辉';
MATCH (a:Person {name: $person_a}), (b:Person {name: $person_b})
MATCH p = shortestPath((a)-[:HOLDS|OF|MEMBER_OF|PART_OF|LOCATED_IN|ESTABLISHED|IMPLEMENTS*..6]-(b))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS types
ORDER BY hops
LIMIT 1
