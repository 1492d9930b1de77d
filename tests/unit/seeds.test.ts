import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { squash, storyText } from '../helpers/html-text.ts';
import { renderMarkdown } from '../helpers/render.ts';

/** Each seed as scraped, the content file made from it, and how many paragraphs at each end are framing or credit lines. */
const SEEDS = [
  { seed: '000_46898ae6534dde6d.txt', content: 'un-chief-met-with-putin.md', framingBefore: 0, framingAfter: 1, chromeLines: 12 },
  { seed: '003_496cf8efe704d28b.txt', content: 'guterres-diplomatic-hellscape.md', framingBefore: 2, framingAfter: 1, chromeLines: 0 },
];

const seedLines = (name: string) =>
  readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.replace(/[\s\u00a0]/g, '') !== '');

describe.each(SEEDS)('seed $seed as content/articles/$content', ({ seed, content, framingBefore, framingAfter, chromeLines }) => {
  const lines = seedLines(seed);
  const rendered = renderMarkdown(readFileSync(new URL(`../../content/articles/${content}`, import.meta.url), 'utf8'));

  /** The seed lines the content file keeps: from its first paragraph's line, one per source paragraph. */
  const storyLines = async () => {
    const { annotation } = await rendered;
    const count = new Set(annotation.paragraphs.map((p) => p.source.index)).size;
    const first = lines.findIndex((line) => line.endsWith(annotation.paragraphs[0]!.text));
    return { first, kept: lines.slice(first, first + count) };
  };

  it('keeps the story text verbatim: the page text is every line between the first and last story line, in order', async () => {
    const { first, kept } = await storyLines();
    expect(first).toBeGreaterThanOrEqual(0);
    expect(squash(storyText((await rendered).html))).toBe(squash(kept.join('\n')));
  });

  it('drops the site chrome around the story', async () => {
    const { first, kept } = await storyLines();
    const chrome = [...lines.slice(0, first), ...lines.slice(first + kept.length)];
    expect(chrome).toHaveLength(chromeLines);
    for (const line of chrome) expect((await rendered).html).not.toContain(line.slice(0, 30));
  });

  it('marks the republisher intro and disclaimer as framing, and nothing else', async () => {
    const flags = (await rendered).annotation.paragraphs.map((p) => p.framing);
    const expected = flags.map((_, i) => i < framingBefore || i >= flags.length - framingAfter);
    expect(flags).toEqual(expected);
  });

  it('renders with no content warnings', async () => {
    expect((await rendered).messages).toEqual([]);
  });
});

describe('the NPR seed transcript', () => {
  const K = 'mary-louise-kelly';
  const M = 'charles-maynes';
  const G = 'antonio-guterres';
  // Read off the seed: the two unlabeled openers are the host's; "But, you know…" and "Now, he also…" continue Maynes.
  const expectedSpeakers = [K, K, K, M, G, M, K, M, M, K, M, M, M, K, M, K, M, null];

  it('gives every paragraph its speaker, and the credit line to no one', async () => {
    const { annotation } = await renderMarkdown(readFileSync(new URL('../../content/articles/un-chief-met-with-putin.md', import.meta.url), 'utf8'));
    expect(annotation.paragraphs.map((p) => p.speaker)).toEqual(expectedSpeakers);
    const credit = annotation.paragraphs.at(-1)!;
    expect(credit).toMatchObject({ text: 'Transcript provided by NPR, Copyright NPR.', role: 'credit', turn: null, framing: true });
    expect(annotation.paragraphs.at(-2)!.text).toBe('Thank you.');
    expect(annotation.turns[0]).toMatchObject({ speaker: K, label: null, role: 'host' });
  });
});
