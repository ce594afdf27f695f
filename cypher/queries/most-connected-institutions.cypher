// The institutions with the most distinct facts, and how many articles back them: the hubs of the ecosystem.
// @param limit = 10
MATCH (i:Institution)-[r]-(:Entity)
RETURN i.name AS institution, count(r) AS facts, sum(r.articleCount) AS statements,
       collect(DISTINCT type(r)) AS kinds
ORDER BY facts DESC, institution
LIMIT $limit;
