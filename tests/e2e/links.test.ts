/**
 * Every link the site makes resolves: internal hrefs in every page lead to a built page, every `#anchor`
 * exists on its page, and the urls and ids in the data files point at real pages and elements.
 * Reads the build of the browser tests' global setup; needs no browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrlFromEnv } from '../../src/exports/site-url.ts';
import { parseCsv } from '../helpers/csv.ts';
import { decodeEntities } from '../helpers/html-text.ts';
import { E2E_DIST } from './global-setup.ts';

/** Every file under a folder, as paths relative to it. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path).map((inner) => join(name, inner)) : [name];
  });
}

const files = walk(E2E_DIST);
const pages = files.filter((file) => file.endsWith('.html'));
const idsOf = new Map<string, Set<string>>();
const readPage = (file: string) => readFileSync(join(E2E_DIST, file), 'utf8');
for (const page of pages) idsOf.set(page, new Set([...readPage(page).matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!))));

/** The built file a site path is served from: `/a/` → `a/index.html`, `/data/x.json` → that file. */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, '')).replace(/^\//, '');
  for (const candidate of [clean, join(clean, 'index.html')]) {
    const full = join(E2E_DIST, candidate);
    if (candidate !== '' && existsSync(full) && statSync(full).isFile()) return relative(E2E_DIST, full);
  }
  return clean === '' ? 'index.html' : null;
}

/** Problems with one internal link, seen from `from` (a page): a missing page or a missing anchor. */
function check(href: string, from: string): string | null {
  if (/^(?:[a-z]+:|\/\/)/i.test(href)) return null;
  const [target, fragment] = href.split('#') as [string, string | undefined];
  // A text directive (`#id:~:text=…`) is not part of the element id the fragment names.
  const anchor = fragment?.split(':~:')[0];
  const file = target === '' ? from : fileFor(target);
  if (!file) return `${from}: ${href} leads to no page`;
  if (anchor && file.endsWith('.html') && !idsOf.get(file)?.has(decodeURIComponent(anchor))) return `${from}: ${href} has no element #${anchor}`;
  return null;
}

describe('links', () => {
  it('the build has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('every internal href and src in every page resolves, anchors included', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const match of readPage(page).matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const href = decodeEntities(match[1]!);
        // Relative links are resolved from the page's own folder.
        const absolute = href.startsWith('/') || href.startsWith('#') || /^[a-z]+:/i.test(href) ? href : `/${join(page.replace(/index\.html$/, ''), href)}`;
        const problem = check(absolute, page);
        checked++;
        if (problem) problems.push(problem);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('every id is used once per page', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const ids = [...readPage(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (twice.length) problems.push(`${page}: ${[...new Set(twice)].join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('the data files point at real pages and elements', () => {
    const problems: string[] = [];
    const articles = files.filter((file) => /^data\/articles\/.+\.json$/.test(file));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      const article = JSON.parse(readFileSync(join(E2E_DIST, file), 'utf8')) as {
        url: string;
        paragraphs: { id: string }[];
        turns: { id: string }[];
        quotes: { id: string }[];
        mentions: { entity: string; paragraph: string }[];
      };
      for (const id of [...article.paragraphs, ...article.turns, ...article.quotes].map((x) => x.id)) {
        const problem = check(`${article.url}#${id}`, file);
        if (problem) problems.push(problem);
      }
      for (const mention of article.mentions) {
        const problem = check(`/entities/${mention.entity}/`, file) ?? check(`${article.url}#${mention.paragraph}`, file);
        if (problem) problems.push(problem);
      }
    }
    const quotes = JSON.parse(readFileSync(join(E2E_DIST, 'data/quotes.json'), 'utf8')) as { url: string; speaker: string | null }[];
    for (const quote of quotes) {
      const problem = check(quote.url, 'data/quotes.json') ?? (quote.speaker ? check(`/entities/${quote.speaker}/`, 'data/quotes.json') : null);
      if (problem) problems.push(problem);
    }
    const entities = JSON.parse(readFileSync(join(E2E_DIST, 'data/entities.json'), 'utf8')) as { id: string; articles: string[] }[];
    for (const entity of entities) {
      const problem = check(`/entities/${entity.id}/`, 'data/entities.json') ?? entity.articles.map((slug) => check(`/articles/${slug}/`, 'data/entities.json')).find(Boolean) ?? null;
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  });

  it('the exports link to real pages and elements: feed, sitemap, quotes.csv, transcript.txt, JSON-LD', () => {
    // The e2e build runs with this process's environment, so its absolute links use this origin.
    const origin = siteUrlFromEnv(process.env);
    const problems: string[] = [];
    let checked = 0;
    const follow = (url: string, from: string) => {
      checked++;
      if (!url.startsWith(`${origin}/`) && !url.startsWith('/')) return void problems.push(`${from}: ${url} is not on the site's origin ${origin}`);
      const problem = check(url.startsWith('/') ? url : url.slice(origin.length), from);
      if (problem) problems.push(problem);
    };
    const feed = readPage('feed.xml');
    for (const match of feed.matchAll(/<(?:link|guid)\b[^>]*>([^<]+)<|\shref="([^"]+)"/g)) follow(decodeEntities(match[1] ?? match[2]!), 'feed.xml');
    for (const match of readPage('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)) follow(decodeEntities(match[1]!), 'sitemap.xml');
    for (const row of parseCsv(readPage('data/quotes.csv')).slice(1)) follow(row.at(-1)!, 'data/quotes.csv');
    for (const file of files.filter((f) => f.endsWith('transcript.txt'))) for (const match of readPage(file).matchAll(/^<(.+)>$/gm)) follow(match[1]!, file);
    // Every url in the JSON-LD (sameAs points off-site, to Wikidata, and is not followed).
    const urlsIn = (value: unknown): string[] =>
      Array.isArray(value) ? value.flatMap(urlsIn) : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => (key === 'url' && typeof inner === 'string' ? [inner] : urlsIn(inner))) : [];
    // Article pages themselves (articles/<slug>/index.html), not their citation pages.
    for (const page of pages.filter((p) => /^articles\/[^/]+\/index\.html$/.test(p))) {
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readPage(page))?.[1];
      if (!json) problems.push(`${page}: no JSON-LD`);
      else for (const url of urlsIn(JSON.parse(json))) follow(url, `${page} JSON-LD`);
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('the search index names only turns and quotes that exist on their pages', () => {
    const problems: string[] = [];
    for (const page of pages.filter((p) => p.startsWith('articles/'))) {
      const who = /data-pagefind-meta="who">([^<]*)</.exec(readPage(page))?.[1];
      if (!who) continue;
      const map = JSON.parse(decodeEntities(who)) as { t: Record<string, number>; q: Record<string, number> };
      for (const id of [...Object.keys(map.t), ...Object.keys(map.q)]) if (!idsOf.get(page)?.has(id)) problems.push(`${page}: search meta names #${id}`);
    }
    expect(problems).toEqual([]);
  });
});
