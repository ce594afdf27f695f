// Facts to review first: the lowest confidence and the fewest articles, with the rule that read them.
// @param limit = 15
MATCH (s:Entity)-[r]->(t:Entity)
MATCH (v:Evidence {factId: r.id})
RETURN s.name AS source, type(r) AS fact, t.name AS target, r.confidence AS confidence,
       r.articleCount AS articles, collect(DISTINCT v.rule) AS rules
ORDER BY confidence, articles, source
LIMIT $limit;
