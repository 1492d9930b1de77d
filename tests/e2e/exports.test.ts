/**
 * The open-data exports of the real build: JSON-LD on article pages, transcript.txt, /data/quotes.csv, the feed
 * and the sitemap. Expectations come from the public data files of the same build, never from the export code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUrlFromEnv } from '../../src/exports/site-url.ts';
import { parseCsv } from '../helpers/csv.ts';
import { decodeEntities } from '../helpers/html-text.ts';
import { E2E_DIST } from './global-setup.ts';
import { sitePages } from './site.ts';
import type { QuoteJson, ArticleJson } from './data-json.ts';

type Node = Record<string, unknown>;

const read = (path: string) => readFileSync(join(E2E_DIST, path), 'utf8');
const articles = readdirSync(join(E2E_DIST, 'data/articles'))
  .sort()
  .map((name) => JSON.parse(read(`data/articles/${name}`)) as ArticleJson);
const entities = new Map((JSON.parse(read('data/entities.json')) as { id: string; name: string; wikidata: string | null }[]).map((e) => [e.id, e]));
const allQuotes = JSON.parse(read('data/quotes.json')) as (QuoteJson & { article: string; url: string })[];
/** The origin the build was made for: the e2e build runs with this process's environment. */
const origin = siteUrlFromEnv(process.env);
const pageFile = (url: string) => join(url.replace(/^\//, ''), 'index.html');

/** The one JSON-LD block of a built page, parsed. */
function jsonLdOf(html: string): Node {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(blocks).toHaveLength(1);
  expect(blocks[0], 'JSON-LD escapes every < so nothing can close its element').not.toContain('<');
  return JSON.parse(blocks[0]!) as Node;
}

/** The built file a site URL (absolute on the build's origin) is served from, or null. */
function builtFile(url: string): string | null {
  if (!url.startsWith(`${origin}/`)) return null;
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  for (const candidate of [path, join(path, 'index.html')]) {
    const full = join(E2E_DIST, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

// Schema.org terms used, as schema.org defines them (https://schema.org/<Type>): which properties each type has,
// and which types a property's object may be. Anything outside is either a typo or an invented term.
const THING = ['name', 'url', 'sameAs', 'description'];
const CREATIVE_WORK = [...THING, 'headline', 'datePublished', 'author', 'publisher', 'creator', 'creditText', 'text', 'genre', 'mentions', 'hasPart', 'isBasedOn'];
const PROPERTIES: Record<string, string[]> = {
  NewsArticle: ['@context', ...CREATIVE_WORK],
  Quotation: [...CREATIVE_WORK, 'spokenByCharacter'],
  CreativeWork: CREATIVE_WORK,
  Person: THING,
  Organization: THING,
  Place: THING,
  Event: THING,
  Thing: THING,
};
const AGENT = ['Person', 'Organization'];
const RANGE: Record<string, string[]> = {
  author: AGENT,
  publisher: AGENT,
  creator: AGENT,
  spokenByCharacter: AGENT,
  hasPart: ['CreativeWork', 'NewsArticle', 'Quotation'],
  mentions: Object.keys(PROPERTIES),
};

/** Every node's type and property checked against the table above; returns the problems. */
function schemaProblems(node: Node, where: string): string[] {
  const type = node['@type'] as string;
  const allowed = PROPERTIES[type];
  if (!allowed) return [`${where}: unknown type ${type}`];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key === '@type') return [];
    if (!allowed.includes(key)) return [`${where}: ${type} has no property ${key}`];
    const objects = (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null);
    return objects.flatMap((object, i) => {
      const range = RANGE[key];
      const inner = `${where}.${key}[${i}]`;
      if (!range) return [`${inner}: ${key} takes text, found an object`];
      if (!range.includes(object['@type'] as string)) return [`${inner}: ${key} does not take a ${String(object['@type'])}`];
      return schemaProblems(object, inner);
    });
  });
}

test('the build has transcripts and articles with quotes to export', () => {
  expect(articles.some((a) => a.kind === 'transcript')).toBe(true);
  expect(articles.some((a) => a.quotes.some((q) => q.speaker))).toBe(true);
});

describe('JSON-LD on article pages', () => {
  test.each(articles.map((a) => [a.slug, a] as const))('%s: a NewsArticle naming each attributed quote’s speaker as the data file does', (_slug, article) => {
    const ld = jsonLdOf(read(pageFile(article.url)));
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.title, datePublished: article.published, url: `${origin}${article.url}` });
    expect(ld['publisher']).toEqual({ '@type': 'Organization', name: article.publisher });
    const parts = ld['hasPart'] as Node[];
    expect(parts).toHaveLength(article.quotes.length);
    article.quotes.forEach((quote, i) => {
      const part = parts[i]!;
      expect(part['@type']).toBe('Quotation');
      expect(part['text']).toBe(quote.text);
      expect(part['url']).toBe(`${origin}${article.url}#${quote.id}`);
      if (quote.speaker) {
        const entity = entities.get(quote.speaker)!;
        const speaker = {
          '@type': expect.stringMatching(/^(Person|Organization)$/),
          name: entity.name,
          url: `${origin}/entities/${quote.speaker}/`,
          ...(entity.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidata}` } : {}),
        };
        expect(part['creator'], quote.id).toEqual(speaker);
        expect(part['spokenByCharacter'], quote.id).toEqual(part['creator']);
      } else {
        expect(part, quote.id).not.toHaveProperty('creator');
        expect(part, quote.id).not.toHaveProperty('spokenByCharacter');
      }
      if (quote.speakerName) expect(part['creditText'], quote.id).toBe(quote.speakerName);
      else expect(part, `${quote.id} is unattributed`).not.toHaveProperty('creditText');
    });
    const mentioned = (ld['mentions'] as Node[]).map((m) => (m['url'] as string).replace(`${origin}/entities/`, '').replace(/\/$/, ''));
    expect(mentioned.sort()).toEqual([...new Set(article.mentions.map((m) => m.entity))].sort());
  });

  test('uses only schema.org types and properties, each where schema.org allows it', () => {
    const problems = articles.flatMap((article) => schemaProblems(jsonLdOf(read(pageFile(article.url))), article.slug));
    expect(problems).toEqual([]);
  });

  test('the types check can fail: it rejects an invented property and a Place as creator', () => {
    expect(schemaProblems({ '@type': 'Quotation', speaker: 'x', creator: { '@type': 'Place', name: 'Kyiv' } }, 'q')).toEqual(['q: Quotation has no property speaker', 'q.creator[0]: creator does not take a Place']);
  });
});

describe('in Chromium', () => {
  const { withPage } = sitePages();

  /** Content-Security-Policy violations the page reports, as events and as console errors. */
  async function cspViolations(page: Page): Promise<string[]> {
    const messages: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => ((window as unknown as { violations: string[] }).violations ??= []).push(`${event.violatedDirective}: ${event.blockedURI}`));
    });
    await page.reload({ waitUntil: 'load' });
    const events = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
    return [...messages, ...events];
  }

  test('the JSON-LD is read by the browser as data under the site’s CSP, with no violation', async () => {
    for (const article of articles) {
      await withPage(article.url, {}, async (page) => {
        expect(await cspViolations(page)).toEqual([]);
        const inPage = await page.evaluate(() => [...document.querySelectorAll('head script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as unknown));
        expect(inPage).toEqual([jsonLdOf(read(pageFile(article.url)))]);
      });
    }
  });

  test('a transcript page links to its text download, which serves plain text; an article page has none', async () => {
    for (const article of articles) {
      await withPage(article.url, {}, async (page) => {
        const link = page.getByRole('link', { name: 'Download transcript (text)' });
        if (article.kind !== 'transcript') {
          await expect(link.count()).resolves.toBe(0);
          return;
        }
        await expect(link.getAttribute('href')).resolves.toBe(`${article.url}transcript.txt`);
        const response = await page.request.get(new URL(`${article.url}transcript.txt`, page.url()).href);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toMatch(/^text\/plain/);
      });
    }
  });

  /** Parses a built XML file with the browser's own XML parser; a well-formedness error fails the test. */
  async function parseXml(page: Page, path: string) {
    return page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      const all = (name: string, within: Element | Document = doc) => [...within.getElementsByTagNameNS('*', name)];
      const textOf = (name: string, within: Element) => all(name, within)[0]?.textContent ?? null;
      return {
        error: error?.textContent ?? null,
        root: doc.documentElement.localName,
        rootNamespace: doc.documentElement.namespaceURI,
        version: doc.documentElement.getAttribute('version'),
        items: all('item').map((item) => ({ title: textOf('title', item), link: textOf('link', item), guid: textOf('guid', item), pubDate: textOf('pubDate', item), description: textOf('description', item) })),
        channelLink: all('channel')[0] ? textOf('link', all('channel')[0]!) : null,
        urls: all('url').map((url) => ({ loc: textOf('loc', url), lastmod: textOf('lastmod', url) })),
      };
    }, path);
  }

  test('feed.xml is well-formed RSS 2.0: newest first, links to built pages, RFC 822 dates', async () => {
    await withPage('/', {}, async (page) => {
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe('/feed.xml');
      const feed = await parseXml(page, '/feed.xml');
      expect(feed.error).toBeNull();
      expect([feed.root, feed.version]).toEqual(['rss', '2.0']);
      expect(feed.channelLink).toBe(`${origin}/`);
      const newestFirst = [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
      expect(feed.items.map((item) => item.title)).toEqual(newestFirst.map((a) => a.title).slice(0, 50));
      for (const [i, item] of feed.items.entries()) {
        const article = newestFirst[i]!;
        expect(item.link).toBe(`${origin}${article.url}`);
        expect(item.guid).toBe(item.link);
        expect(builtFile(item.link!), item.link!).toBe(pageFile(article.url));
        expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
        expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(article.published);
        expect(item.description?.length).toBeGreaterThan(10);
      }
    });
  });

  test('sitemap.xml is a well-formed sitemap listing every page, each built, articles with their date', async () => {
    await withPage('/', {}, async (page) => {
      const sitemap = await parseXml(page, '/sitemap.xml');
      expect(sitemap.error).toBeNull();
      expect([sitemap.root, sitemap.rootNamespace]).toEqual(['urlset', 'http://www.sitemaps.org/schemas/sitemap/0.9']);
      const listed = sitemap.urls.map((url) => builtFile(url.loc!));
      expect(listed.filter((file) => !file?.endsWith('index.html')), 'locs that are not built pages').toEqual([]);
      const walk = (dir: string): string[] =>
        readdirSync(join(E2E_DIST, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
      const pages = walk('').filter((file) => file.endsWith('index.html'));
      expect(listed.sort()).toEqual(pages.sort());
      for (const kind of ['', 'quotes/', 'search/', 'entities/']) expect(listed).toContain(join(kind, 'index.html'));
      for (const article of articles) expect(sitemap.urls.find((url) => url.loc === `${origin}${article.url}`)?.lastmod).toBe(article.published);
      for (const { lastmod } of sitemap.urls) if (lastmod) expect(lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });
});

describe('/data/quotes.csv', () => {
  const bytes = readFileSync(join(E2E_DIST, 'data/quotes.csv'));
  const rows = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  /** What a spreadsheet-safe cell of this text is: the formula guard the README documents. */
  const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

  test('has a header row and one row per quote of /data/quotes.json, in the same order', () => {
    expect(rows[0]).toEqual(['article', 'speaker', 'text', 'attribution', 'confidence', 'url']);
    expect(rows.length - 1).toBe(allQuotes.length);
  });

  test('every field round-trips: article, speaker as shown, text, method, confidence, permalink', () => {
    allQuotes.forEach((quote, i) => {
      expect(rows[i + 1]).toEqual([quote.article, safe(quote.speakerName ?? ''), safe(quote.text), quote.attribution ?? 'unattributed', String(quote.confidence), quote.url]);
      expect(quote.url).toBe(`/articles/${quote.article}/#${quote.id}`);
    });
  });
});

describe('transcript.txt', () => {
  test('exists for each transcript and for nothing else', () => {
    for (const article of articles) expect(existsSync(join(E2E_DIST, article.url, 'transcript.txt')), article.slug).toBe(article.kind === 'transcript');
  });

  test.each(articles.filter((a) => a.kind === 'transcript').map((a) => [a.slug, a] as const))('%s: heading, then every paragraph in order, each turn opened by its speaker and closed by its permalink', (_slug, article) => {
    const text = read(join(article.url, 'transcript.txt'));
    const [heading, ...blocks] = text.trimEnd().split('\n\n');
    const headingLines = heading!.split('\n');
    expect(headingLines[0]).toBe(article.title);
    expect(headingLines[1]?.startsWith(article.publisher)).toBe(true);
    expect(headingLines).toContain(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${article.published}T00:00:00Z`)));
    expect(headingLines.at(-1)).toBe(`Annotated transcript: ${origin}${article.url}`);
    // One block per paragraph, nothing dropped or reordered.
    expect(blocks).toHaveLength(article.paragraphs.length);
    const turns = new Map(article.turns.map((turn) => [turn.id, turn]));
    article.paragraphs.forEach((paragraph, i) => {
      const block = blocks[i]!;
      expect(block, paragraph.id).toContain(paragraph.text);
      const turn = paragraph.turn ? turns.get(paragraph.turn) : undefined;
      if (!turn) return;
      if (turn.paragraphs[0] === paragraph.id) {
        const name = (turn.speaker ? entities.get(turn.speaker)!.name : turn.label!).toUpperCase();
        expect(block.startsWith(`${name}`), `${block.slice(0, 60)} opens with ${name}`).toBe(true);
        expect(block.slice(0, block.indexOf(paragraph.text))).toMatch(/: $/);
      }
      if (turn.paragraphs.at(-1) === paragraph.id) expect(block.split('\n').at(-1)).toBe(`<${origin}${article.url}#${turn.id}>`);
    });
  });
});

test('every page head links to the feed', () => {
  const pages = ['index.html', 'quotes/index.html', 'search/index.html', 'entities/index.html', ...articles.map((a) => pageFile(a.url))];
  for (const page of pages) expect(decodeEntities(read(page)), page).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/feed.xml">/);
});
