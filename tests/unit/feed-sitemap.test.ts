import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/annotate/types.ts';
import type { CorpusArticle } from '../../src/data/corpus.ts';
import { feedSummary, rfc822Date, rssFeed } from '../../src/exports/feed.ts';
import { DEFAULT_SITE_URL, siteUrlFromEnv } from '../../src/exports/site-url.ts';
import { sitemapFiles } from '../../src/exports/sitemap.ts';
import { escapeXml } from '../../src/exports/xml.ts';
import { builtPagePaths } from '../../src/integrations/sitemap.ts';
import { decodeEntities } from '../helpers/html-text.ts';

const site = new URL('https://news.example.org');

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('turns characters XML cannot hold into U+FFFD, so nothing vanishes without a trace', () => {
    expect(escapeXml('bell\u0007 nul\u0000 lone\ud800 end')).toBe('bell\ufffd nul\ufffd lone\ufffd end');
    expect(escapeXml('tab\tnewline\nemoji 😀 é')).toBe('tab\tnewline\nemoji 😀 é');
  });

  it('reads back as the same text for any text XML can hold', () => {
    const xmlChar = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).filter((text) => xmlChar.test(text)), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|apos);)/);
        expect(decodeEntities(escaped)).toBe(text);
      }),
    );
  });
});

const annotation = (text: string): Annotation => ({
  paragraphs: [
    { id: 'p-note', text: 'A note from the republisher.', framing: true, role: 'framing', turn: null, speaker: null, source: { index: 0, start: 0, end: 1 }, label: null },
    { id: 'p-story', text, framing: false, role: 'prose', turn: null, speaker: null, source: { index: 1, start: 0, end: 1 }, label: null },
  ],
  turns: [],
  quotes: [],
  mentions: [],
  entities: [],
  warnings: [],
});

const article = (slug: string, published: string, extra: Partial<CorpusArticle['frontmatter']> = {}): CorpusArticle => ({
  slug,
  frontmatter: { title: `Title of ${slug}`, kind: 'article', publisher: 'Example Times', published, ...extra },
  annotation: annotation(`The story of ${slug} begins here.`),
});

describe('RSS feed', () => {
  it('writes dates as RFC 822 with the weekday (2022-04-26 was a Tuesday)', () => {
    expect(rfc822Date('2022-04-26')).toBe('Tue, 26 Apr 2022 00:00:00 GMT');
    expect(rfc822Date('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 GMT');
  });

  it('summarises with the summary, else the story’s first own paragraph (not the republisher’s note)', () => {
    expect(feedSummary(article('a', '2024-01-01', { summary: 'In short.' }))).toBe('In short.');
    expect(feedSummary(article('a', '2024-01-01'))).toBe('The story of a begins here.');
  });

  it('lists the newest articles first, up to the limit, with absolute links and escaped text', () => {
    const xml = rssFeed([article('old', '2023-05-01'), article('new', '2024-03-05', { title: 'Fish & <chips>' }), article('middle', '2023-12-31')], site, 2);
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('<title>Fish &amp; &lt;chips&gt;</title>');
    expect(items[0]).toContain('<link>https://news.example.org/articles/new/</link>');
    expect(items[0]).toContain('<pubDate>Tue, 05 Mar 2024 00:00:00 GMT</pubDate>');
    expect(items[1]).toContain('<link>https://news.example.org/articles/middle/</link>');
    expect(xml).toContain('<atom:link href="https://news.example.org/feed.xml" rel="self" type="application/rss+xml"/>');
    // Dated by the newest article, never by the clock.
    expect(xml).toContain('<lastBuildDate>Tue, 05 Mar 2024 00:00:00 GMT</lastBuildDate>');
  });
});

describe('sitemap', () => {
  const entries = ['/', '/a/', '/b/', '/c/', '/d/'].map((path, i) => ({ loc: new URL(path, site).href, lastmod: i === 1 ? '2024-03-05' : undefined }));

  it('is one urlset while the site fits, with lastmod only where known', () => {
    const files = sitemapFiles(entries, site);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml']);
    expect(files[0]!.xml).toContain('<url><loc>https://news.example.org/</loc></url>');
    expect(files[0]!.xml).toContain('<url><loc>https://news.example.org/a/</loc><lastmod>2024-03-05</lastmod></url>');
    expect(files[0]!.xml.match(/<url>/g)).toHaveLength(5);
  });

  it('becomes an index of parts past the per-file limit, still at sitemap.xml', () => {
    const files = sitemapFiles(entries, site, 2);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect([...files[0]!.xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([1, 2, 3].map((n) => `https://news.example.org/sitemap-${n}.xml`));
    expect(files[0]!.xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(files.slice(1).map((f) => f.xml.match(/<url>/g)?.length)).toEqual([2, 2, 1]);
  });

  it('lists every built page folder, root first, but not 404.html, scripts or the search index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
    try {
      for (const file of ['index.html', '404.html', 'b/index.html', 'a/x/index.html', 'a/index.html', '_astro/index.html', 'pagefind/index.html', 'data/quotes.json', 'a/transcript.txt']) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), '');
      }
      expect(builtPagePaths(dir)).toEqual(['/', '/a/', '/a/x/', '/b/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SITE_URL', () => {
  it('defaults to the preview server when unset or blank', () => {
    expect(siteUrlFromEnv({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFromEnv({ SITE_URL: '  ' })).toBe(DEFAULT_SITE_URL);
  });

  it('takes an http(s) origin, with or without the trailing slash', () => {
    expect(siteUrlFromEnv({ SITE_URL: 'https://news.example.org/' })).toBe('https://news.example.org');
    expect(siteUrlFromEnv({ SITE_URL: 'http://127.0.0.1:8080' })).toBe('http://127.0.0.1:8080');
  });

  it('refuses anything else, saying what it found and what it expects', () => {
    for (const bad of ['news.example.org', 'ftp://news.example.org', 'https://news.example.org/site/', 'https://news.example.org/?a=1']) {
      expect(() => siteUrlFromEnv({ SITE_URL: bad })).toThrow(`SITE_URL: found "${bad}"; expected the public address of the site as an http(s) URL without a path`);
    }
  });
});
