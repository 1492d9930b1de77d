/**
 * Properties that hold for any article or transcript, checked on generated ones (fast-check): the annotator
 * never throws, never changes a word (the page text is the source text), gives unique ids, and every
 * speaker and named entity it refers to exists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../src/annotate/registry.ts';
import { squash, storyText } from '../helpers/html-text.ts';
import { renderMarkdown } from '../helpers/render.ts';

const REGISTRY = `- id: ann-lee
  name: Ann Lee
  type: person
  aliases: [Lee]
- id: acme-corp
  name: Acme Corp
  type: organization
`;
const registry = parseRegistry(REGISTRY, 'entities.yaml');

// Words as news text has them, with the marks and letters that make annotators stumble; no markdown syntax.
const word = fc.oneof(
  fc.constantFrom('said', 'told', 'he', 'she', 'they', 'the', 'official', 'minister', 'Lee', 'Ann', 'Acme', 'Corp', 'quote', 'unquote', 'according', 'to'),
  fc.constantFrom('Zoë', 'Ødegaard', 'Nguyễn', 'O’Brien', 'de', 'la', 'Karaçelik', 'U.N.', 'Dr.', 'Mr', 'NATO', '—', '–', '…', '%', '2026'),
  fc.constantFrom('“', '”', '"', '‘', '’', '«', '»', '(', ')', ',', '.', ':', '?', '!'),
  fc.stringMatching(/^[A-Za-z]{1,9}$/),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(' '));
// Scraped pages often lose their paragraph breaks: one paragraph of a few hundred sentences.
const longParagraph = fc.array(sentence, { minLength: 150, maxLength: 400 }).map((sentences) => sentences.join(' '));
const label = fc.constantFrom('LEE: ', 'ANN LEE, HOST: ', 'UNIDENTIFIED PERSON: ', 'SMITH: ', 'JOSÉ PÉREZ, BYLINE: ', '');
const transcriptParagraph = fc.tuple(label, paragraph).map(([l, p]) => `${l}${p}`);

const article = fc.oneof(
  { weight: 10, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((ps) => ({ kind: 'article', paragraphs: ps })) },
  { weight: 10, arbitrary: fc.array(fc.oneof(transcriptParagraph, fc.constant('(SOUNDBITE OF MUSIC)')), { minLength: 1, maxLength: 8 }).map((ps) => ({ kind: 'transcript', paragraphs: ps })) },
  { weight: 1, arbitrary: fc.tuple(paragraph, longParagraph, paragraph).map((ps) => ({ kind: 'article', paragraphs: ps })) },
  { weight: 1, arbitrary: fc.tuple(transcriptParagraph, fc.tuple(label, longParagraph).map(([l, p]) => `${l}${p}`)).map((ps) => ({ kind: 'transcript', paragraphs: ps })) },
);

// Markdown would read these as syntax at a paragraph's start or end; the generator never writes them there.
const safe = (text: string) => !/^[\s>#+-]|^\d+[.)]|\s$|^\(|\\/u.test(text) || text === '(SOUNDBITE OF MUSIC)';

describe('for any generated article or transcript', () => {
  it('annotates without throwing, keeps every word, gives unique ids and refers only to entities that exist', async () => {
    await fc.assert(
      fc.asyncProperty(article, async ({ kind, paragraphs }) => {
        fc.pre(paragraphs.every(safe));
        const source = `---\nkind: ${kind}\n---\n\n${paragraphs.join('\n\n')}\n`;
        const { html, annotation } = await renderMarkdown(source, REGISTRY);

        // The page's text is the source's text: the annotator only wraps.
        expect(squash(storyText(html))).toBe(squash(paragraphs.join(' ')));

        const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
        expect(new Set(ids).size).toBe(ids.length);

        const known = new Set([...registry.byId.keys(), ...annotation.entities.map((e) => e.id)]);
        for (const quote of annotation.quotes) {
          if (quote.speaker) expect(known.has(quote.speaker), `quote speaker ${quote.speaker}`).toBe(true);
          if (quote.attribution === null) expect(quote.speaker).toBeNull();
        }
        for (const mention of annotation.mentions) expect(known.has(mention.entity), `mention ${mention.entity}`).toBe(true);
        for (const turn of annotation.turns) if (turn.speaker) expect(known.has(turn.speaker), `turn speaker ${turn.speaker}`).toBe(true);
        const texts = new Map(annotation.paragraphs.map((p) => [p.id, p.text]));
        for (const mention of annotation.mentions) expect(texts.get(mention.paragraph)?.slice(mention.start, mention.end)).toBe(mention.text);
      }),
      { numRuns: 2_000, seed: 20261123 },
    );
  }, 600_000);
});
