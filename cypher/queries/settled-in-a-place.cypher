// Who settled in (入驻) or landed in (落户, 落地) a park, zone or port, and since when.
// @param place = 金融数据港
MATCH (who:Entity)-[r:SETTLED_IN|LANDED_IN]->(p:Place)
WHERE p.name CONTAINS $place OR $place IN p.aliases
RETURN p.name AS place, type(r) AS how, who.name AS who, who.type AS type, r.firstSeen AS since
ORDER BY how, who;
