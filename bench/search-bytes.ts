/**
 * Search as a reader feels it, in headless Chromium: bytes on the wire and time to first results for a cold and a
 * warm query of one word and a cold query of three words, on a built project site (its real /search/ page, with
 * turn- and quote-level results) beside page-level Pagefind over the plain Astro build of the same markdown
 * (Pagefind's JS API: search, then data() for the first five results, as its default UI shows them).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { host, recorder, type Download, type Host } from './search-design.ts';
import { kb, ms, times, type Row } from './table.ts';

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Results the plain baseline loads for its first screen: Pagefind's default UI shows five. */
const BASELINE_SHOWN = 5;
const HARNESS = 'bench-search.html';

export interface SearchQueries {
  oneWord: string;
  warm: string;
  threeWords: string;
}

export interface SearchStep {
  query: string;
  /** /pagefind/ bytes (encoded, as Chromium reports them) until the first results are on screen. */
  bytes: number;
  /** The same after the page went quiet (the project's search page fetches its filter lists after the results). */
  settledBytes: number;
  requests: number;
  ms: number;
  results: number;
  /** Of the results shown, how many are a turn or a quote (not a whole page). */
  turnOrQuote: number;
  byCategory: Download['byCategory'];
}

export interface SearchFigures {
  articles: number;
  queries: SearchQueries;
  project: { cold1: SearchStep; warm: SearchStep; cold3: SearchStep };
  plain: { cold1: SearchStep; warm: SearchStep; cold3: SearchStep };
}

/** Query words from the corpus itself: a mid-frequency word, another for the warm query, three words of a quote. */
export function chooseQueries(contentRoot: string): SearchQueries {
  const dir = join(contentRoot, 'content/articles');
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort().slice(0, 1000);
  const frequency = new Map<string, number>();
  let quote: string | undefined;
  for (const name of files) {
    const body = readFileSync(join(dir, name), 'utf8').split(/\n---\n/).slice(1).join('\n');
    for (const word of new Set(body.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    quote ??= [...body.matchAll(/“([^”]+)”/g)].map((match) => match[1]!.match(/[A-Za-z]{4,}/g) ?? []).find((words) => words.length >= 3)?.join(' ');
  }
  // Words in at least 2% of the articles, ordered by how many: the median one, and its neighbour for the warm query.
  const common = [...frequency].filter(([, count]) => count >= files.length * 0.02).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  if (common.length < 2 || !quote) throw new Error(`cannot choose search queries from ${dir}: too few words or no quote`);
  const middle = Math.floor(common.length / 2);
  return { oneWord: common[middle]![0], warm: common[middle + 1]![0], threeWords: quote.split(' ').slice(0, 3).join(' ').toLowerCase() };
}

/** Indexes the plain site's pages with Pagefind's defaults (one record per page): the baseline. */
async function indexPlainSite(distDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

const PLAIN_HARNESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search</title></head><body><script type="module">
let pagefind;
window.benchSearch = async (query) => {
  const start = performance.now();
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
  }
  const found = await pagefind.search(query);
  const shown = await Promise.all(found.results.slice(0, ${BASELINE_SHOWN}).map((result) => result.data()));
  return { results: shown.length, ms: performance.now() - start };
};
</script></body></html>`;

/** Waits until the project's search page shows the finished search for `query` (its status line names it and counts the list). */
async function projectResults(page: Page, query: string): Promise<{ results: number; turnOrQuote: number }> {
  const handle = await page.waitForFunction(
    (q) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      const items = [...document.querySelectorAll('#search-results > li')];
      if (!status.includes(`“${q}”`)) return null;
      const stated = /^(\d+) results?/.exec(status);
      if (!(stated && Number(stated[1]) === items.length) && !/nothing found/i.test(status)) return null;
      const turnOrQuote = items.filter((item) => /#(?:t|q)-/.test(item.querySelector('a')?.getAttribute('href') ?? '')).length;
      return { results: items.length, turnOrQuote };
    },
    query,
    { timeout: 60_000, polling: 20 },
  );
  return (await handle.jsonValue())!;
}

async function step(context: BrowserContext, server: Host, query: string, run: () => Promise<{ results: number; turnOrQuote: number }>): Promise<SearchStep> {
  const record = recorder(context, server);
  record.mark();
  const started = performance.now();
  const shown = await run();
  const ms = performance.now() - started;
  const first = await record.take();
  // What else the page fetches once the results are up (filter lists), until the network is quiet.
  const pages = context.pages();
  await Promise.all(pages.map((page) => page.waitForLoadState('networkidle').catch(() => undefined)));
  const after = await record.take();
  return { query, bytes: first.bytes, settledBytes: first.bytes + after.bytes, requests: first.requests, ms, results: shown.results, turnOrQuote: shown.turnOrQuote, byCategory: first.byCategory };
}

async function measureProject(browser: Browser, distDir: string, queries: SearchQueries) {
  const server = await host(distDir);
  try {
    const cold = async (query: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const result = await step(context, server, query, async () => {
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
        return projectResults(page, query);
      });
      return { context, page, result };
    };
    const first = await cold(queries.oneWord);
    const warm = await step(first.context, server, queries.warm, async () => {
      await first.page.fill('#search-q', queries.warm);
      await first.page.press('#search-q', 'Enter');
      return projectResults(first.page, queries.warm);
    });
    await first.context.close();
    const three = await cold(queries.threeWords);
    await three.context.close();
    return { cold1: first.result, warm, cold3: three.result };
  } finally {
    await server.close();
  }
}

async function measurePlain(browser: Browser, distDir: string, queries: SearchQueries) {
  writeFileSync(join(distDir, HARNESS), PLAIN_HARNESS);
  const server = await host(distDir);
  try {
    const search = (page: Page, query: string) => async () => {
      const outcome = await page.evaluate((q) => (window as unknown as { benchSearch(q: string): Promise<{ results: number }> }).benchSearch(q), query);
      return { results: outcome.results, turnOrQuote: 0 };
    };
    const open = async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/${HARNESS}`);
      await page.waitForFunction(() => 'benchSearch' in window);
      return { context, page };
    };
    const first = await open();
    const cold1 = await step(first.context, server, queries.oneWord, search(first.page, queries.oneWord));
    const warm = await step(first.context, server, queries.warm, search(first.page, queries.warm));
    await first.context.close();
    const three = await open();
    const cold3 = await step(three.context, server, queries.threeWords, search(three.page, queries.threeWords));
    await three.context.close();
    return { cold1, warm, cold3 };
  } finally {
    await server.close();
  }
}

/** Measures search on a built project site and on the plain build of the same corpus (indexed here, page-level). */
export async function measureSearch(articles: number, projectDist: string, plainDist: string, contentRoot: string): Promise<SearchFigures> {
  const queries = chooseQueries(contentRoot);
  await indexPlainSite(plainDist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return { articles, queries, project: await measureProject(browser, projectDist, queries), plain: await measurePlain(browser, plainDist, queries) };
  } finally {
    await browser.close();
  }
}

/** The design's search budget, which applies at 10,000 articles: cold first query and later queries, gzip bytes. */
export const SEARCH_BUDGET = { articles: 10_000, coldKB: 200, warmKB: 60 };

/** Table rows: one per query, the project's bytes and time beside page-level Pagefind's. */
export function searchRows(figures: SearchFigures | Error, articles: number): Row[] {
  const label = `search, ${articles.toLocaleString('en')} articles`;
  if (figures instanceof Error) return [{ measure: label, value: figures.message.split('\n')[0]!, baseline: '', ratio: '', budget: '', verdict: 'error' }];
  const atScale = articles >= SEARCH_BUDGET.articles;
  const row = (name: string, project: SearchStep, plain: SearchStep, budgetKB: number): Row => ({
    measure: `${label}, ${name} “${project.query}” (gzip bytes and time to first results)`,
    value: `${kb(project.bytes)}, ${ms(project.ms)}, ${project.results} results (${project.turnOrQuote} turn/quote)`,
    baseline: `${kb(plain.bytes)}, ${ms(plain.ms)} (page-level Pagefind, ${plain.results} pages)`,
    ratio: times(project.bytes / plain.bytes),
    budget: atScale ? `<= ${budgetKB} KB` : `<= ${budgetKB} KB at ${SEARCH_BUDGET.articles.toLocaleString('en')}`,
    verdict: atScale ? (project.bytes <= budgetKB * 1024 ? 'ok' : 'over') : 'info',
  });
  return [
    row('cold 1-word', figures.project.cold1, figures.plain.cold1, SEARCH_BUDGET.coldKB),
    row('cold 3-word', figures.project.cold3, figures.plain.cold3, SEARCH_BUDGET.coldKB),
    row('warm 1-word', figures.project.warm, figures.plain.warm, SEARCH_BUDGET.warmKB),
  ];
}

/** One line for RESULTS.md: where the cold bytes go. */
export function searchNote(figures: SearchFigures | Error, articles: number): string {
  if (figures instanceof Error) return `- Search at ${articles.toLocaleString('en')} articles failed: ${figures.message.split('\n')[0]}`;
  const parts = (step: SearchStep) =>
    Object.entries(step.byCategory)
      .map(([category, part]) => `${category} ${kb(part!.bytes)} (${part!.requests})`)
      .join(', ');
  const settled = (step: SearchStep) => (step.settledBytes > step.bytes ? `; ${kb(step.settledBytes)} once the page is quiet` : '');
  return (
    `- Search at ${articles.toLocaleString('en')} articles, cold “${figures.queries.oneWord}”: project ${parts(figures.project.cold1)}${settled(figures.project.cold1)}; ` +
    `page-level Pagefind ${parts(figures.plain.cold1)}. Warm “${figures.queries.warm}”: project ${parts(figures.project.warm)}.`
  );
}
