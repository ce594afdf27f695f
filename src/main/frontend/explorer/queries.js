// The GraphQL documents the explorer sends, kept together so that they read like the schema.

const ENTITY_SUMMARY = `fragment EntitySummary on Entity { id name type aliases ticker }`;

const RELATION_FIELDS = `
fragment RelationFields on Relation {
  id type confidence articleCount firstSeen lastSeen
  source { ...EntitySummary }
  target { ...EntitySummary }
  evidence { sentence start end confidence article { id title url publishedAt } }
}`;

export const SUGGEST = `
query Suggest($text: String!, $first: Int) {
  search(text: $text, first: $first) { edges { node { ...EntitySummary articleCount } } }
}
${ENTITY_SUMMARY}`;

export const RELATION_TYPES = `
query RelationTypes { __type(name: "RelationType") { enumValues { name } } }`;

/** One entity, a page of its relations under the current filters, and the articles that mention it. */
export const ENTITY = `
query Entity($name: String!, $types: [RelationType!], $since: Date, $until: Date, $first: Int, $after: String) {
  entity(name: $name) {
    ...EntitySummary
    articleCount
    relations(types: $types, direction: BOTH, since: $since, until: $until, first: $first, after: $after) {
      totalCount
      edges { cursor node { ...RelationFields } }
      pageInfo { hasNextPage endCursor }
    }
    articles(first: 20) { totalCount edges { node { id title url publishedAt } } }
  }
}
${ENTITY_SUMMARY}
${RELATION_FIELDS}`;

/** Counts of an entity's relations per type: one aliased field per type of the schema's enum. */
export function relationCounts(relationTypes) {
  const fields = relationTypes
    .filter((t) => /^[A-Z_]+$/.test(t))
    .map((t) => `${t}: relations(types: [${t}], direction: BOTH, first: 0) { totalCount }`)
    .join('\n    ');
  return `
query RelationCounts($name: String!) {
  entity(name: $name) {
    id
    ${fields}
  }
}`;
}

/** The next page of one entity's relations, for "show more" and for expanding a node. */
export const RELATIONS_PAGE = `
query RelationsPage($name: String!, $types: [RelationType!], $since: Date, $until: Date, $first: Int, $after: String) {
  entity(name: $name) {
    ...EntitySummary
    relations(types: $types, direction: BOTH, since: $since, until: $until, first: $first, after: $after) {
      totalCount
      edges { cursor node { ...RelationFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
${ENTITY_SUMMARY}
${RELATION_FIELDS}`;

/** The shortest paths between two names; the explorer draws the first and lists its hops. */
export const PATH = `
query Path($from: String!, $to: String!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    hops { from { ...EntitySummary } to { ...EntitySummary } relation { ...RelationFields } }
  }
}
${ENTITY_SUMMARY}
${RELATION_FIELDS}`;
