// An article's facts: every relationship it is a source of (its id in `articles`), with
// the evidence sentences read from that article.
// :param article => 'a2bec881f0f48619';
MATCH (s)-[r]->(t)
WHERE type(r) <> 'MENTIONS' AND $article IN coalesce(r.articles, [])
RETURN labels(s)[0] AS source_label, s.name AS source, type(r) AS type,
       labels(t)[0] AS target_label, t.name AS target,
       [i IN range(0, size(coalesce(r.evidence_articles, [])) - 1)
        WHERE r.evidence_articles[i] = $article | r.evidence_sentences[i]] AS sentences
ORDER BY type, source, target
