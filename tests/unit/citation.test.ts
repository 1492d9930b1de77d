import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.ts';
import { articleCitation, citationEntries, citationLine, citedSource, quoteCitation, siteUrl, turnCitation } from '../../src/data/citation.ts';

const article = { title: 'Rivers rise after a week of rain', publisher: 'Example Radio', published: '2024-02-29' };
const url = 'https://news.example/articles/rivers/';
const source = citedSource(article);

describe('citations', () => {
  it('cites an article by title, publisher and date, then its address', () => {
    const citation = articleCitation(article, url);
    expect(citationLine(citation)).toBe('“Rivers rise after a week of rain”, Example Radio, 29 February 2024. https://news.example/articles/rivers/');
  });

  it('cites a turn by its speaker', () => {
    expect(citationLine(turnCitation(source, 'Ruth Calloway', `${url}#t-ruth`))).toBe(
      'Ruth Calloway, in “Rivers rise after a week of rain”, Example Radio, 29 February 2024. https://news.example/articles/rivers/#t-ruth',
    );
  });

  it('cites a quote by its words and speaker, nested double marks turned single, spacing collapsed', () => {
    const quote = { text: 'It was,\n  as they say, “a  farce”.', speakerName: 'Ann Smith' };
    expect(quoteCitation(source, quote, `${url}#q-it`)).toEqual({
      text: '“It was, as they say, ‘a farce’.” Ann Smith, quoted in “Rivers rise after a week of rain”, Example Radio, 29 February 2024.',
      url: 'https://news.example/articles/rivers/#q-it',
    });
  });

  it('starts an unnamed source with a capital and says when no one is named', () => {
    expect(quoteCitation(source, { text: 'Soon.', speakerName: 'one Western diplomat' }, url).text).toMatch(/^“Soon\.” One Western diplomat, quoted in /);
    expect(quoteCitation(source, { text: 'Soon.', speakerName: null }, url).text).toMatch(/^“Soon\.” Unattributed, quoted in /);
  });

  it('makes links absolute on a configured site and leaves them as paths otherwise', () => {
    expect(siteUrl('/articles/rivers/', 'https://news.example')).toBe('https://news.example/articles/rivers/');
    expect(siteUrl('/articles/rivers/', new URL('https://news.example/'))).toBe('https://news.example/articles/rivers/');
    expect(siteUrl('/articles/rivers/', undefined)).toBe('/articles/rivers/');
  });
});

describe('citation entries of an annotated transcript', () => {
  const lines = ['RUTH CALLOWAY, HOST: Good evening. Tonight we talk about rivers and the rain that made them rise.', 'DEV PATEL, BYLINE: A farmer told me, "we lost everything."'];
  const annotation = annotate({ kind: 'transcript', paragraphs: lines.map((text) => ({ text })) });
  const [ruth, dev] = annotation.turns;
  const quote = annotation.quotes[0]!;
  const directives = new Map([[ruth!.id, 'text=Good%20evening']]);
  const entries = citationEntries(annotation, article, '/articles/rivers/', directives);

  it('lists the turns, then the quotes, each citing its own anchor', () => {
    expect(entries.map((entry) => [entry.kind, entry.id, entry.citation.url])).toEqual([
      ['turn', ruth!.id, `/articles/rivers/#${ruth!.id}`],
      ['turn', dev!.id, `/articles/rivers/#${dev!.id}`],
      ['quote', quote.id, `/articles/rivers/#${quote.id}`],
    ]);
    expect(entries[0]!.citation.text).toBe('Ruth Calloway, in “Rivers rise after a week of rain”, Example Radio, 29 February 2024.');
    expect(entries[2]!.citation.text).toMatch(/^“we lost everything\.” /);
  });

  it('says which turn is which by its first ten words; a quote needs none', () => {
    expect(entries[0]!.opening).toBe('Good evening. Tonight we talk about rivers and the rain…');
    expect(entries[1]!.opening).toBe('A farmer told me, "we lost everything."');
    expect(entries[2]!.opening).toBeNull();
  });

  it('links to the words with the directive after the anchor, or to the anchor alone without one', () => {
    expect(entries[0]!.wordsUrl).toBe(`/articles/rivers/#${ruth!.id}:~:text=Good%20evening`);
    expect(entries[1]!.wordsUrl).toBe(`/articles/rivers/#${dev!.id}`);
  });
});
