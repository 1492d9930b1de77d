import { describe, expect, it } from 'vitest';
import { findAlsoQuoted, MAX_LINKS, MAX_SHARED_ARTICLES, normalizeQuote, type QuotingArticle } from '../../src/data/also-quoted.ts';

const article = (slug: string, ...texts: string[]): QuotingArticle => ({
  slug,
  title: `Title of ${slug}`,
  quotes: texts.map((text, i) => ({ id: `q-${slug}-${i + 1}`, text })),
});

/** Links as `from-quote -> to-quote` strings, easy to read in a failure. */
const pairs = (articles: QuotingArticle[], minWords?: number) =>
  [...findAlsoQuoted(articles, minWords)].flatMap(([, byQuote]) => [...byQuote].flatMap(([id, links]) => links.map((link) => `${id} -> ${link.quote}`))).sort();

describe('normalizeQuote', () => {
  it('folds case, quote marks and spacing, and drops punctuation at the ends only', () => {
    expect(normalizeQuote('  It’s “a  farce,”\n he said.')).toBe('it\'s "a farce," he said');
    // The opening mark is at an end, so it goes; the closing one is inside and becomes a plain mark.
    expect(normalizeQuote('«Non», dit-il…')).toBe('non", dit-il');
  });
});

describe('findAlsoQuoted', () => {
  it('links the same words in two articles both ways, whatever their spacing, marks and case', () => {
    const links = findAlsoQuoted([article('a', 'We will  not give up,'), article('b', 'we will not give up.')]);
    expect(links.get('a')?.get('q-a-1')).toEqual([{ slug: 'b', title: 'Title of b', quote: 'q-b-1', url: '/articles/b/#q-b-1' }]);
    expect(links.get('b')?.get('q-b-1')).toEqual([{ slug: 'a', title: 'Title of a', quote: 'q-a-1', url: '/articles/a/#q-a-1' }]);
  });

  it('links a quote to a longer one that contains it as whole words', () => {
    const articles = [article('short', 'it’s a farce'), article('long', 'I told them: "It\'s a farce." And I meant it.'), article('other', 'Nothing alike here at all.')];
    expect(pairs(articles)).toEqual(['q-long-1 -> q-short-1', 'q-short-1 -> q-long-1']);
  });

  it('does not link words that only match inside longer words', () => {
    expect(pairs([article('a', 'the war is over'), article('b', 'they said the war is overdue')])).toEqual([]);
  });

  it('needs three words in the shorter quote unless told otherwise', () => {
    const articles = [article('a', 'an invasion.'), article('b', 'an invasion')];
    expect(pairs(articles)).toEqual([]);
    expect(pairs(articles, 2)).toEqual(['q-a-1 -> q-b-1', 'q-b-1 -> q-a-1']);
    expect(() => findAlsoQuoted(articles, 0)).toThrow(/minWords/);
  });

  it('never links a quote to its own article', () => {
    expect(pairs([article('a', 'we will not give up', 'and again: we will not give up')])).toEqual([]);
  });

  it('links once per other article, to its first match there, with articles in the order given', () => {
    const articles = [
      article('newest', 'Then: "we will not give up" once more.', 'we will not give up'),
      article('middle', 'we will not give up'),
      article('oldest', 'and so we will not give up, she said'),
    ];
    const links = findAlsoQuoted(articles);
    expect(links.get('middle')?.get('q-middle-1')?.map((link) => link.quote)).toEqual(['q-newest-1', 'q-oldest-1']);
    // Containment is between the two quotes only: newest-1 and oldest-1 share words, but neither holds the other.
    expect(links.get('newest')?.get('q-newest-1')?.map((link) => link.quote)).toEqual(['q-middle-1']);
    expect(links.get('newest')?.get('q-newest-2')?.map((link) => link.quote)).toEqual(['q-middle-1', 'q-oldest-1']);
    expect(links.get('oldest')?.get('q-oldest-1')?.map((link) => link.quote)).toEqual(['q-newest-2', 'q-middle-1']);
  });

  it('shows at most MAX_LINKS links, the first articles in the order given', () => {
    const articles = Array.from({ length: MAX_LINKS + 2 }, (_, i) => article(`a${i}`, 'the bridge will be rebuilt'));
    const links = findAlsoQuoted(articles);
    expect(links.get('a0')?.get('q-a0-1')?.map((link) => link.slug)).toEqual(articles.slice(1, MAX_LINKS + 1).map((a) => a.slug));
    expect(links.get('a3')?.get('q-a3-1')?.map((link) => link.slug)).toEqual(articles.filter((a) => a.slug !== 'a3').slice(0, MAX_LINKS).map((a) => a.slug));
  });

  it('links no commonplace: words quoted in more than MAX_SHARED_ARTICLES articles', () => {
    // Half say just the words, half say more around them: the short form is in every article, the long one in half.
    const spread = (count: number) => Array.from({ length: count }, (_, i) => article(`a${i}`, i % 2 ? 'I do not know' : 'Well, I do not know, he said.'));
    const linkedToShort = (count: number) => pairs(spread(count)).filter((pair) => /-> q-a\d*[13579]-1$/.test(pair));
    expect(linkedToShort(MAX_SHARED_ARTICLES).length).toBeGreaterThan(0);
    expect(linkedToShort(MAX_SHARED_ARTICLES + 1)).toEqual([]);
    // The long form is in 6 of the 11 articles, few enough to link among themselves.
    expect(pairs(spread(MAX_SHARED_ARTICLES + 1))).toContain('q-a0-1 -> q-a2-1');
  });

  it('leaves out articles and quotes with no match', () => {
    const links = findAlsoQuoted([article('a', 'we will not give up', 'something else entirely'), article('b', 'we will not give up')]);
    expect([...links.keys()].sort()).toEqual(['a', 'b']);
    expect([...links.get('a')!.keys()]).toEqual(['q-a-1']);
  });
});
