/**
 * Long listings cut into pages: every item lands on exactly one page, in order, no page over the size unless one
 * item alone is; quote groups that fit are never split; an entity's turns, quotes and mentions keep their order.
 */
import { describe, expect, it } from 'vitest';
import { entityPageParts } from '../../src/data/entity-page-parts.ts';
import type { EntityInArticle, EntityPage } from '../../src/data/entity-pages.ts';
import { DEFAULT_LIST_PAGE_SIZE, listPageSize, pack, pagePath, pagerNumbers } from '../../src/data/pagination.ts';
import type { QuoteGroup, QuotesInArticle } from '../../src/data/quote-index.ts';
import { quotePages } from '../../src/data/quote-pages.ts';
import type { SpeakerInArticle } from '../../src/data/speakers.ts';

describe('pack', () => {
  it('fills pages in order up to the size and starts a new page when the next item would overflow', () => {
    expect(pack([3, 4, 2, 5, 1, 1], (n) => n, 7)).toEqual([[3, 4], [2, 5], [1, 1]]);
  });
  it('gives an item bigger than the size a page of its own, and one empty page for no items', () => {
    expect(pack([2, 10, 2], (n) => n, 5)).toEqual([[2], [10], [2]]);
    expect(pack([], () => 1, 5)).toEqual([[]]);
  });
});

describe('listPageSize', () => {
  it('is the default unless WSW_LIST_PAGE_SIZE names a whole number above 0', () => {
    expect(listPageSize({})).toBe(DEFAULT_LIST_PAGE_SIZE);
    expect(listPageSize({ WSW_LIST_PAGE_SIZE: '' })).toBe(DEFAULT_LIST_PAGE_SIZE);
    expect(listPageSize({ WSW_LIST_PAGE_SIZE: '25' })).toBe(25);
    for (const bad of ['0', '-3', '2.5', 'ten', '07']) expect(() => listPageSize({ WSW_LIST_PAGE_SIZE: bad })).toThrow(`WSW_LIST_PAGE_SIZE is "${bad}"; expected a whole number above 0`);
  });
});

describe('page paths and the pager', () => {
  it('the first page is the listing itself, the others a numbered folder', () => {
    expect(pagePath('/quotes/', 1)).toBe('/quotes/');
    expect(pagePath('/quotes/', 12)).toBe('/quotes/12/');
  });
  it('shows the first and last page, two either side of the current one, and gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(1, 9)).toEqual([1, 2, 3, null, 9]);
    expect(pagerNumbers(5, 9)).toEqual([1, null, 3, 4, 5, 6, 7, null, 9]);
    expect(pagerNumbers(4, 9)).toEqual([1, 2, 3, 4, 5, 6, null, 9]);
    expect(pagerNumbers(9, 9)).toEqual([1, null, 7, 8, 9]);
  });
});

const quotesIn = (slug: string, n: number): QuotesInArticle => ({
  slug,
  title: slug,
  publisher: 'P',
  published: '2024-01-01',
  quotes: Array.from({ length: n }, (_, i) => ({ id: `q-${slug}-${i}`, text: 'words', url: `/articles/${slug}/#q-${i}`, attribution: null, confidence: 0.5 })),
});

function group(anchor: string, ...articles: QuotesInArticle[]): QuoteGroup {
  return { anchor, id: null, name: anchor, kind: 'speaker', articles, count: articles.reduce((sum, a) => sum + a.quotes.length, 0) };
}

describe('quotePages', () => {
  const groups = [
    group('by-a', quotesIn('one', 4), quotesIn('two', 3)),
    group('by-b', quotesIn('one', 2)),
    group('by-c', quotesIn('three', 6), quotesIn('four', 6), quotesIn('five', 1)),
    group('by-d', quotesIn('two', 1)),
  ];
  const { pages, pageOf } = quotePages(groups, 10);
  const idsOn = (number: number) => pages[number - 1]!.sections.flatMap((s) => s.articles.flatMap((a) => a.quotes.map((q) => q.id)));

  it('puts every quote on exactly one page, in group order, no page over the size', () => {
    const all = groups.flatMap((g) => g.articles.flatMap((a) => a.quotes.map((q) => q.id)));
    expect(pages.flatMap((p) => idsOn(p.number))).toEqual(all);
    for (const page of pages) expect(idsOn(page.number).length).toBeLessThanOrEqual(10);
  });

  it('keeps a group that fits on one page, and splits a bigger one between its articles, marking the rest continued', () => {
    // a (7) fits; b (2) fits beside it; c (13) is split into [6] [6, 1]; d (1) joins the last part of c.
    expect(pages.map((p) => p.sections.map((s) => `${s.group.anchor}${s.continued ? '+' : ''}:${s.articles.map((a) => a.slug).join(',')}`))).toEqual([
      ['by-a:one,two', 'by-b:one'],
      ['by-c:three'],
      ['by-c+:four,five', 'by-d:two'],
    ]);
    expect(Object.fromEntries(pageOf)).toEqual({ 'by-a': 1, 'by-b': 1, 'by-c': 2, 'by-d': 3 });
  });

  it('has one empty page when there are no quotes, so /quotes/ still exists', () => {
    expect(quotePages([]).pages).toEqual([{ number: 1, sections: [] }]);
  });
});

describe('entityPageParts', () => {
  const speakerIn = (slug: string, turns: number, quotes: number): SpeakerInArticle => ({
    slug,
    title: slug,
    publisher: 'P',
    published: '2024-01-01',
    turns: Array.from({ length: turns }, (_, i) => ({ id: `t-${i}`, role: null, label: null, words: 10, excerpt: 'x' })),
    quotes: Array.from({ length: quotes }, (_, i) => ({ id: `q-${i}`, text: 'x', attribution: null, confidence: 1 })),
    words: 10 * turns,
    share: 0.5,
  });
  const namedIn = (slug: string, excerpts: number): EntityInArticle => ({
    slug,
    title: slug,
    publisher: 'P',
    published: '2024-01-01',
    mentions: excerpts,
    excerpts: Array.from({ length: excerpts }, () => ({ paragraph: 'p-1', before: '', name: 'N', after: '' })),
  });
  const entity = (speakerArticles: SpeakerInArticle[], articles: EntityInArticle[]): EntityPage => ({
    id: 'x',
    name: 'X',
    type: 'person',
    aliases: [],
    wikidata: null,
    note: null,
    curated: true,
    articles,
    mentions: articles.length,
    speaker: speakerArticles.length ? { id: 'x', name: 'X', roles: [], labels: [], articles: speakerArticles, turns: 0, words: 0, quotes: 0 } as never : null,
  });

  it('one part with everything when it fits', () => {
    const parts = entityPageParts(entity([speakerIn('a', 2, 1)], [namedIn('a', 3)]), 300);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ number: 1, continued: { turns: false, quotes: false, mentions: false } });
    expect(parts[0]!.turns.map((a) => a.slug)).toEqual(['a']);
    expect(parts[0]!.quotes.map((a) => a.slug)).toEqual(['a']);
    expect(parts[0]!.mentions.map((a) => a.slug)).toEqual(['a']);
  });

  it('turns, then quotes, then mentions across parts, each article once per list, later headings marked continued', () => {
    const parts = entityPageParts(entity([speakerIn('a', 4, 0), speakerIn('b', 3, 2)], [namedIn('a', 3), namedIn('b', 3), namedIn('c', 1)]), 6);
    expect(parts.map((p) => [p.turns.map((a) => a.slug), p.quotes.map((a) => a.slug), p.mentions.map((a) => a.slug)])).toEqual([
      [['a'], [], []],
      [['b'], ['b'], []],
      [[], [], ['a', 'b']],
      [[], [], ['c']],
    ]);
    expect(parts.map((p) => p.continued)).toEqual([
      { turns: false, quotes: false, mentions: false },
      { turns: true, quotes: false, mentions: false },
      { turns: true, quotes: true, mentions: false },
      { turns: true, quotes: true, mentions: true },
    ]);
  });

  it('an entity with nothing to list still has its one page', () => {
    expect(entityPageParts(entity([], []))).toHaveLength(1);
  });
});
