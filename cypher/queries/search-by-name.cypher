// Full-text search over names and aliases. The index uses the CJK analyzer, so a part of a Chinese name finds it.
// @param text = 数据港
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT 20;
