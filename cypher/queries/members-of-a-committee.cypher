// Members of a committee, alliance or association, with how many articles state the membership.
// @param committee = 移动金融专业委员会
MATCH (member:Entity)-[r:MEMBER_OF]->(c:Entity)
WHERE c.name CONTAINS $committee OR $committee IN c.aliases
RETURN c.name AS committee, member.name AS member, member.type AS type,
       r.articleCount AS articles, r.confidence AS confidence
ORDER BY committee, member;
