// Why articles reached one node: the alias keys that lead to it and the rule that resolved each mention.
// @param name = 华为技术有限公司
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
OPTIONAL MATCH (key:Alias)-[:ALIAS_OF]->(e)
WITH e, collect(key.key) AS keys
MATCH (a:Article)-[m:MENTIONS]->(e)
RETURN e.name AS entity, e.id AS id, keys, a.fileName AS article, m.resolvedBy AS resolvedBy;
