import { describe, expect, it } from 'vitest';
import { queryWords, wordPattern } from '../../src/search/highlight.ts';
import { hitsOf, whoMeta, type PageFragment } from '../../src/search/hits.ts';
import { keepsHit, readState, stateUrl } from '../../src/search/page.ts';

// A page as Pagefind gives it: the text split into words, anchors at the word each element with an id starts at.
// "Ann Lee" (speaker line) "Hello there" "we love apples, says" (a quote) "world." | "Bo Chen" "Apples again, said Ann."
const content = 'Ann Lee Hello there we love apples, says world. Bo Chen Apples again, said Ann.';
const fragment = (locations: number[], query?: string): [PageFragment, string] => [
  {
    url: '/articles/a/',
    content,
    locations,
    meta: { who: JSON.stringify(whoMeta([{ id: 't-ann', speakerName: 'Ann Lee', speaker: 'ann-lee' }, { id: 't-bo', speakerName: 'Bo Chen', speaker: 'bo-chen' }], [{ id: 'q-love', speakerName: 'Ann Lee' }])) },
    anchors: [
      { element: 'section', id: 't-ann', text: '', location: 0 },
      { element: 'p', id: 'p-hello', text: 'Hello there we love apples, says world.', location: 2 },
      { element: 'q', id: 'q-love', text: 'we love apples, says', location: 4 },
      { element: 'section', id: 't-bo', text: '', location: 9 },
      { element: 'p', id: 'p-apples', text: 'Apples again, said Ann.', location: 11 },
    ],
  },
  query ?? '',
];

describe('search hits from a page fragment', () => {
  it('puts a word inside a quote in a quote hit, with the quote speaker and anchor', () => {
    const [page, query] = fragment([5, 6], 'love apples');
    const hits = hitsOf(page, query);
    expect(hits[0]).toMatchObject({ kind: 'quote', id: 'q-love', url: '/articles/a/#q-love', speaker: 'Ann Lee', matches: 2, terms: 2 });
  });

  it('puts a word outside quotes in the turn it belongs to, with the turn speaker', () => {
    const [page, query] = fragment([12], 'again');
    expect(hitsOf(page, query)).toMatchObject([{ kind: 'turn', id: 't-bo', speaker: 'Bo Chen' }]);
  });

  it('ranks the hit holding more of the query words first', () => {
    // "apples" in Bo's turn (one word) and "love apples" in Ann's quote (two words).
    const [page, query] = fragment([6, 11, 5], 'love apples');
    expect(hitsOf(page, query).map((hit) => hit.id)).toEqual(['q-love', 't-bo']);
  });

  it('finds what a speaker said by their name, though the name is outside their words', () => {
    const [page, query] = fragment([], 'chen');
    expect(hitsOf(page, query).map((hit) => [hit.kind, hit.id, hit.speaker])).toEqual([['turn', 't-bo', 'Bo Chen']]);
  });

  it('drops a hit that matched only common words when the query has telling ones', () => {
    const [page, query] = fragment([3], 'there lies');
    expect(hitsOf(page, query)).toHaveLength(1);
    const [common] = fragment([3], 'of the lies');
    expect(hitsOf(common, 'of the lies')).toEqual([]);
  });

  it('marks the matched words in the excerpt, keeping the words around them', () => {
    const [page, query] = fragment([6], 'apples');
    const excerpt = hitsOf(page, query)[0]!.excerpt;
    expect(excerpt.map((w) => w.text).join(' ')).toBe('we love apples, says');
    expect(excerpt.filter((w) => w.match).map((w) => w.text)).toEqual(['apples,']);
  });
});

describe('search state in the URL', () => {
  it('round-trips query and filters, dropping empty ones and unknown kinds', () => {
    const state = readState('?q=messenger+of+peace&speaker=Ann+Lee&kind=quote&type=podcast');
    expect(state).toEqual({ q: 'messenger of peace', speaker: 'Ann Lee', kind: 'quote', type: '' });
    expect(stateUrl(state)).toBe('/search/?q=messenger+of+peace&speaker=Ann+Lee&kind=quote');
    expect(readState(stateUrl(state).slice('/search/'.length))).toEqual(state);
  });

  it('keeps only the chosen speaker’s turns and quotes', () => {
    const [page, query] = fragment([6, 12], 'apples again');
    const hits = hitsOf(page, query);
    expect(hits.filter((hit) => keepsHit(hit, readState('?speaker=Bo+Chen'))).map((hit) => hit.id)).toEqual(['t-bo']);
    expect(hits.filter((hit) => keepsHit(hit, readState('?kind=quote'))).map((hit) => hit.id)).toEqual(['q-love']);
  });
});

describe('highlighting on arrival', () => {
  it('marks the telling words of the query at word starts, not the common ones', () => {
    expect(queryWords('the Messenger of PEACE')).toEqual(['messenger', 'peace']);
    const pattern = wordPattern(queryWords('rocket'))!;
    expect('Two rockets hit; skyrocket.'.match(pattern)).toEqual(['rockets']);
  });
});
