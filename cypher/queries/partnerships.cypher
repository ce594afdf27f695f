// Cooperation (战略合作, 签约, 共建): PARTNERS_WITH is stored once per pair, so match it without direction.
MATCH (a:Entity)-[r:PARTNERS_WITH]-(b:Entity) WHERE a.name < b.name
RETURN a.name AS one, b.name AS other, r.articleCount AS articles, r.firstSeen AS since
ORDER BY one, other;
