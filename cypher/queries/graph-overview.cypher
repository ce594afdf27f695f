// What the graph holds: entities per type and facts per relationship type.
CALL {
  MATCH (e:Entity) RETURN 'entity' AS kind, e.type AS name, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) RETURN 'fact' AS kind, type(r) AS name, count(*) AS count
  UNION ALL
  MATCH (a:Article) RETURN 'article' AS kind, 'Article' AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, count DESC, name;
