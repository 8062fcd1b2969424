// Which places (and organisations) implement a program, found by its name or an alias.
// One row per implementer: its label, its place (itself when a Place, else where it is
// LOCATED_IN) and how many articles report it.
// :param program => '三高四新战略';
MATCH (pg:Program)
WHERE pg.name = $program OR $program IN coalesce(pg.aliases, [])
MATCH (impl)-[r:IMPLEMENTS]->(pg)
OPTIONAL MATCH (impl)-[:LOCATED_IN]->(loc:Place)
RETURN pg.name AS program, impl.name AS implementer, labels(impl)[0] AS kind,
       CASE WHEN 'Place' IN labels(impl) THEN impl.name ELSE loc.name END AS place,
       size(r.articles) AS articles
ORDER BY place, implementer
