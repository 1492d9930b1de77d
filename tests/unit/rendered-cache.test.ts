/**
 * The cache of rendered articles that replaces Astro's content store for HTML and annotations: what is written
 * reads back the same, a missing file is an error naming the article, and pruning keeps exactly the digests asked.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hasRendered, pruneRendered, readAnnotation, readRenderedHtml, renderedCacheDir, writeRendered } from '../../src/content/rendered-cache.ts';
import { renderMarkdown } from '../helpers/render.ts';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'wsw-rendered-'));
  dir = renderedCacheDir(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const article = `---
title: A test
publisher: Test
published: 2024-01-02
kind: transcript
---

MARY SMITH: "We will rebuild," she said. Ça va.

JOHN DOE: Thank you.
`;

it('reads back the HTML and annotation it wrote, under the digest', async () => {
  const { html, annotation } = await renderMarkdown(article);
  expect(annotation.turns).toHaveLength(2);
  expect(hasRendered(dir, 'abc123')).toBe(false);
  writeRendered(dir, 'abc123', html, annotation);
  expect(hasRendered(dir, 'abc123')).toBe(true);
  expect(readRenderedHtml(dir, 'abc123', 'content/articles/a-test.md')).toBe(html);
  expect(readAnnotation(dir, 'abc123', 'content/articles/a-test.md')).toEqual(annotation);
  expect(readdirSync(dir).sort(), 'no temporary files left behind').toEqual(['abc123.html', 'abc123.json']);
});

it('a missing entry is an error that names the article and says how to recover', () => {
  expect(() => readAnnotation(dir, 'ffff', 'content/articles/gone.md')).toThrow(/content\/articles\/gone\.md: .*missing from the cache.*--force/);
  expect(() => readRenderedHtml(dir, 'ffff', 'content/articles/gone.md')).toThrow(/gone\.md/);
});

it('an entry with only its HTML (a build that died before the annotation) does not count as rendered', () => {
  writeRendered(dir, 'aaa', '<p>x</p>', { paragraphs: [], turns: [], quotes: [], mentions: [], entities: [], warnings: [] });
  rmSync(join(dir, 'aaa.json'));
  expect(hasRendered(dir, 'aaa')).toBe(false);
});

it('pruning removes the files of other digests, half-written files included, and keeps the ones asked for', () => {
  const empty = { paragraphs: [], turns: [], quotes: [], mentions: [], entities: [], warnings: [] };
  for (const digest of ['keep1', 'keep2', 'old1', 'old2']) writeRendered(dir, digest, `<p>${digest}</p>`, empty);
  writeFileSync(join(dir, 'old3.html.part'), '<p>half');
  expect(pruneRendered(dir, new Set(['keep1', 'keep2']))).toBe(5);
  expect(readdirSync(dir).sort()).toEqual(['keep1.html', 'keep1.json', 'keep2.html', 'keep2.json']);
  expect(pruneRendered(join(root, 'never-made'), new Set()), 'no folder yet: nothing to prune').toBe(0);
});
