// The side panels: an entity, the evidence of a fact, the hops of a path. Text only, never markup.
import { el, formatDate, highlighted } from './dom.js';
import { ENTITY_LABELS, entityType, relationLabel, RELATION_LABELS } from './ontology.js';

export function typeBadge(type) {
  const key = entityType(type);
  return el('span', { class: `badge type-${key}` }, `${ENTITY_LABELS[key]} · ${key}`);
}

function articleLink(article) {
  if (!article) return el('span', { class: 'muted' }, '（文章不详）');
  return el('span', { class: 'article' },
    article.url ? el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title || article.url)
      : el('span', {}, article.title || article.id),
    article.publishedAt ? el('time', { datetime: formatDate(article.publishedAt) }, ` ${formatDate(article.publishedAt)}`) : null);
}

export function confidence(value) {
  return typeof value === 'number' ? value.toFixed(2) : '–';
}

/** "A —落户→ B" as text, for lists and headings. */
export function factLine(relation) {
  const arrow = relation.type === 'PARTNERS_WITH' ? '⟷' : '→';
  return el('span', { class: 'fact' },
    el('span', { class: 'entity-name' }, relation.source.name),
    el('span', { class: 'relation' }, ` —${RELATION_LABELS[relation.type] ?? relation.type}${arrow} `),
    el('span', { class: 'entity-name' }, relation.target.name));
}

/** The entity's own facts: type, name, aliases, ticker, counts, articles. */
export function entitySummary(entity) {
  return el('div', { class: 'entity-summary' },
    el('h2', { class: 'entity-title' }, entity.name),
    el('p', {}, typeBadge(entity.type), entity.ticker ? el('span', { class: 'ticker' }, ` 股票代码 ${entity.ticker}`) : null),
    entity.aliases?.length
      ? el('p', { class: 'aliases' }, el('span', { class: 'muted' }, '别名 aliases: '), entity.aliases.join('、'))
      : null,
    el('p', { class: 'muted' }, `被 ${entity.articleCount ?? 0} 篇文章提及 · mentioned in ${entity.articleCount ?? 0} articles`),
    el('div', { class: 'relation-counts', 'aria-live': 'polite' }, el('span', { class: 'muted' }, '关系统计加载中…')),
    el('div', { class: 'relations-block' }),
    el('h3', {}, `提及它的文章 · Articles (${entity.articles?.totalCount ?? 0})`),
    el('ul', { class: 'articles' },
      (entity.articles?.edges ?? []).map(({ node }) => el('li', {}, articleLink(node)))),
  );
}

/** Counts by relation type; each is a button that filters the picture to that type. */
export function relationCountList(counts, onFilterType) {
  const present = counts.filter((c) => c.count > 0);
  if (present.length === 0) return el('p', { class: 'muted' }, '暂无关系 · no relations');
  return el('ul', { class: 'counts' }, present.map((c) => el('li', {},
    el('button', { type: 'button', class: 'link', title: `只看 ${c.type}`, onclick: () => onFilterType(c.type) }, relationLabel(c.type)),
    el('span', { class: 'count' }, String(c.count)))));
}

/** The evidence of one fact: each sentence with both names highlighted, its article, date and confidence. */
export function evidencePanel(relation) {
  const names = [relation.source.name, ...(relation.source.aliases ?? []), relation.target.name, ...(relation.target.aliases ?? [])];
  const evidence = relation.evidence ?? [];
  return el('div', { class: 'evidence-panel' },
    el('h2', {}, '证据 · Evidence'),
    el('p', { class: 'fact-heading' }, factLine(relation)),
    el('p', { class: 'muted' },
      `${relationLabel(relation.type)} · 置信度 confidence ${confidence(relation.confidence)} · ${relation.articleCount ?? evidence.length} 篇文章`,
      relation.firstSeen ? ` · ${formatDate(relation.firstSeen)} – ${formatDate(relation.lastSeen)}` : ''),
    evidence.length === 0 ? el('p', { class: 'muted' }, '没有证据句 · no evidence sentences') : null,
    el('ol', { class: 'evidence' }, evidence.map((ev) => el('li', {},
      el('blockquote', { class: 'sentence' }, highlighted(ev.sentence, names)),
      el('p', { class: 'evidence-meta' }, articleLink(ev.article), el('span', { class: 'muted' }, ` · 置信度 ${confidence(ev.confidence)}`))))));
}

/** A path, hop by hop, each hop with its evidence. */
export function pathPanel(from, to, path, onShowEntity) {
  if (!path || !path.relations?.length) {
    return el('div', { class: 'path-panel' }, el('h2', {}, '路径 · Path'),
      el('p', {}, `在 ${from} 与 ${to} 之间没有找到路径 · no path found`));
  }
  return el('div', { class: 'path-panel' },
    el('h2', {}, `路径 · Path (${path.relations.length} 跳 hops)`),
    el('p', { class: 'path-nodes' }, path.nodes.map((node, i) => [
      i > 0 ? ' → ' : null,
      el('button', { type: 'button', class: 'link', onclick: () => onShowEntity(node.name) }, node.name)])),
    el('ol', { class: 'hops' }, path.relations.map((relation) => el('li', {}, evidencePanel(relation)))));
}
