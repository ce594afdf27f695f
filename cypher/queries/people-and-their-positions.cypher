// Named people and the organisations where the news gives them a title (董事长, 行长, 副主任 …).
MATCH (p:Person)-[r:HOLDS_POSITION]->(org:Entity)
MATCH (v:Evidence {factId: r.id})
RETURN p.name AS person, org.name AS organisation, org.type AS type, collect(DISTINCT v.sentence)[0] AS evidence
ORDER BY organisation, person;
