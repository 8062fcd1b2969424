// What the graph holds: nodes per data-model label (relationship counts: see
// kg.loaders.server_counts or `MATCH ()-[r]->() RETURN type(r), count(r)`).
MATCH (n)
WHERE n:Article OR n:Person OR n:Post OR n:Organization OR n:Company OR n:Place
   OR n:TaskForce OR n:Program OR n:Project
RETURN labels(n)[0] AS label, count(n) AS nodes
ORDER BY label
