/**
 * Articles rendered on worker threads through the site's own pipeline: every job comes back once with its HTML,
 * annotation and messages, whatever thread finished it; a failure names the article and stops the threads.
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { renderInWorkers, type RenderedArticle } from '../../src/content/render-pool.ts';
import { renderMarkdown } from '../helpers/render.ts';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const data = { root, shared: {} };

const transcript = (n: number) => `---
title: Transcript ${n}
publisher: Test
published: 2024-01-0${n}
kind: transcript
---

MARY SMITH: Good evening, number ${n}.

JOHN DOE: “We will rebuild,” he said. Thank you.
`;

it('renders every job once, as the site renderer does, and reports each by its index', async () => {
  const jobs = [1, 2, 3, 4, 5].map((n) => ({ label: `content/articles/t${n}.md`, text: transcript(n), fileURL: `file://${root}/content/articles/t${n}.md` }));
  const seen = new Map<number, RenderedArticle>();
  await renderInWorkers(jobs, data, (index, rendered) => {
    expect(seen.has(index), `job ${index} reported twice`).toBe(false);
    seen.set(index, rendered);
  });
  expect([...seen.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
  for (const [index, rendered] of seen) {
    const expected = await renderMarkdown(jobs[index]!.text);
    expect(rendered.html, `HTML of job ${index}`).toBe(expected.html);
    expect(rendered.annotation, `annotation of job ${index}`).toEqual(expected.annotation);
    expect(rendered.annotation.turns.map((turn) => turn.speakerName)).toEqual(['Mary Smith', 'John Doe']);
    expect(rendered.html).toContain(`number ${index + 1}`);
  }
});

it('a job that fails rejects with its label and the reason', async () => {
  const jobs = [
    { label: 'content/articles/good.md', text: transcript(1), fileURL: `file://${root}/content/articles/good.md` },
    { label: 'content/articles/broken.md', text: transcript(2), fileURL: 'not a url' },
  ];
  await expect(renderInWorkers(jobs, data, () => {})).rejects.toThrow(/^content\/articles\/broken\.md: rendering failed: .*Invalid URL/s);
});

it('an error while handling a result stops the run with that error', async () => {
  const jobs = [{ label: 'content/articles/a.md', text: transcript(1), fileURL: `file://${root}/content/articles/a.md` }];
  await expect(
    renderInWorkers(jobs, data, () => {
      throw new Error('disk full');
    }),
  ).rejects.toThrow('disk full');
});

it('nothing to render starts no thread', async () => {
  let calls = 0;
  await renderInWorkers([], { root: '/nonexistent', shared: {} }, () => calls++);
  expect(calls).toBe(0);
});
