// Everything the graph says about one entity, each fact with the sentences and articles that state it.
// @param name = 交通银行
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[r]-(other:Entity)
MATCH (v:Evidence {factId: r.id})-[:FROM]->(a:Article)
RETURN startNode(r).name AS source, type(r) AS fact, endNode(r).name AS target,
       r.confidence AS confidence, v.sentence AS evidence, a.fileName AS article
ORDER BY fact, target;
