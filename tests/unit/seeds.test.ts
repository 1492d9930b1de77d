import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/render.ts';

/** Each seed as scraped, the content file made from it, and how many paragraphs at each end are republisher framing. */
const SEEDS = [
  { seed: '000_46898ae6534dde6d.txt', content: 'un-chief-met-with-putin.md', framingBefore: 0, framingAfter: 0 },
  { seed: '003_496cf8efe704d28b.txt', content: 'guterres-diplomatic-hellscape.md', framingBefore: 2, framingAfter: 1 },
];

const seedLines = (name: string) =>
  readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.replace(/[\s\u00a0]/g, '') !== '');

describe.each(SEEDS)('seed $seed as content/articles/$content', ({ seed, content, framingBefore, framingAfter }) => {
  const lines = seedLines(seed);
  const rendered = renderMarkdown(readFileSync(new URL(`../../content/articles/${content}`, import.meta.url), 'utf8'));

  it('keeps the story text verbatim: every line between the first and last story line, in order, as one paragraph each', async () => {
    const texts = (await rendered).annotation.paragraphs.map((p) => p.text);
    const first = lines.indexOf(texts[0]!);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(texts).toEqual(lines.slice(first, first + texts.length));
  });

  it('drops the site chrome around the story', async () => {
    const { annotation, html } = await rendered;
    const texts = annotation.paragraphs.map((p) => p.text);
    const first = lines.indexOf(texts[0]!);
    const chrome = [...lines.slice(0, first), ...lines.slice(first + texts.length)];
    for (const line of chrome) expect(html).not.toContain(line.slice(0, 30));
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
