// The explorer page: search → entity → neighbourhood picture → evidence, and a path finder.
// Every piece of data comes from /graphql; the URL says what is shown.
import { graphql, serverInfo } from './api.js';
import { renderCypherPanel } from './cypher.js';
import { el, replaceChildren } from './dom.js';
import { GraphView } from './graph.js';
import { readView, viewQuery } from './location.js';
import { relationLabel, RELATION_LABELS, relationKey } from './ontology.js';
import { entitySummary, evidencePanel, factLine, pathPanel, relationCountList, typeBadge } from './panels.js';
import { ENTITY, PATH, RELATION_TYPES, RELATIONS_PAGE, relationCounts } from './queries.js';
import { attachSuggestions } from './suggest.js';

/** Neighbours per page: enough to see a hub's shape, few enough to read its labels (fewer on a phone). */
const PAGE_SIZE = window.matchMedia('(max-width: 760px)').matches ? 12 : 25;
const DEFAULT_HOPS = 4;

const $ = (id) => document.getElementById(id);
const status = $('status');
const entityPanel = $('entity-panel');
const detailPanel = $('detail-panel');
const cypherPanel = $('cypher-panel');

let view = readView(window.location.search);
let relationTypes = Object.keys(RELATION_LABELS);
let info = null;
/** Per entity name on the picture: how far its relations have been paged. */
const pages = new Map();
let loadToken = 0;

const graph = new GraphView($('graph'), {
  onNodeTap: (node) => expandNode(node.name, { remember: true }),
  onEdgeTap: (relation) => showEvidence(relation),
});
// The browser test reaches edges on the canvas through this handle; nothing else uses it.
window.fintechKgExplorer = { graph };

function say(message, kind = 'info') {
  status.textContent = message;
  status.dataset.kind = kind;
}

function filters() {
  return {
    types: view.types.length > 0 ? view.types : null,
    since: view.since,
    until: view.until,
  };
}

function pushView(next, { replace = false } = {}) {
  view = next;
  const url = `${window.location.pathname}${viewQuery(view)}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  renderCypherPanel(cypherPanel, info, view);
}

// ---- entity and neighbourhood -------------------------------------------------------------

async function showEntity(name) {
  const token = ++loadToken;
  say(`正在加载 ${name} …`);
  graph.clear();
  pages.clear();
  replaceChildren(detailPanel);
  $('search-input').value = name;
  let data;
  try {
    data = await graphql(ENTITY, { name, ...filters(), first: PAGE_SIZE });
  } catch (error) {
    say(`加载失败 · could not load: ${error.message}`, 'error');
    return;
  }
  if (token !== loadToken) return;
  const entity = data.entity;
  if (!entity) {
    replaceChildren(entityPanel, el('p', {}, `没有找到实体 · no entity named “${name}”`));
    say(`没有找到 ${name}`, 'error');
    return;
  }
  if (entity.name !== view.entity) {
    // Reached by an alias: the link names the entity as the graph does.
    pushView({ ...view, entity: entity.name }, { replace: true });
    $('search-input').value = entity.name;
  }
  document.title = `${entity.name} · fintech-kg`;
  replaceChildren(entityPanel, entitySummary(entity));
  addPage(entity, entity.relations);
  graph.focus(entity.id);
  graph.markExpanded(entity.id);
  for (const other of view.expand) {
    if (other !== entity.name) await expandNode(other, { remember: false, relayout: false });
  }
  graph.layout();
  renderRelationsBlock(entity.name);
  say(`${entity.name}: ${entity.relations.totalCount} 个关系 · relations`);
  loadCounts(entity.name, token);
}

function addPage(entity, connection) {
  const relations = connection.edges.map((e) => e.node);
  const previous = pages.get(entity.name);
  pages.set(entity.name, {
    entity,
    relations: [...(previous?.relations ?? []), ...relations],
    totalCount: connection.totalCount,
    endCursor: connection.pageInfo.endCursor,
    hasNextPage: connection.pageInfo.hasNextPage,
  });
  graph.addRelations(entity, relations);
}

async function loadMore(name) {
  const page = pages.get(name);
  if (!page?.hasNextPage) return;
  say(`加载更多 · loading more of ${name} …`);
  try {
    const data = await graphql(RELATIONS_PAGE, { name, ...filters(), first: PAGE_SIZE, after: page.endCursor });
    addPage(data.entity, data.entity.relations);
    graph.layout();
    renderRelationsBlock(view.entity);
    const now = pages.get(name);
    say(`${name}: 显示 ${now.relations.length} / ${now.totalCount}`);
  } catch (error) {
    say(`加载失败 · could not load: ${error.message}`, 'error');
  }
}

/** Click on a node: bring in its neighbours, and say who it is. */
async function expandNode(name, { remember, relayout = true }) {
  let page = pages.get(name);
  if (!page) {
    try {
      const data = await graphql(RELATIONS_PAGE, { name, ...filters(), first: PAGE_SIZE });
      if (!data.entity) return;
      addPage(data.entity, data.entity.relations);
      graph.markExpanded(data.entity.id);
      if (relayout) graph.layout();
      page = pages.get(name);
    } catch (error) {
      say(`加载失败 · could not load: ${error.message}`, 'error');
      return;
    }
    if (remember && name !== view.entity && !view.expand.includes(name)) {
      pushView({ ...view, expand: [...view.expand, name] }, { replace: true });
    }
  }
  if (remember) showNodeDetail(page);
}

function showNodeDetail(page) {
  const { entity } = page;
  replaceChildren(detailPanel, el('div', { class: 'node-detail' },
    el('h2', {}, entity.name),
    el('p', {}, typeBadge(entity.type)),
    el('p', { class: 'muted' }, `显示 ${page.relations.length} / ${page.totalCount} 个关系`),
    page.hasNextPage ? el('button', { type: 'button', onclick: () => loadMore(entity.name).then(() => showNodeDetail(pages.get(entity.name))) }, '显示更多 · show more') : null,
    ' ',
    entity.name !== view.entity
      ? el('button', { type: 'button', onclick: () => navigateToEntity(entity.name) }, '以它为中心 · focus on it')
      : null));
}

/** The focus entity's loaded relations as a list: the picture's edges, reachable by keyboard. */
function renderRelationsBlock(name) {
  const block = entityPanel.querySelector('.relations-block');
  const page = pages.get(name);
  if (!block || !page) return;
  replaceChildren(block,
    el('h3', {}, `关系 · Relations (${page.relations.length} / ${page.totalCount})`),
    el('ul', { class: 'relation-list' }, page.relations.map((relation) => el('li', {},
      el('button', { type: 'button', class: 'link fact-button', dataset: { key: relationKey(relation) }, onclick: () => showEvidence(relation) },
        factLine(relation))))),
    page.hasNextPage
      ? el('button', { type: 'button', id: 'show-more', onclick: () => loadMore(name) }, `显示更多 · show more (${page.totalCount - page.relations.length})`)
      : null);
}

async function loadCounts(name, token) {
  const target = entityPanel.querySelector('.relation-counts');
  try {
    const data = await graphql(relationCounts(relationTypes), { name });
    if (token !== loadToken || !data.entity) return;
    const counts = relationTypes.map((type) => ({ type, count: data.entity[type]?.totalCount ?? 0 }));
    replaceChildren(target, el('h3', {}, '按关系类型 · By relation type'), relationCountList(counts, filterToType));
  } catch (error) {
    replaceChildren(target, el('p', { class: 'muted' }, `关系统计不可用: ${error.message}`));
  }
}

function showEvidence(relation) {
  if (!relation) return;
  graph.selectEdge(relation);
  replaceChildren(detailPanel, evidencePanel(relation));
  detailPanel.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

// ---- paths --------------------------------------------------------------------------------

/** A path as the nodes it walks through, in order, and the relation of each hop. */
function walk(path) {
  if (!path || path.hops.length === 0) return null;
  return {
    nodes: [path.hops[0].from, ...path.hops.map((hop) => hop.to)],
    relations: path.hops.map((hop) => hop.relation),
  };
}

async function showPath(from, to, hops) {
  const token = ++loadToken;
  say(`正在查找 ${from} → ${to} …`);
  graph.clear();
  pages.clear();
  replaceChildren(entityPanel);
  $('search-input').value = '';
  $('path-from').value = from;
  $('path-to').value = to;
  $('path-hops').value = String(hops);
  let data;
  try {
    data = await graphql(PATH, { from, to, maxHops: hops });
  } catch (error) {
    say(`路径查询失败 · path failed: ${error.message}`, 'error');
    return;
  }
  if (token !== loadToken) return;
  const path = walk(data.path?.[0]);
  replaceChildren(detailPanel, pathPanel(from, to, path, navigateToEntity));
  if (data.path === null) {
    say(`不认识 ${from} 或 ${to} · unknown name`, 'error');
    return;
  }
  if (!path) {
    say(`${from} 与 ${to} 之间 ${hops} 跳内没有路径 · no path`, 'error');
    return;
  }
  for (const relation of path.relations) graph.addRelations(relation.source, [relation]);
  graph.layoutPath(path.nodes.map((n) => n.id));
  graph.showPath(path.nodes.map((n) => n.id), path.relations);
  document.title = `${from} → ${to} · fintech-kg`;
  say(`路径 · path: ${path.nodes.map((n) => n.name).join(' → ')}`);
}

// ---- navigation ---------------------------------------------------------------------------

function navigateToEntity(name) {
  pushView({ ...view, entity: name, path: null, hops: null, expand: [] });
  render();
}

function filterToType(type) {
  pushView({ ...view, types: [type], expand: [] });
  syncFilterInputs();
  render();
}

function render() {
  renderCypherPanel(cypherPanel, info, view);
  if (view.path) showPath(view.path.from, view.path.to, view.hops ?? DEFAULT_HOPS);
  else if (view.entity) showEntity(view.entity);
  else {
    graph.clear();
    replaceChildren(entityPanel, el('div', { class: 'welcome' },
      el('h2', {}, '金融科技知识图谱'),
      el('p', {}, '输入机构、项目、地点或人物的名称或别名开始探索。'),
      el('p', { class: 'muted' }, 'Type the name or alias of an institution, project, place or person.'),
      el('p', {}, '例如 · e.g. ', el('a', { href: '?entity=金融数据港' }, '金融数据港'))));
    replaceChildren(detailPanel);
    say('');
  }
}

function syncFilterInputs() {
  for (const box of document.querySelectorAll('#type-filters input[type=checkbox]')) box.checked = view.types.includes(box.value);
  $('since').value = view.since ?? '';
  $('until').value = view.until ?? '';
  $('filter-summary').textContent = view.types.length > 0 ? view.types.map((t) => RELATION_LABELS[t] ?? t).join('、') : '全部类型 · all types';
}

function buildTypeFilters() {
  replaceChildren($('type-filters'), relationTypes.map((type) => el('label', { class: 'type-filter' },
    el('input', { type: 'checkbox', value: type }), ` ${relationLabel(type)}`)));
  syncFilterInputs();
}

function applyFilters() {
  const types = [...document.querySelectorAll('#type-filters input:checked')].map((b) => b.value);
  pushView({ ...view, types, since: $('since').value || null, until: $('until').value || null }, { replace: true });
  syncFilterInputs();
  render();
}

async function start() {
  // On a phone the picture matters more than the tools: they start folded.
  if (window.matchMedia('(max-width: 760px)').matches) $('tools').open = false;
  const searchSuggestions = attachSuggestions($('search-input'), { onChoose: (entity) => navigateToEntity(entity.name) });
  const pathSuggestions = [$('path-from'), $('path-to')].map((input) => attachSuggestions(input, { onChoose: () => {} }));
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    searchSuggestions.close();
    const name = $('search-input').value.trim();
    if (name) navigateToEntity(name);
  });
  $('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    pathSuggestions.forEach((s) => s.close());
    const from = $('path-from').value.trim();
    const to = $('path-to').value.trim();
    const hops = Number.parseInt($('path-hops').value, 10) || DEFAULT_HOPS;
    if (!from || !to) return;
    pushView({ ...view, path: { from, to }, hops, expand: [] });
    render();
  });
  $('filters-form').addEventListener('change', applyFilters);
  $('filters-form').addEventListener('submit', (event) => { event.preventDefault(); applyFilters(); });
  $('clear-filters').addEventListener('click', () => {
    pushView({ ...view, types: [], since: null, until: null }, { replace: true });
    syncFilterInputs();
    render();
  });
  $('cypher-toggle').addEventListener('click', () => {
    cypherPanel.hidden = !cypherPanel.hidden;
    $('cypher-toggle').setAttribute('aria-expanded', String(!cypherPanel.hidden));
  });
  window.addEventListener('popstate', () => {
    view = readView(window.location.search);
    syncFilterInputs();
    render();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement?.tagName !== 'INPUT') {
      event.preventDefault();
      $('search-input').focus();
    }
  });

  const [typesData, serverInfoData] = await Promise.all([
    graphql(RELATION_TYPES).catch(() => null),
    serverInfo(),
  ]);
  const fromSchema = typesData?.__type?.enumValues?.map((v) => v.name);
  if (fromSchema?.length) relationTypes = fromSchema;
  info = serverInfoData;
  buildTypeFilters();
  render();
}

start();
