// The articles that mention an entity (under any of its names), newest first, with how often and how it was resolved.
// @param name = 华为技术
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
MATCH (a:Article)-[m:MENTIONS]->(e)
RETURN e.name AS entity, a.title AS article, a.fileName AS file, a.publishedAt AS published,
       m.count AS mentions, m.resolvedBy AS resolvedBy
ORDER BY published DESC;
