// How two entities are connected: the shortest chains of facts between them, in either direction.
// @param from = 海通证券
// @param to = 华为技术有限公司
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR $to IN b.aliases
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(n IN nodes(p) WHERE n:Article OR n:Evidence OR n:Alias)
RETURN length(p) AS hops, p AS path
LIMIT 10;
