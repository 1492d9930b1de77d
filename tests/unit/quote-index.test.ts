import { describe, expect, it } from 'vitest';
import { capGroup, firstOf, type QuoteGroup, type QuotesInArticle } from '../../src/data/quote-index.ts';

const article = (slug: string, quotes: number): QuotesInArticle => ({
  slug,
  title: slug,
  publisher: 'P',
  published: '2026-01-01',
  quotes: Array.from({ length: quotes }, (_, i) => ({ id: `q-${slug}-${i}`, text: `words ${i}`, url: `/articles/${slug}/#q-${slug}-${i}`, attribution: 'stated', confidence: 0.95 })),
});
const group = (...articles: QuotesInArticle[]): QuoteGroup => ({
  anchor: 'by-ann-lee',
  id: 'ann-lee',
  name: 'Ann Lee',
  kind: 'speaker',
  articles,
  count: articles.reduce((sum, a) => sum + a.quotes.length, 0),
});

describe('capGroup: a quotes-page group cut to its first quotes', () => {
  it('keeps the first articles whole and cuts inside the article where the limit falls', () => {
    // 3 + 4 + 2 = 9 quotes, limit 5: all 3 of "new", the first 2 of "mid", none of "old".
    const capped = capGroup(group(article('new', 3), article('mid', 4), article('old', 2)), 5);
    expect(capped.articles.map((a) => [a.slug, a.quotes.map((q) => q.id)])).toEqual([
      ['new', ['q-new-0', 'q-new-1', 'q-new-2']],
      ['mid', ['q-mid-0', 'q-mid-1']],
    ]);
    expect(capped.hidden).toBe(4);
    expect(capped.count).toBe(9);
  });

  it('leaves a group within the limit as it is, with nothing hidden', () => {
    const whole = group(article('a', 2), article('b', 1));
    const capped = capGroup(whole, 3);
    expect(capped.articles).toEqual(whole.articles);
    expect(capped.hidden).toBe(0);
  });
});

describe('firstOf', () => {
  it('shows the first items and counts the rest', () => {
    expect(firstOf(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], hidden: 1 });
    expect(firstOf(['a'], 2)).toEqual({ shown: ['a'], hidden: 0 });
  });
});
