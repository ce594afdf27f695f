// "How to query this in Cypher": the Bolt address from /api/info and queries for what is on screen.
import { el, replaceChildren } from './dom.js';
import { RELATION_LABELS } from './ontology.js';

const FACT_TYPES = Object.keys(RELATION_LABELS).join('|');

function cypherString(value) {
  return `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

export function renderCypherPanel(container, info, view) {
  const name = view.path?.from ?? view.entity ?? '金融数据港';
  const target = view.path?.to ?? '华为技术有限公司';
  const hops = view.hops ?? 4;
  const queries = [
    `:param name => ${cypherString(name)}`,
    '// 一个实体和它的邻居 · an entity and its neighbours',
    `MATCH (e:Entity {name: $name})-[r:${FACT_TYPES}]-(n:Entity)\nRETURN e, r, n LIMIT 50;`,
    '// 每条关系的证据句 · the evidence of each fact',
    `MATCH (e:Entity {name: $name})-[r]-(n:Entity)\nMATCH (ev:Evidence {factId: r.id})-[:FROM]->(a:Article)\nRETURN type(r), n.name, ev.sentence, a.title, a.publishedAt LIMIT 25;`,
    '// 两个实体之间的最短路径 · a shortest path',
    `:param target => ${cypherString(target)}`,
    `MATCH p = shortestPath((a:Entity {name: $name})-[:${FACT_TYPES}*..${hops}]-(b:Entity {name: $target}))\nRETURN p;`,
  ].join('\n');
  replaceChildren(container,
    el('h2', {}, '用 Cypher 查询 · Query with Cypher'),
    el('p', {}, 'Bolt: ', el('code', { class: 'bolt-uri' }, info?.boltUri ?? '（服务器未提供 · not advertised）')),
    el('p', { class: 'muted' }, '用 cypher-shell 或 Neo4j Browser 连接，然后 · connect with cypher-shell or Neo4j Browser, then:'),
    el('pre', { class: 'cypher' }, queries),
    el('p', {}, 'GraphQL: ', el('a', { href: '/graphiql' }, 'GraphiQL'), ' · ', el('code', {}, info?.graphqlPath ?? '/graphql')));
}
