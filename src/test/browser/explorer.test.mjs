// Drives the explorer in Debian's Chromium against a running server that has the samples loaded.
// Usage: node src/test/browser/explorer.test.mjs BASE_URL [SCREENSHOT_DIR] [--samples=DIR] [--write-token=T]
// With --samples, every article in DIR is first ingested through the ingestArticle mutation
// (an article already in the graph comes back UNCHANGED, so a server that has them is fine).
// Exit code 0 when every check passed; the last line says "N passed, N failed".
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// playwright-core is a devDependency of the front-end build, installed there by `npm ci`.
const require = createRequire(new URL('../../main/frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const samplesArg = process.argv.find((a) => a.startsWith('--samples='));
const base = new URL(positional[0] ?? 'http://localhost:8080/');
const screenshots = resolve(positional[1] ?? 'target/screenshots');
const samples = samplesArg ? resolve(samplesArg.slice('--samples='.length)) : null;
// Mutations need the server's kg.api.write-token when it has one (the integration tests set one).
const writeToken = process.argv.find((a) => a.startsWith('--write-token='))?.slice('--write-token='.length)
  ?? process.env.KG_WRITE_TOKEN;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HUB = '金融数据港';
const NEIGHBOUR = '华为技术有限公司';
// Names and titles an attacker could put in an article; if any became markup these would run or fetch.
// The marker has no underscores: Markdown bodies would turn __x__ into emphasis.
const XSS_TITLE = '<img src="http://203.0.113.9/pixel.png" onerror="window.kgInjected=1">测试快讯';
const XSS_SENTENCE_MARKUP = '<img src=x onerror=window.kgInjected=1><script>window.kgInjected=1</script>';

const results = [];
let hostileArticleId = null;
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n  ${String(error.stack ?? error).split('\n').slice(0, 4).join('\n  ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function graphql(query, variables) {
  const response = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(writeToken ? { Authorization: `Bearer ${writeToken}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

async function ingest(fileName, content) {
  const data = await graphql(`
    mutation Ingest($content: String!, $fileName: String) {
      ingestArticle(content: $content, fileName: $fileName) { status articleId reason }
    }`, { content, fileName });
  const outcome = data.ingestArticle;
  assert(outcome.status !== 'FAILED', `${fileName} failed to ingest: ${outcome.reason}`);
  return outcome;
}

/** An article whose title and sentence carry markup, as a hostile or broken page might. */
function hostileArticle() {
  return [
    '---',
    `title: '${XSS_TITLE.replaceAll("'", "''")}'`,
    'date: 2024-06-03',
    'url: https://example.org/xss-probe',
    '---',
    // Names of its own, so that the integration tests sharing this graph do not see new facts on theirs.
    `甲乙丙数据科技有限公司与丁戊银行股份有限公司签署战略合作协议${XSS_SENTENCE_MARKUP}。`,
    '',
  ].join('\n');
}

const userDataDir = await mkdtemp(join(tmpdir(), 'fintech-kg-chromium-'));
await mkdir(screenshots, { recursive: true });
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
  viewport: { width: 1280, height: 800 },
  locale: 'zh-CN',
});

// Nothing may leave this machine: every request to another host is recorded and refused.
const outsideRequests = [];
const pageErrors = [];
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:';
  if (local) return route.continue();
  outsideRequests.push(url.href);
  return route.abort();
});
context.on('request', (request) => {
  const url = new URL(request.url());
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)
      && !outsideRequests.includes(url.href)) outsideRequests.push(url.href);
});

const page = context.pages()[0] ?? await context.newPage();
page.on('pageerror', (error) => pageErrors.push(error.message));
const shot = (name) => page.screenshot({ path: join(screenshots, `${name}.png`) });
const url = (search) => new URL(search, base).href;

try {
  if (samples) {
    await check('ingests the sample articles through the mutation', async () => {
      const files = (await readdir(samples)).filter((f) => /\.(txt|md|html?)$/.test(f)).sort();
      assert(files.length > 0, `no articles in ${samples}`);
      for (const file of files) await ingest(file, await readFile(join(samples, file), 'utf8'));
    });
  }

  await check('ingests an article with markup in its title and sentence through the mutation', async () => {
    const outcome = await ingest('xss-probe.txt', hostileArticle());
    assert(outcome.articleId, 'the hostile article got no id');
    hostileArticleId = outcome.articleId;
  });

  await check('suggests entities while typing and opens one with the keyboard', async () => {
    await page.goto(url('/'));
    const input = page.locator('#search-input');
    await input.click();
    await input.pressSequentially('金融数据', { delay: 60 });
    const option = page.locator('.suggestions [role=option]', { hasText: HUB }).first();
    await option.waitFor({ timeout: 10_000 });
    await shot('01-suggestions');
    const options = await page.locator('#search-input + .suggestions [role=option]').allTextContents();
    const index = options.findIndex((t) => t.includes(HUB));
    for (let i = 0; i <= index; i++) await input.press('ArrowDown');
    assert(await option.getAttribute('aria-selected') === 'true', 'arrow keys did not select the suggestion');
    await input.press('Enter');
    await page.locator('.entity-title', { hasText: HUB }).waitFor({ timeout: 10_000 });
    assert(new URL(page.url()).searchParams.get('entity') === HUB, `URL does not name the entity: ${page.url()}`);
  });

  await check(`shows ${NEIGHBOUR} among the neighbours of ${HUB}`, async () => {
    const relation = page.locator('.relation-list button', { hasText: NEIGHBOUR }).first();
    for (let pages = 0; pages < 20 && await relation.count() === 0; pages++) {
      const more = page.locator('#show-more');
      if (await more.count() === 0) break;
      await more.click();
      await page.waitForTimeout(300);
    }
    await relation.waitFor({ timeout: 5_000 });
    const onPicture = await page.evaluate((name) => window.fintechKgExplorer.graph.cy.nodes()
      .some((n) => n.data('name') === name), NEIGHBOUR);
    assert(onPicture, `${NEIGHBOUR} is not a node of the picture`);
    await page.locator('.relation-counts .counts').waitFor({ timeout: 10_000 });
    await shot('02-entity-1280x800');
  });

  await check('clicking the edge on the picture shows its evidence with both names highlighted', async () => {
    const point = await page.evaluate(([hub, neighbour]) => {
      const { cy } = window.fintechKgExplorer.graph;
      const edge = cy.edges().filter((e) => {
        const names = [e.source().data('name'), e.target().data('name')];
        return names.includes(hub) && names.includes(neighbour);
      })[0];
      cy.zoom(Math.max(cy.zoom(), 1));
      cy.center(edge);
      const box = cy.container().getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    }, [HUB, NEIGHBOUR]);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('.evidence-panel');
    await panel.waitFor({ timeout: 5_000 });
    const sentence = panel.locator('.sentence').first();
    const marks = await sentence.locator('mark').allTextContents();
    assert(marks.some((m) => m.includes(NEIGHBOUR)), `neighbour not highlighted: ${marks}`);
    assert(marks.some((m) => HUB.includes(m) || m.includes(HUB)), `hub not highlighted: ${marks}`);
    const source = (await panel.locator('.evidence-meta .article').first().textContent()).trim();
    assert(source.length > 0 && !source.startsWith('（文章不详）'), 'evidence names no article');
    assert(/置信度 \d\.\d\d/.test(await panel.textContent()), 'evidence shows no confidence');
    await shot('03-evidence');
  });

  await check('clicking a node on the picture expands it and the URL remembers it', async () => {
    const point = await page.evaluate((name) => {
      const { cy } = window.fintechKgExplorer.graph;
      const node = cy.nodes().filter((n) => n.data('name') === name)[0];
      const box = cy.container().getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    }, NEIGHBOUR);
    await page.mouse.click(point.x, point.y);
    await page.locator('.node-detail h2', { hasText: NEIGHBOUR }).waitFor({ timeout: 10_000 });
    await page.waitForFunction((name) => new URL(window.location.href).searchParams.getAll('expand').includes(name), NEIGHBOUR);
    const expanded = await page.evaluate((name) => window.fintechKgExplorer.graph.cy.nodes('.expanded')
      .some((n) => n.data('name') === name), NEIGHBOUR);
    assert(expanded, `${NEIGHBOUR} is not marked expanded`);
  });

  await check('filters the picture to one relation type from the counts, and says so in the URL', async () => {
    const type = await page.evaluate(([hub, neighbour]) => window.fintechKgExplorer.graph.cy.edges()
      .filter((e) => [e.source().data('name'), e.target().data('name')].includes(neighbour))[0].data('type'), [HUB, NEIGHBOUR]);
    await page.locator('.relation-counts button', { hasText: type }).click();
    await page.waitForFunction((t) => new URL(window.location.href).searchParams.get('types') === t, type);
    const edgeTypes = () => [...new Set(window.fintechKgExplorer.graph.cy.edges().map((e) => e.data('type')))];
    await page.waitForFunction((t) => {
      const types = [...new Set(window.fintechKgExplorer.graph.cy.edges().map((e) => e.data('type')))];
      return types.length === 1 && types[0] === t;
    }, type, { timeout: 10_000 }).catch(() => {});
    const types = await page.evaluate(edgeTypes);
    assert(types.length === 1 && types[0] === type, `picture shows ${types} after filtering to ${type}`);
    await page.locator('.relation-list button', { hasText: NEIGHBOUR }).first().waitFor({ timeout: 10_000 });
    await page.click('#clear-filters');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('types'));
    await page.waitForFunction(() => new Set(window.fintechKgExplorer.graph.cy.edges().map((e) => e.data('type'))).size > 1,
      null, { timeout: 10_000 });
  });

  await check('a date range filters the relations by when the news stated them', async () => {
    await page.fill('#since', '2099-01-01');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('since') === '2099-01-01');
    await page.locator('.relations-block h3', { hasText: '(0 / 0)' }).waitFor({ timeout: 10_000 });
    await page.fill('#since', '');
    await page.fill('#until', '2099-12-31');
    await page.locator('.relation-list button', { hasText: NEIGHBOUR }).first().waitFor({ timeout: 10_000 });
    await page.click('#clear-filters');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('until'));
  });

  await check('finds a path between two entities and shows the evidence of each hop', async () => {
    // Another neighbour of the hub, two hops from the first; waits for the picture to be redrawn.
    const other = await (await page.waitForFunction(([hub, neighbour]) => window.fintechKgExplorer.graph.cy.nodes()
      .map((n) => n.data('name')).find((n) => n !== hub && n !== neighbour), [HUB, NEIGHBOUR], { timeout: 10_000 })).jsonValue();
    await page.fill('#path-from', NEIGHBOUR);
    await page.fill('#path-to', other);
    await page.press('#path-to', 'Escape');
    await page.click('#path-submit');
    const hops = page.locator('.path-panel .hops > li');
    await hops.first().waitFor({ timeout: 10_000 });
    assert(await hops.count() >= 1, 'path has no hops');
    assert((await page.locator('.path-panel .sentence').count()) >= 1, 'hops show no evidence');
    const pathParam = new URL(page.url()).searchParams.get('path');
    assert(pathParam === `${NEIGHBOUR}..${other}`, `URL does not carry the path: ${page.url()}`);
    const onPicture = await page.evaluate(() => window.fintechKgExplorer.graph.cy.$('.path').length);
    assert(onPicture >= 3, 'path is not drawn on the picture');
    await shot('04-path');
  });

  await check('a shared link opens the same entity, and one by alias is rewritten to the name', async () => {
    await page.goto(url(`/?entity=${encodeURIComponent(HUB)}`));
    await page.locator('.entity-title', { hasText: HUB }).waitFor({ timeout: 10_000 });
    const { entities } = await graphql('{ entities(first: 100) { edges { node { name aliases } } } }');
    const aliased = entities.edges.map((e) => e.node).find((e) => e.aliases.length > 0);
    assert(aliased, 'no entity in the graph has an alias');
    await page.goto(url(`/?entity=${encodeURIComponent(aliased.aliases[0])}`));
    await page.locator('.entity-title', { hasText: aliased.name }).waitFor({ timeout: 10_000 });
    await page.waitForFunction((name) => new URL(window.location.href).searchParams.get('entity') === name, aliased.name);
  });

  await check('article markup is shown as text and runs nothing', async () => {
    assert(hostileArticleId, 'the hostile article was not ingested');
    const { article } = await graphql(`
      query Hostile($id: ID!) {
        article(id: $id) {
          title
          entities { name }
          facts { id source { name } target { name } evidence { sentence article { id } } }
        }
      }`, { id: hostileArticleId });
    assert(article, 'the hostile article cannot be read back');
    const fromThisArticle = (f) => f.evidence.filter((e) => e.article.id === hostileArticleId).map((e) => e.sentence);
    const fact = article.facts.find((f) => fromThisArticle(f).some((t) => t.includes('<'))) ?? article.facts[0];
    const entity = fact ? fact.source.name : article.entities[0]?.name;
    assert(entity, 'the hostile article mentions no entity to open');
    const sentences = fact ? fromThisArticle(fact) : [];
    const markup = [article.title, ...article.entities.map((e) => e.name), ...sentences].filter((t) => t?.includes('<'));
    assert(markup.length > 0, 'the pipeline kept no markup from the hostile article, so there is nothing to check');

    await page.goto(url(`/?entity=${encodeURIComponent(entity)}`));
    await page.locator('.entity-title').waitFor({ timeout: 10_000 });
    const articles = page.locator('.articles li', { hasText: article.title }).first();
    await articles.waitFor({ timeout: 10_000 });
    if (fact) {
      const button = page.locator(`.relation-list button[data-key="${fact.id}"]`);
      await button.click();
      await page.locator('.evidence-panel').waitFor({ timeout: 5_000 });
    }
    await page.waitForTimeout(300);
    const shown = await page.locator('body').textContent();
    const missing = markup.filter((text) => !shown.includes(text));
    assert(missing.length === 0, `not shown literally: ${missing.join(' | ')}`);
    const scripted = await page.evaluate(() => ({
      fired: window.kgInjected === 1,
      images: document.querySelectorAll('img').length,
      scripts: [...document.scripts].filter((s) => !s.src).length,
    }));
    assert(!scripted.fired, 'an injected handler ran');
    assert(scripted.images === 0, 'an <img> from article text reached the DOM');
    assert(scripted.scripts === 0, 'an inline <script> from article text reached the DOM');
    await shot('05-xss-literal');
  });

  await check('GraphiQL is served from the jar at /graphiql', async () => {
    await page.goto(url('/graphiql'));
    await page.locator('.graphiql-container').waitFor({ timeout: 15_000 });
    await shot('06-graphiql');
  });

  await check('Cypher panel gives the Bolt address', async () => {
    await page.goto(url(`/?entity=${encodeURIComponent(HUB)}`));
    await page.click('#cypher-toggle');
    const bolt = await page.locator('.bolt-uri').textContent();
    assert(bolt.startsWith('bolt://') || bolt.startsWith('neo4j://'), `no Bolt address: ${bolt}`);
    assert((await page.locator('.cypher').textContent()).includes(HUB), 'the Cypher shown is not about the entity on screen');
    await shot('08-cypher');
  });

  await check('is readable at phone width without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url(`/?entity=${encodeURIComponent(HUB)}`));
    await page.locator('.entity-title', { hasText: HUB }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `page is ${overflow}px wider than the phone`);
    await shot('07-phone-390');
  });

  await check('"show more" pages through a hub\'s relations with the cursor', async () => {
    // A phone shows 12 neighbours a page; the hub of the seed article has more.
    const heading = page.locator('.relations-block h3');
    const counts = async () => (await heading.textContent()).match(/\((\d+) \/ (\d+)\)/).slice(1).map(Number);
    const [shown, total] = await counts();
    assert(total > shown, `${HUB} has ${total} relations, all shown at once; nothing to page`);
    const nodesBefore = await page.evaluate(() => window.fintechKgExplorer.graph.cy.nodes().length);
    await page.click('#show-more');
    await page.waitForFunction((before) => window.fintechKgExplorer.graph.cy.nodes().length > before, nodesBefore, { timeout: 10_000 });
    const [after] = await counts();
    assert(after > shown && after <= total, `after "show more": ${after} of ${total}, was ${shown}`);
    const listed = await page.locator('.relation-list li').count();
    assert(listed === after, `list shows ${listed}, heading says ${after}`);
  });

  await check('no request left localhost and no script error happened', async () => {
    assert(outsideRequests.length === 0, `requests left the machine: ${outsideRequests.join(', ')}`);
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
  });
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`explorer: ${results.length - failed} passed, ${failed} failed`);
console.log(`screenshots in ${screenshots}`);
process.exit(failed === 0 ? 0 : 1);
