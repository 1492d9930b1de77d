/**
 * Search record design: what Pagefind costs, on disk and in a browser, with one record per article
 * (design A, the site's current design) or with one more custom record per turn and per quote (design B).
 *
 *   node bench/search-design.ts [--counts 1000,10000] [--seed 1] [--budget-min 25] [--rounds 3] [--keep]
 *   node bench/search-design.ts --report-only bench/.tmp/search-design.json   # rewrite the report from saved figures
 *
 * For each count: generates the articles (bench/generate.ts), renders them with the project's markdown
 * pipeline (2 worker threads), wraps each in a page shaped like src/pages/articles/[slug].astro (title,
 * the hidden SearchMeta block, the story), builds both indexes with Pagefind's Node API, then measures in
 * headless Chromium what a first and a later search download. Progress goes to stderr, the table to stdout;
 * bench/SEARCH-DESIGN.md gets the table, the breakdown and the conclusion, bench/.tmp/search-design.json
 * every figure. A count whose estimated time would overrun --budget-min is not run: its row is extrapolated
 * from the measured counts and marked as an estimate.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import * as pagefind from 'pagefind';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { ANNOTATION_KEY } from '../src/annotate/remark.ts';
import type { Annotation } from '../src/annotate/types.ts';
import { markdownOptions } from '../src/markdown.ts';
import { whoMeta } from '../src/search/hits.ts';
import { generateFile, PROJECT_ROOT } from './generate.ts';

const SELF = fileURLToPath(import.meta.url);
const WORKER_ROLE = 'search-design-render';
/** Query words are chosen from the first articles only, so every count searches for the same words. */
const QUERY_POOL = 1000;
/** Results whose data() the results page loads first (src/search/page.ts, PAGE_BATCH). */
const SHOWN = 8;
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// ---------------------------------------------------------------------------------------------
// Rendering (in worker threads).

interface TurnOrQuote {
  id: string;
  kind: 'turn' | 'quote';
  speaker: string | null;
  text: string;
}

interface RenderedArticle {
  index: number;
  slug: string;
  title: string;
  kind: string;
  /** The page as Pagefind sees it. */
  page: string;
  /** What design B adds as custom records. */
  records: TurnOrQuote[];
  /** Distinct lowercase words of the text, for choosing queries (articles below QUERY_POOL only). */
  words?: string[];
}

interface WorkRequest {
  seed: number;
  indices: number[];
}

type WorkReply = { ok: true; articles: RenderedArticle[] } | { ok: false; error: string };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fieldText = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/** The hidden block of src/components/SearchMeta.astro. */
function searchMeta(annotation: Annotation, title: string, kind: string, publisher: string, published: string): string {
  const who = JSON.stringify(whoMeta(annotation.turns, annotation.quotes));
  const speakers = [
    ...new Set([...annotation.turns.filter((turn) => turn.speaker).map((turn) => turn.speakerName), ...annotation.quotes.filter((quote) => quote.speaker).map((quote) => quote.speakerName!)]),
  ].sort((a, b) => a.localeCompare(b));
  return [
    '<div hidden data-pagefind-ignore>',
    `<span data-pagefind-meta="who">${escapeHtml(who)}</span>`,
    `<span data-pagefind-meta="publisher">${escapeHtml(publisher)}</span>`,
    `<span data-pagefind-meta="published">${escapeHtml(published)}</span>`,
    `<span data-pagefind-filter="type">${escapeHtml(kind)}</span>`,
    `<span data-pagefind-filter="article">${escapeHtml(title)}</span>`,
    ...speakers.map((name) => `<span data-pagefind-filter="speaker">${escapeHtml(name)}</span>`),
    '</div>',
  ].join('');
}

const WORD = /[\p{L}\p{N}]+/gu;

async function runWorker(): Promise<void> {
  const port = parentPort!;
  const processor = await createMarkdownProcessor(markdownOptions(PROJECT_ROOT));
  port.on('message', (request: WorkRequest) => {
    void (async () => {
      try {
        const articles: RenderedArticle[] = [];
        for (const index of request.indices) {
          const file = generateFile(request.seed, index);
          const { frontmatter, content } = parseFrontmatter(file.text, { frontmatter: 'empty-with-lines' });
          const { code, metadata } = await processor.render(content, { frontmatter });
          const annotation = metadata.frontmatter[ANNOTATION_KEY] as Annotation;
          const title = fieldText(frontmatter['title']);
          const kind = fieldText(frontmatter['kind']);
          const page =
            `<html lang="en"><head><title>${escapeHtml(title)}</title></head><body><main><article data-pagefind-body><h1>${escapeHtml(title)}</h1>` +
            searchMeta(annotation, title, kind, fieldText(frontmatter['publisher']), fieldText(frontmatter['published'])) +
            `${code}</article></main></body></html>`;
          const records: TurnOrQuote[] = [
            ...annotation.turns.map((turn) => ({
              id: turn.id,
              kind: 'turn' as const,
              speaker: turn.speakerName || null,
              text: annotation.paragraphs
                .filter((paragraph) => paragraph.turn === turn.id)
                .map((paragraph) => paragraph.text)
                .join(' '),
            })),
            ...annotation.quotes.map((quote) => ({ id: quote.id, kind: 'quote' as const, speaker: quote.speakerName, text: quote.text })),
          ];
          const article: RenderedArticle = { index, slug: file.slug, title, kind, page, records };
          if (index < QUERY_POOL) {
            const text = [title, ...annotation.paragraphs.map((paragraph) => paragraph.text)].join(' ').toLowerCase();
            article.words = [...new Set(text.match(WORD) ?? [])];
          }
          articles.push(article);
        }
        port.postMessage({ ok: true, articles } satisfies WorkReply);
      } catch (error) {
        port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkReply);
      }
    })();
  });
  port.postMessage('ready');
}

/** Renders articles 0..count-1 on `threads` workers, in batches, printing progress every 500 articles. */
async function renderAll(count: number, seed: number, threads: number): Promise<RenderedArticle[]> {
  const out: RenderedArticle[] = new Array<RenderedArticle>(count);
  const batch = 25;
  let next = 0;
  let done = 0;
  let reported = 0;
  const started = performance.now();
  const workers = Array.from({ length: Math.min(threads, Math.max(1, Math.ceil(count / batch))) }, () => new Worker(SELF, { workerData: { role: WORKER_ROLE } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            const send = () => {
              if (next >= count) {
                resolveWorker();
                return;
              }
              const indices = Array.from({ length: Math.min(batch, count - next) }, (_, i) => next + i);
              next += indices.length;
              worker.postMessage({ seed, indices } satisfies WorkRequest);
            };
            worker.on('error', reject);
            worker.on('message', (message: WorkReply | 'ready') => {
              if (message === 'ready') return send();
              if (!message.ok) return reject(new Error(`render worker failed: ${message.error}`));
              for (const article of message.articles) out[article.index] = article;
              done += message.articles.length;
              while (done - reported >= 500 || (done === count && reported < count)) {
                reported = Math.min(count, reported + 500);
                const seconds = (performance.now() - started) / 1000;
                process.stderr.write(`  rendered ${reported}/${count} (${seconds.toFixed(1)} s, ${((seconds * 1000) / reported).toFixed(1)} ms/article)\n`);
              }
              send();
            });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Queries.

const STOP = new Set(
  'the and that this with from their they them were have will what when which while into about over under after before than then there these those some many several because since although though does said says just also more most very much such only other could would should been being your ours ourselves through across along among around during near inside behind beyond against toward towards upon within without'.split(' '),
);

interface Queries {
  oneWord: string;
  oneWordDf: number;
  warm: string;
  warmDf: number;
  threeWords: string;
  quoteId: string;
  quoteSlug: string;
  pool: number;
  /** Distinct words in the pool articles. */
  vocabulary?: number;
}

/** A mid-frequency word (median document frequency among words in >= 2% of the pool), a second one for the warm
 * query (next in that order, another first letter, so likely another index chunk), and three consecutive words of a quote. */
function chooseQueries(articles: RenderedArticle[]): Queries {
  const pool = articles.filter((article) => article.words);
  const df = new Map<string, number>();
  for (const article of pool) for (const word of article.words!) df.set(word, (df.get(word) ?? 0) + 1);
  const content = (word: string) => /^[a-z]{4,}$/.test(word) && !STOP.has(word);
  const candidates = [...df]
    .filter(([word, n]) => content(word) && n >= Math.max(SHOWN, pool.length * 0.02))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (candidates.length < 2) throw new Error('too few candidate query words');
  const middle = Math.floor(candidates.length / 2);
  const [oneWord, oneWordDf] = candidates[middle]!;
  const [warm, warmDf] = candidates.slice(middle + 1).find(([word]) => word[0] !== oneWord[0]) ?? candidates[middle - 1]!;
  for (const article of pool) {
    for (const record of article.records) {
      if (record.kind !== 'quote' || !record.speaker) continue;
      const words = (record.text.toLowerCase().match(WORD) ?? []) as string[];
      for (let i = 0; i + 3 <= words.length; i++) {
        const three = words.slice(i, i + 3);
        if (three.every(content) && new Set(three).size === 3) {
          return { oneWord, oneWordDf, warm, warmDf, threeWords: three.join(' '), quoteId: record.id, quoteSlug: article.slug, pool: pool.length, vocabulary: df.size };
        }
      }
    }
  }
  throw new Error('no quote with three consecutive content words');
}

// ---------------------------------------------------------------------------------------------
// Indexing.

type Design = 'A' | 'B';

const DESIGNS: Record<Design, string> = {
  A: 'A: pages only (current)',
  B: 'B: pages + a record per turn and quote',
};

interface DiskFigures {
  records: number;
  pages: number;
  turnRecords: number;
  quoteRecords: number;
  indexSeconds: number;
  totalBytes: number;
  /** The search files only: pf_meta, index chunks, filters, fragments, entry (no JS, wasm or UI). */
  indexBytes: number;
  fixedBytes: number;
  metaBytes: number;
  chunks: number;
  chunkBytes: number;
  filters: number;
  filterBytes: number;
  fragments: number;
  fragmentBytes: number;
}

const dirFiles = (dir: string): { name: string; bytes: number }[] => (existsSync(dir) ? readdirSync(dir).map((name) => ({ name, bytes: statSync(join(dir, name)).size })) : []);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function measureDisk(pagefindDir: string): Omit<DiskFigures, 'records' | 'pages' | 'turnRecords' | 'quoteRecords' | 'indexSeconds'> {
  const top = dirFiles(pagefindDir);
  const meta = top.filter((f) => f.name.endsWith('.pf_meta'));
  const entry = top.filter((f) => f.name === 'pagefind-entry.json');
  const chunks = dirFiles(join(pagefindDir, 'index'));
  const filters = dirFiles(join(pagefindDir, 'filter'));
  const fragments = dirFiles(join(pagefindDir, 'fragment'));
  const fixed = top.filter((f) => /^pagefind(-worker)?\.js$/.test(f.name) || f.name === 'wasm.en.pagefind');
  const all = [...top, ...chunks, ...filters, ...fragments];
  return {
    totalBytes: sum(all.map((f) => f.bytes)),
    indexBytes: sum([...meta, ...entry, ...chunks, ...filters, ...fragments].map((f) => f.bytes)),
    fixedBytes: sum(fixed.map((f) => f.bytes)),
    metaBytes: sum(meta.map((f) => f.bytes)),
    chunks: chunks.length,
    chunkBytes: sum(chunks.map((f) => f.bytes)),
    filters: filters.length,
    filterBytes: sum(filters.map((f) => f.bytes)),
    fragments: fragments.length,
    fragmentBytes: sum(fragments.map((f) => f.bytes)),
  };
}

const check = (errors: string[], step: string) => {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
};

/** Runs `tasks` with at most `limit` in flight. */
async function inFlight<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

async function buildIndex(design: Design, articles: RenderedArticle[], siteDir: string): Promise<DiskFigures> {
  const started = performance.now();
  let turnRecords = 0;
  let quoteRecords = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check(errors, 'start');
    if (!index) throw new Error('Pagefind returned no index');
    let added = 0;
    await inFlight(articles, 64, async (article) => {
      const page = await index.addHTMLFile({ url: `/articles/${article.slug}/`, content: article.page });
      check(page.errors, `index ${article.slug}`);
      if (design === 'B') {
        await Promise.all(article.records.map(async (record) => {
          const response = await index.addCustomRecord({
            url: `/articles/${article.slug}/#${record.id}`,
            content: record.text,
            language: 'en',
            meta: record.speaker ? { title: article.title, speaker: record.speaker } : { title: article.title },
            filters: { ...(record.speaker ? { speaker: [record.speaker] } : {}), article: [article.title], kind: [record.kind], type: [record.kind] },
          });
          check(response.errors, `index ${record.id} of ${article.slug}`);
          if (record.kind === 'turn') turnRecords++;
          else quoteRecords++;
        }));
      }
      if (++added % 2000 === 0) process.stderr.write(`  design ${design}: indexed ${added}/${articles.length} articles (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    });
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    check(written.errors, 'write the index');
  } finally {
    await pagefind.close();
  }
  const indexSeconds = (performance.now() - started) / 1000;
  return { records: articles.length + turnRecords + quoteRecords, pages: articles.length, turnRecords, quoteRecords, indexSeconds, ...measureDisk(join(siteDir, 'pagefind')) };
}

// ---------------------------------------------------------------------------------------------
// Browser.

/** A static host: files as they are, text and JS gzipped on the fly (Pagefind's own files are already gzip). Counts bytes sent. */
export interface Host {
  url: string;
  sent: { path: string; bytes: number }[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const COMPRESS = new Set(['.html', '.js', '.json', '.css']);

export async function host(root: string): Promise<Host> {
  const base = resolve(root);
  const gzipped = new Map<string, Buffer>();
  const sent: Host['sent'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    let body: Buffer;
    if (COMPRESS.has(ext) && (req.headers['accept-encoding'] ?? '').includes('gzip')) {
      body = gzipped.get(file) ?? gzipSync(readFileSync(file), { level: 6 });
      gzipped.set(file, body);
      headers['content-encoding'] = 'gzip';
    } else body = readFileSync(file);
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
    sent.push({ path, bytes: body.length });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

const BENCH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title></head><body><script type="module">
let pagefind;
window.benchInit = async () => {
  const start = performance.now();
  pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ excerptLength: 30 });
  await pagefind.init();
  return performance.now() - start;
};
window.benchSearch = async (query) => {
  const start = performance.now();
  const found = await pagefind.search(query);
  const searched = performance.now();
  const shown = await Promise.all(found.results.slice(0, ${SHOWN}).map((result) => result.data()));
  return { results: found.results.length, searchMs: searched - start, dataMs: performance.now() - searched, urls: shown.map((data) => data.url), anchors: shown.map((data) => data.anchors.length), subResults: shown.map((data) => data.sub_results.length) };
};
window.benchFilters = async () => {
  const filters = await pagefind.filters();
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.keys(values).length]));
};
</script></body></html>`;

interface SearchOutcome {
  results: number;
  searchMs: number;
  dataMs: number;
  urls: string[];
  anchors: number[];
  subResults: number[];
}

interface BenchWindow {
  benchInit(): Promise<number>;
  benchSearch(query: string): Promise<SearchOutcome>;
  benchFilters(): Promise<Record<string, number>>;
}

export type Category = 'js' | 'wasm' | 'entry' | 'pf_meta' | 'chunks' | 'filters' | 'fragments' | 'other';

function categoryOf(path: string): Category {
  if (/\/pagefind(-worker)?\.js$/.test(path)) return 'js';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.endsWith('pagefind-entry.json')) return 'entry';
  if (path.endsWith('.pf_meta')) return 'pf_meta';
  if (path.endsWith('.pf_index')) return 'chunks';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  return 'other';
}

export interface Download {
  /** Encoded response bodies of every /pagefind/ request, as Chromium reports them (Playwright request.sizes()). */
  bytes: number;
  /** The same, counted by the server: a cross-check. */
  serverBytes: number;
  requests: number;
  /** Requests Chromium reported with 0 bytes, counted from the server instead. */
  zeroReported: string[];
  byCategory: Partial<Record<Category, { requests: number; bytes: number }>>;
}

interface Step {
  query: string;
  download: Download;
  initMs?: number;
  outcome?: SearchOutcome;
  filters?: Record<string, number>;
}

interface BrowserFigures {
  cold1: Step;
  warm: Step;
  cold3: Step;
  /** What the real search page also loads on start: pagefind.filters() for its menus. */
  filtersOnStart: Step;
  /** Init + search of the cold one-word query, median of the rounds. */
  cold1Ms: number;
  cold1Rounds: number[];
}

/** Collects the /pagefind/ requests a context makes, between mark() and take(). */
export function recorder(context: BrowserContext, server: Host) {
  const pending: Promise<{ path: string; bytes: number }>[] = [];
  context.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    pending.push(request.sizes().then((sizes) => ({ path, bytes: sizes.responseBodySize })));
  });
  let serverFrom = server.sent.length;
  return {
    mark() {
      pending.length = 0;
      serverFrom = server.sent.length;
    },
    async take(): Promise<Download> {
      // Late requestfinished events: let the network settle.
      await new Promise((r) => setTimeout(r, 150));
      const reported = await Promise.all(pending);
      pending.length = 0;
      const served = server.sent.slice(serverFrom).filter((s) => s.path.startsWith('/pagefind/'));
      // Chromium reports 0 bytes for a worker's own script (pagefind-worker.js): take the server's count for those.
      const done = reported.map((d) => (d.bytes > 0 ? d : { path: d.path, bytes: served.find((s) => s.path === d.path)?.bytes ?? 0 }));
      const byCategory: Download['byCategory'] = {};
      for (const { path, bytes } of done) {
        const entry = (byCategory[categoryOf(path)] ??= { requests: 0, bytes: 0 });
        entry.requests++;
        entry.bytes += bytes;
      }
      if (process.env['SEARCH_DESIGN_DEBUG']) {
        process.stderr.write(`    chromium: ${done.map((d) => `${d.path} ${d.bytes}`).join(', ')}\n    server: ${server.sent.slice(serverFrom).map((s) => `${s.path} ${s.bytes}`).join(', ')}\n`);
      }
      const serverBytes = sum(served.map((s) => s.bytes));
      return { bytes: sum(done.map((d) => d.bytes)), serverBytes, requests: done.length, byCategory, zeroReported: reported.filter((d) => d.bytes === 0).map((d) => d.path) };
    },
  };
}

async function measureBrowser(browser: Browser, siteDir: string, queries: Queries, rounds: number): Promise<BrowserFigures> {
  writeFileSync(join(siteDir, 'index.html'), BENCH_PAGE);
  const server = await host(siteDir);
  const fresh = async () => {
    const context = await browser.newContext();
    const rec = recorder(context, server);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => 'benchSearch' in window);
    return { context, page, rec };
  };
  try {
    let cold1: Step | undefined;
    let warm: Step | undefined;
    const cold1Rounds: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const { context, page, rec } = await fresh();
      rec.mark();
      const initMs = await page.evaluate(() => (window as unknown as BenchWindow).benchInit());
      const outcome = await page.evaluate((q) => (window as unknown as BenchWindow).benchSearch(q), queries.oneWord);
      const download = await rec.take();
      cold1Rounds.push(initMs + outcome.searchMs);
      if (round === 0) {
        cold1 = { query: queries.oneWord, download, initMs, outcome };
        rec.mark();
        const warmOutcome = await page.evaluate((q) => (window as unknown as BenchWindow).benchSearch(q), queries.warm);
        warm = { query: queries.warm, download: await rec.take(), outcome: warmOutcome };
      }
      await context.close();
    }
    const three = await fresh();
    three.rec.mark();
    const initMs = await three.page.evaluate(() => (window as unknown as BenchWindow).benchInit());
    const outcome = await three.page.evaluate((q) => (window as unknown as BenchWindow).benchSearch(q), queries.threeWords);
    const cold3: Step = { query: queries.threeWords, download: await three.rec.take(), initMs, outcome };
    await three.context.close();
    const start = await fresh();
    start.rec.mark();
    const filtersInitMs = await start.page.evaluate(() => (window as unknown as BenchWindow).benchInit());
    const filters = await start.page.evaluate(() => (window as unknown as BenchWindow).benchFilters());
    const filtersOnStart: Step = { query: '(init + filters())', download: await start.rec.take(), initMs: filtersInitMs, filters };
    await start.context.close();
    const sorted = [...cold1Rounds].sort((a, b) => a - b);
    return { cold1: cold1!, warm: warm!, cold3, filtersOnStart, cold1Ms: sorted[Math.floor(sorted.length / 2)]!, cold1Rounds };
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Run.

interface Row {
  design: Design;
  count: number;
  estimate: boolean;
  disk: DiskFigures;
  browser?: BrowserFigures;
  /** Flattened figures for the table (also filled for estimates). */
  cold1Bytes: number;
  cold3Bytes: number;
  warmBytes: number;
  filtersBytes: number;
  cold1Ms: number;
}

interface CountRun {
  count: number;
  renderSeconds: number;
  renderMsPerArticle: number;
  transcripts: number;
  turns: number;
  quotes: number;
  pageBytes: number;
  queries: Queries;
  rows: Row[];
}

function parseArgs(argv: string[]) {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--keep') args.set('keep', '1');
    else if (flag.startsWith('--')) args.set(flag.slice(2), argv[++i] ?? '');
    else throw new Error(`unexpected argument ${flag}`);
  }
  const counts = (args.get('counts') ?? '1000,10000').split(',').map(Number);
  const seed = Number(args.get('seed') ?? 1);
  const budgetMin = Number(args.get('budget-min') ?? 25);
  const rounds = Number(args.get('rounds') ?? 3);
  if (counts.some((c) => !Number.isInteger(c) || c < 10) || !Number.isInteger(seed) || !(budgetMin > 0) || !(rounds >= 1)) {
    throw new Error('usage: node bench/search-design.ts [--counts 1000,10000] [--seed 1] [--budget-min 25] [--rounds 3] [--keep] [--report-only bench/.tmp/search-design.json]');
  }
  return { counts: [...counts].sort((a, b) => a - b), seed, budgetMin, rounds, keep: args.has('keep'), reportOnly: args.get('report-only') };
}

const kb = (bytes: number) => bytes / 1024;
const fmt = (value: number, digits = 1) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function machine() {
  let load = '';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    load = 'n/a';
  }
  let chromium = 'n/a';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    /* reported as n/a */
  }
  const pagefindVersion = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: totalmem() / 2 ** 30, freeGB: freemem() / 2 ** 30, node: process.version, load, chromium, pagefind: pagefindVersion };
}

/**
 * A row for a count that was not run. From two or more measured counts: each figure linear in articles through the two
 * largest. From one: disk figures in proportion to articles (the fixed JS and wasm kept), browser bytes as measured plus
 * the growth of pf_meta (and of the filter files for filters()), chunks, fragments and time kept as measured.
 */
function extrapolate(design: Design, count: number, runs: CountRun[]): Row {
  const measured = runs.map((run) => ({ count: run.count, row: run.rows.find((row) => row.design === design && !row.estimate) })).filter((m): m is { count: number; row: Row } => m.row !== undefined);
  const [a, b] = measured.slice(-2);
  if (!a) throw new Error(`nothing measured to extrapolate ${count} articles from`);
  if (!b) {
    const ratio = count / a.count;
    const disk = Object.fromEntries(Object.entries(a.row.disk).map(([key, value]) => [key, key === 'fixedBytes' ? value : value * ratio])) as unknown as DiskFigures;
    const metaGrowth = a.row.disk.metaBytes * (ratio - 1);
    const filterGrowth = (a.row.browser?.filtersOnStart.download.byCategory.filters?.bytes ?? 0) * (ratio - 1);
    return {
      design,
      count,
      estimate: true,
      disk,
      cold1Bytes: a.row.cold1Bytes + metaGrowth,
      cold3Bytes: a.row.cold3Bytes + metaGrowth,
      warmBytes: a.row.warmBytes,
      filtersBytes: a.row.filtersBytes + metaGrowth + filterGrowth,
      cold1Ms: a.row.cold1Ms,
    };
  }
  const at = (pick: (row: Row) => number) => pick(b.row) + ((pick(b.row) - pick(a.row)) / (b.count - a.count)) * (count - b.count);
  const disk = Object.fromEntries(Object.keys(a.row.disk).map((key) => [key, at((row) => row.disk[key as keyof DiskFigures])])) as unknown as DiskFigures;
  return {
    design,
    count,
    estimate: true,
    disk,
    cold1Bytes: at((row) => row.cold1Bytes),
    cold3Bytes: at((row) => row.cold3Bytes),
    warmBytes: at((row) => row.warmBytes),
    filtersBytes: at((row) => row.filtersBytes),
    cold1Ms: at((row) => row.cold1Ms),
  };
}

const HEADER = ['design', 'articles', 'records', 'pf_meta KB', 'index total KB', 'cold 1-word KB', 'cold 3-word KB', 'warm KB', 'time ms', 'index s'];

function tableRows(rows: Row[]): string[][] {
  return rows.map((row) => [
    `${row.design}${row.estimate ? ' (estimate)' : ''}`,
    row.count.toLocaleString('en-US'),
    Math.round(row.disk.records).toLocaleString('en-US'),
    fmt(kb(row.disk.metaBytes)),
    fmt(kb(row.disk.indexBytes), 0),
    fmt(kb(row.cold1Bytes)),
    fmt(kb(row.cold3Bytes)),
    fmt(kb(row.warmBytes)),
    fmt(row.cold1Ms, 0),
    fmt(row.disk.indexSeconds, 1),
  ]);
}

function plainTable(rows: Row[]): string {
  const cells = [HEADER, ...tableRows(rows)];
  const widths = HEADER.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  return cells.map((line, r) => line.map((cell, i) => (i < 2 && r > 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

function markdownTable(header: string[], body: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i < 1 ? '---' : '---:')).join(' | ')} |`, ...body.map((line) => `| ${line.join(' | ')} |`)].join('\n');
}

const CATEGORIES: Category[] = ['js', 'wasm', 'entry', 'pf_meta', 'chunks', 'filters', 'fragments', 'other'];
const catKB = (download: Download, category: Category) => {
  const entry = download.byCategory[category];
  return entry ? `${fmt(kb(entry.bytes))} (${entry.requests})` : '–';
};

const BUDGET_COLD = 200 * 1024;
const BUDGET_WARM = 60 * 1024;

function conclusion(rows: Row[]): string[] {
  const largest = Math.max(...rows.map((row) => row.count));
  const at = (design: Design) => rows.find((row) => row.design === design && row.count === largest)!;
  const n = largest.toLocaleString('en-US');
  const K = (bytes: number) => `${fmt(kb(bytes))} KB`;
  const margin = (value: number, budget: number) => (value <= budget ? `${K(budget - value)} under` : `${K(value - budget)} over, ${fmt(value / budget, 2)}x`);
  const verdict = (row: Row) => {
    const coldWorst = Math.max(row.cold1Bytes, row.cold3Bytes);
    return {
      cold: coldWorst <= BUDGET_COLD,
      warm: row.warmBytes <= BUDGET_WARM,
      text:
        `cold ${K(row.cold1Bytes)} for one word and ${K(row.cold3Bytes)} for three (${margin(coldWorst, BUDGET_COLD)} the 200 KB budget), ` +
        `warm ${K(row.warmBytes)} (${margin(row.warmBytes, BUDGET_WARM)} the 60 KB budget), first results after ${fmt(row.cold1Ms, 0)} ms`,
    };
  };
  const a = at('A');
  const b = at('B');
  const va = verdict(a);
  const vb = verdict(b);
  const est = (row: Row) => (row.estimate ? ' (extrapolated, not measured)' : '');
  const meets = (v: ReturnType<typeof verdict>) => (v.cold && v.warm ? 'meets the budget' : v.cold ? 'meets the cold budget but not the warm one' : v.warm ? 'meets the warm budget but not the cold one' : 'misses both budgets');
  const lines: string[] = [];
  lines.push(`- **Design A ${meets(va)} at ${n} articles**${est(a)}: ${va.text}.`);
  lines.push(
    `- **Design B ${meets(vb)}**${est(b)}: ${vb.text}. It has ${Math.round(b.disk.records).toLocaleString('en-US')} records instead of ${Math.round(a.disk.records).toLocaleString('en-US')} (${fmt(b.disk.records / a.disk.records, 1)}x), ` +
      `so pf_meta, which every first search downloads whole, is ${K(b.disk.metaBytes)} instead of ${K(a.disk.metaBytes)}${b.disk.metaBytes > BUDGET_COLD ? ', alone more than the whole cold budget' : ''}, and each word's index chunk is larger too. ` +
      `Its small per-record fragments make the results cheap, but every first search pays for every record in the index.`,
  );
  const measuredA = [...rows].reverse().find((row) => row.design === 'A' && row.browser);
  const measuredB = measuredA && rows.find((row) => row.design === 'B' && row.browser && row.count === measuredA.count);
  if (measuredA?.browser) {
    const part = (download: Download, category: Category) => download.byCategory[category]?.bytes ?? 0;
    const reqs = (download: Download, category: Category) => download.byCategory[category]?.requests ?? 0;
    const c1 = measuredA.browser.cold1.download;
    const c3 = measuredA.browser.cold3.download;
    const w = measuredA.browser.warm.download;
    const m = measuredA.count.toLocaleString('en-US');
    const fixed = part(c1, 'js') + part(c1, 'wasm') + part(c1, 'entry');
    const meta = part(c1, 'pf_meta');
    const floor1 = fixed + meta + part(c1, 'chunks');
    const floor3 = fixed + meta + part(c3, 'chunks');
    const perFragment = part(c1, 'fragments') / Math.max(1, reqs(c1, 'fragments'));
    lines.push(
      `- Where design A's cold bytes go at ${m} articles: fixed ${K(fixed)} (pagefind.js + worker ${K(part(c1, 'js'))}, wasm ${K(part(c1, 'wasm'))}; the same for any design or size) ` +
        `and pf_meta ${K(meta)} (about ${fmt(measuredA.disk.metaBytes / measuredA.disk.records, 1)} bytes per record) come with every first search: ${fmt((100 * (fixed + meta)) / BUDGET_COLD, 0)}% of the 200 KB budget. ` +
        `Then one index chunk per query word (${K(part(c1, 'chunks'))} for \`${measuredA.browser.cold1.query}\`, ${K(part(c3, 'chunks'))} for the ${reqs(c3, 'chunks')} of \`${measuredA.browser.cold3.query}\`), ` +
        `which puts the floor, before any result's text, at ${K(floor1)} for one word and ${K(floor3)} for three. ` +
        `Last, the fragments of the ${SHOWN} results shown: ${K(part(c1, 'fragments'))} (${K(perFragment)} each, against ${K(measuredA.disk.fragmentBytes / Math.max(1, measuredA.disk.fragments))} on average over all pages: the top results are the longer articles; a page record's fragment is the whole article's text with the \`who\` map, where design.md's table assumed about 3 KB). ` +
        `A warm query is its chunk (${K(part(w, 'chunks'))}) plus fragments not yet loaded (${reqs(w, 'fragments')}: ${K(part(w, 'fragments'))}).`,
    );
    const warmFragment = part(w, 'fragments') / Math.max(1, reqs(w, 'fragments'));
    const fit = Math.max(0, Math.floor((BUDGET_WARM - part(w, 'chunks')) / Math.max(1, warmFragment)));
    lines.push(
      `- So (arithmetic on the measured parts) at ${m} articles the cold budget is ${floor1 >= BUDGET_COLD * 0.95 ? 'out of reach for any record design' : floor3 >= BUDGET_COLD ? 'out of reach for a three-word query in any record design' : 'reachable only with few fragments'} as long as Pagefind's pf_meta and per-word chunks are downloaded whole: ` +
        `the fixed files, pf_meta and one chunk take ${K(floor1)}${floor1 > BUDGET_COLD ? ', over before any result' : `, leaving ${K(BUDGET_COLD - floor1)} for the results' fragments`}; with three words they take ${K(floor3)}${floor3 > BUDGET_COLD ? ` (${K(floor3 - BUDGET_COLD)} over)` : ''}. ` +
        `The warm budget holds with at most ${fit} fragments of the measured ${K(warmFragment)} after its chunk${fit < SHOWN ? ` (the page loads ${SHOWN} at first, \`PAGE_BATCH\` in src/search/page.ts)` : ''}. ` +
        `Sub-results from turn headings with ids (not measured) should not change these bytes much: they come from the same page fragment, which already lists every turn and quote id as an anchor.`,
    );
    if (measuredB?.browser) {
      const quotesPerArticle = b.disk.quoteRecords / Math.max(1, b.disk.pages);
      const metaPerRecord = measuredB.disk.metaBytes / measuredB.disk.records;
      const quotesOnly = metaPerRecord * (a.disk.pages * (1 + quotesPerArticle));
      lines.push(
        `- Quote records "only where they pay": pf_meta costs about ${fmt(metaPerRecord, 1)} bytes per record in design B, so pages plus one record per quote (${fmt(quotesPerArticle, 1)} per article) ` +
          `would make pf_meta about ${K(quotesOnly)} at ${n} articles (estimate), on every first search, while design A already finds quotes in the page's fragment, a matched word going to its quote before its turn (\`src/search/hits.ts\`). They do not pay at this scale.`,
      );
      const fa = measuredA.browser.filtersOnStart.download;
      const fb = measuredB.browser.filtersOnStart.download;
      lines.push(
        `- Not in the table: the search page calls \`pagefind.filters()\` on start for its speaker and article menus (src/search/page.ts). At ${m} articles, init plus filters() downloads ${K(fa.bytes)} in design A ` +
          `(filter files ${K(part(fa, 'filters'))} for ${Object.entries(measuredA.browser.filtersOnStart.filters ?? {}).map(([name, values]) => `${values.toLocaleString('en-US')} ${name} values`).join(', ')}) and ${K(fb.bytes)} in design B (filter files ${K(part(fb, 'filters'))}). ` +
          `The filter files come on top of a cold query's bytes unless the menus load them on first use.`,
      );
    }
  }
  const pick: Design = va.cold && va.warm ? 'A' : vb.cold && vb.warm ? 'B' : Math.max(a.cold1Bytes, a.cold3Bytes) <= Math.max(b.cold1Bytes, b.cold3Bytes) ? 'A' : 'B';
  const other = at(pick === 'A' ? 'B' : 'A');
  const chosen = at(pick);
  const vc = pick === 'A' ? va : vb;
  lines.push(
    `- **Pick design ${pick}**${pick === 'A' ? ' (one record per article; filters and the `who` meta on the page; turn- and quote-level results from the anchors)' : ''}: ` +
      `its cold search is ${fmt(Math.max(other.cold1Bytes, other.cold3Bytes) / Math.max(chosen.cold1Bytes, chosen.cold3Bytes), 1)}x smaller than design ${pick === 'A' ? 'B' : 'A'}'s at ${n} articles. ` +
      (vc.cold && vc.warm ? 'It meets the budget.' : `It does not meet the budget as measured; meeting it needs ${[!vc.cold ? 'a smaller cold floor (fewer bytes in pf_meta and chunks than Pagefind writes at this size, or a cold budget revised to what the floor allows)' : '', !vc.warm ? 'fewer or smaller fragments per batch of results' : ''].filter(Boolean).join(', and ')}.`),
  );
  return lines;
}

function report(runs: CountRun[], rows: Row[], info: ReturnType<typeof machine>, totalSeconds: number, notes: string[]): string {
  const out: string[] = [];
  out.push('# Search record design: measured');
  out.push('');
  out.push(
    `Written by \`node bench/search-design.ts\` (counts ${runs.map((r) => r.count).join(', ')}; total run ${fmt(totalSeconds / 60, 1)} min). ` +
      'Design A is the current index, one record per article page (`src/integrations/pagefind.ts`); design B adds one Pagefind custom record per turn and per quote ' +
      '(url `/articles/<slug>/#<id>`, meta title and speaker, filters speaker, article, kind, type), as `../shared/docs/design.md` "Search" first described.',
  );
  out.push('');
  out.push('## Machine');
  out.push('');
  out.push(`- ${info.cpus} CPUs (${info.cpuModel}), ${fmt(info.memoryGB, 1)} GB memory (${fmt(info.freeGB, 1)} GB free at start), load average at start ${info.load}`);
  out.push(`- Node ${info.node}, Pagefind ${info.pagefind}, ${info.chromium} (headless, via playwright-core)`);
  out.push('');
  out.push('## Budget (../shared/docs/design.md, Budgets)');
  out.push('');
  out.push('Search bytes on the wire at 10,000 articles, with turn-level results: **cold first query <= 200 KB, later queries <= 60 KB**.');
  out.push('');
  out.push('## Results');
  out.push('');
  out.push(markdownTable(HEADER, tableRows(rows)));
  out.push('');
  out.push(`- *design*: ${Object.values(DESIGNS).join('; ')}.`);
  out.push(
    '- *records*: Pagefind records indexed (pages, plus turn and quote records in B). *pf_meta*: the metadata file every search loads first (already gzip on disk). ' +
      '*index total*: the search files on disk (pf_meta, index chunks, filters, fragments, entry; without the fixed JS, wasm and UI files). ' +
      `*cold 1-word / 3-word*: bytes of every \`/pagefind/\` response a fresh browser context downloads to load Pagefind, search and call \`data()\` on the first ${SHOWN} results. ` +
      '*warm*: a second, different one-word query in the same page. *time ms*: cold one-word, from `import()` of pagefind.js to results (init + search, median of the rounds). *index s*: Pagefind Node API, first record to files written.',
  );
  out.push(
    '- Bytes are encoded response bodies as Chromium reports them (`request.sizes().responseBodySize`), served like a static host would: pagefind.js, the worker and JSON gzip-compressed (level 6); wasm, pf_meta, chunks, filters and fragments as Pagefind writes them (already gzip). Headers not counted. Chromium reports 0 bytes for the worker script itself (pagefind-worker.js), so its size is what the server sent; the server counted every response too (cross-check below).',
  );
  for (const note of notes) out.push(`- ${note}`);
  out.push('');
  out.push('## Queries');
  out.push('');
  for (const run of runs) {
    const q = run.queries;
    out.push(
      `- ${run.count.toLocaleString('en-US')} articles: cold one-word \`${q.oneWord}\` (in ${q.oneWordDf} of the first ${q.pool} articles: the median document frequency among words in at least 2% of them), ` +
        `warm \`${q.warm}\` (${q.warmDf}), three words \`${q.threeWords}\` (consecutive words of quote \`${q.quoteId}\` in \`${q.quoteSlug}\`). Chosen from the first ${QUERY_POOL} articles, so the same at every count.`,
    );
  }
  const vocabulary = runs.find((run) => run.queries.vocabulary)?.queries.vocabulary;
  out.push(
    `- The generated text draws on small word lists${vocabulary ? ` (${vocabulary.toLocaleString('en-US')} distinct words in the first ${QUERY_POOL} articles, names included)` : ''}, so nearly every word is in a large share of the articles: ` +
      'a "mid-frequency" word here is in about half of them, and its index chunk is larger than a typical word\'s in real news text would be. Read the chunk figures as an upper end.',
  );
  out.push('');
  out.push('## Corpus and index');
  out.push('');
  out.push(
    markdownTable(
      ['articles', 'transcripts', 'turns', 'quotes', 'page HTML MB', 'render s (ms/article, 2 threads)'],
      runs.map((run) => [run.count.toLocaleString('en-US'), String(run.transcripts), run.turns.toLocaleString('en-US'), run.quotes.toLocaleString('en-US'), fmt(run.pageBytes / 1e6, 1), `${fmt(run.renderSeconds, 1)} (${fmt(run.renderMsPerArticle, 1)})`]),
    ),
  );
  out.push('');
  out.push(
    markdownTable(
      ['design', 'articles', 'records', 'pf_meta KB', 'chunks', 'chunks KB', 'filters KB', 'fragments', 'fragments KB', 'avg fragment KB', 'fixed JS+wasm KB (raw)', 'all files KB'],
      rows.map((row) => [
        `${row.design}${row.estimate ? ' (estimate)' : ''}`,
        row.count.toLocaleString('en-US'),
        Math.round(row.disk.records).toLocaleString('en-US'),
        fmt(kb(row.disk.metaBytes)),
        Math.round(row.disk.chunks).toLocaleString('en-US'),
        fmt(kb(row.disk.chunkBytes), 0),
        fmt(kb(row.disk.filterBytes), 0),
        Math.round(row.disk.fragments).toLocaleString('en-US'),
        fmt(kb(row.disk.fragmentBytes), 0),
        fmt(kb(row.disk.fragmentBytes / Math.max(1, row.disk.fragments)), 2),
        fmt(kb(row.disk.fixedBytes)),
        fmt(kb(row.disk.totalBytes), 0),
      ]),
    ),
  );
  out.push('');
  out.push('## Where the bytes go (KB, requests in brackets)');
  out.push('');
  const measured = rows.filter((row) => row.browser);
  const stepRows: string[][] = [];
  for (const row of measured) {
    const b = row.browser!;
    for (const [label, step] of [
      ['cold 1-word', b.cold1],
      ['cold 3-word', b.cold3],
      ['warm', b.warm],
      ['init + filters()', b.filtersOnStart],
    ] as const) {
      stepRows.push([
        row.design,
        row.count.toLocaleString('en-US'),
        `${label}${step.outcome ? ` \`${step.query}\`` : ''}`,
        ...CATEGORIES.filter((c) => c !== 'other').map((c) => catKB(step.download, c)),
        `${fmt(kb(step.download.bytes))} (${step.download.requests})`,
        fmt(kb(step.download.serverBytes)),
        step.outcome ? `${step.outcome.results} (${step.outcome.urls.filter((u) => u.includes('#')).length} of ${step.outcome.urls.length} shown are turn/quote records)` : step.filters ? Object.entries(step.filters).map(([k, v]) => `${k} ${v}`).join(', ') : '',
        step.outcome ? `${fmt((step.initMs ?? 0) + step.outcome.searchMs, 0)} + ${fmt(step.outcome.dataMs, 0)}` : '',
      ]);
    }
  }
  out.push(markdownTable(['design', 'articles', 'step', 'js', 'wasm', 'entry', 'pf_meta', 'chunks', 'filters', 'fragments', 'total', 'server count', 'results', 'ms (init+search + data)'], stepRows));
  out.push('');
  out.push('## Conclusion');
  out.push('');
  out.push(...conclusion(rows));
  out.push('');
  return out.join('\n');
}

async function main(): Promise<void> {
  const { counts, seed, budgetMin, rounds, keep, reportOnly } = parseArgs(process.argv.slice(2));
  if (reportOnly) {
    writeReport(JSON.parse(readFileSync(reportOnly, 'utf8')) as Saved);
    return;
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (never downloaded): apt-get install chromium`);
  const info = machine();
  const runStarted = performance.now();
  const budgetSeconds = budgetMin * 60;
  const tmpRoot = join(PROJECT_ROOT, 'bench/.tmp');
  mkdirSync(tmpRoot, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'wsw-search-design-'));
  const runs: CountRun[] = [];
  const rows: Row[] = [];
  const notes: string[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  process.stderr.write(`search-design: counts ${counts.join(', ')}, seed ${seed}, budget ${budgetMin} min, work dir ${work}\n`);
  try {
    for (const count of counts) {
      const elapsed = (performance.now() - runStarted) / 1000;
      const previous = runs.at(-1);
      if (previous) {
        const perArticle = (elapsed / sum(runs.map((r) => r.count))) * 1.1;
        const estimate = perArticle * count;
        process.stderr.write(`${count} articles: estimated ${fmt(estimate / 60, 1)} min (from ${fmt(elapsed / 60, 1)} min so far), ${fmt((budgetSeconds - elapsed) / 60, 1)} min of budget left\n`);
        if (elapsed + estimate > budgetSeconds) {
          const note = `${count.toLocaleString('en-US')} articles were not run: estimated ${fmt(estimate / 60, 1)} min with ${fmt((budgetSeconds - elapsed) / 60, 1)} min of the ${budgetMin}-minute budget left. Its rows are extrapolated from the measured counts (see \`extrapolate\` in bench/search-design.ts: linear in articles from two counts; from one, only pf_meta and the disk figures grow), marked "(estimate)".`;
          notes.push(note);
          process.stderr.write(`  skipped: ${note}\n`);
          for (const design of ['A', 'B'] as const) rows.push(extrapolate(design, count, runs));
          continue;
        }
      }
      process.stderr.write(`${count} articles: rendering on 2 threads\n`);
      const renderStart = performance.now();
      const articles = await renderAll(count, seed, 2);
      const renderSeconds = (performance.now() - renderStart) / 1000;
      const queries = chooseQueries(articles);
      process.stderr.write(`  queries: "${queries.oneWord}" (df ${queries.oneWordDf}/${queries.pool}), warm "${queries.warm}", three words "${queries.threeWords}"\n`);
      const run: CountRun = {
        count,
        renderSeconds,
        renderMsPerArticle: (renderSeconds * 1000) / count,
        transcripts: articles.filter((a) => a.kind === 'transcript').length,
        turns: sum(articles.map((a) => a.records.filter((r) => r.kind === 'turn').length)),
        quotes: sum(articles.map((a) => a.records.filter((r) => r.kind === 'quote').length)),
        pageBytes: sum(articles.map((a) => Buffer.byteLength(a.page))),
        queries,
        rows: [],
      };
      for (const design of ['A', 'B'] as const) {
        const siteDir = join(work, `${design}-${count}`);
        mkdirSync(siteDir, { recursive: true });
        process.stderr.write(`  design ${design}: indexing\n`);
        const disk = await buildIndex(design, articles, siteDir);
        process.stderr.write(`  design ${design}: ${disk.records} records in ${fmt(disk.indexSeconds, 1)} s, pf_meta ${fmt(kb(disk.metaBytes))} KB, ${disk.chunks} chunks ${fmt(kb(disk.chunkBytes), 0)} KB, ${disk.fragments} fragments ${fmt(kb(disk.fragmentBytes), 0)} KB; measuring in Chromium\n`);
        const measuredBrowser = await measureBrowser(browser, siteDir, queries, rounds);
        const row: Row = {
          design,
          count,
          estimate: false,
          disk,
          browser: measuredBrowser,
          cold1Bytes: measuredBrowser.cold1.download.bytes,
          cold3Bytes: measuredBrowser.cold3.download.bytes,
          warmBytes: measuredBrowser.warm.download.bytes,
          filtersBytes: measuredBrowser.filtersOnStart.download.bytes,
          cold1Ms: measuredBrowser.cold1Ms,
        };
        process.stderr.write(`  design ${design}: cold 1-word ${fmt(kb(row.cold1Bytes))} KB, cold 3-word ${fmt(kb(row.cold3Bytes))} KB, warm ${fmt(kb(row.warmBytes))} KB, ${fmt(row.cold1Ms, 0)} ms\n`);
        run.rows.push(row);
        rows.push(row);
        if (!keep) rmSync(siteDir, { recursive: true, force: true });
      }
      runs.push(run);
    }
  } finally {
    await browser.close();
    if (!keep) rmSync(work, { recursive: true, force: true });
    else process.stderr.write(`kept ${work}\n`);
  }
  const totalSeconds = (performance.now() - runStarted) / 1000;
  const saved: Saved = { machine: info, seed, counts, totalSeconds, notes, runs, rows };
  writeFileSync(join(tmpRoot, 'search-design.json'), `${JSON.stringify(saved, null, 2)}\n`);
  writeReport(saved);
}

interface Saved {
  machine: ReturnType<typeof machine>;
  seed: number;
  counts: number[];
  totalSeconds: number;
  notes?: string[];
  runs: CountRun[];
  rows: Row[];
}

/** Prints the table and writes bench/SEARCH-DESIGN.md from the figures of a run (also from a saved one: --report-only). */
function writeReport(saved: Saved): void {
  const { runs, rows, machine: info, totalSeconds } = saved;
  const notes = [...(saved.notes ?? [])];
  const mismatched = rows
    .filter((row) => row.browser)
    .flatMap((row) => [row.browser!.cold1, row.browser!.cold3, row.browser!.warm, row.browser!.filtersOnStart].filter((step) => step.download.bytes !== step.download.serverBytes).map((step) => `${row.design} ${row.count} ${step.query}`));
  notes.push(mismatched.length === 0 ? 'Cross-check: Chromium and the server counted the same bytes for every step.' : `Cross-check: Chromium and the server counted different bytes for ${mismatched.join('; ')} (see "server count").`);
  console.log(plainTable(rows));
  console.log(`\ntotal ${fmt(totalSeconds / 60, 1)} min`);
  writeFileSync(join(PROJECT_ROOT, 'bench/SEARCH-DESIGN.md'), report(runs, rows, info, totalSeconds, notes));
  process.stderr.write('wrote bench/SEARCH-DESIGN.md and bench/.tmp/search-design.json\n');
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  void runWorker();
} else if (isMainThread && process.argv[1] && resolve(process.argv[1]) === SELF) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
