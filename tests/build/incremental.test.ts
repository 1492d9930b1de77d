/**
 * Rebuilding without --force reuses Astro's content cache: with nothing changed, the markdown pipeline renders no
 * article and every output file is byte-identical; after one article is edited, only that article is rendered
 * again and the other articles' pages and data files stay as they were. The pipeline lists every document it
 * renders in the file named by WSW_RENDER_LOG (src/pipeline/render-log.ts).
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { renderedCacheDir } from '../../src/content/rendered-cache.ts';
import { RENDER_LOG_ENV } from '../../src/pipeline/render-log.ts';
import { changedFiles as changed, fingerprint } from '../helpers/fingerprint.ts';
import { createTempSite, projectRoot, removeTempSite, runAstro } from '../helpers/temp-site.ts';

const articleFiles = readdirSync(join(projectRoot, 'content/articles')).filter((name) => name.endsWith('.md')).sort();
const content = Object.fromEntries(
  ['content/entities.yaml', ...articleFiles.map((name) => `content/articles/${name}`)].map((path) => [path, readFileSync(join(projectRoot, path))]),
);
let dir: string | undefined;
afterAll(() => {
  if (dir) removeTempSite(dir);
});

it('a rebuild renders only what changed, and with nothing changed gives the same files byte for byte', () => {
  dir = createTempSite(content, { ownCaches: true });
  const log = join(dir, 'render-log.txt');
  const dist = join(dir, 'dist');
  const build = () => {
    rmSync(log, { force: true });
    const { status, output } = runAstro(dir!, 'build', { [RENDER_LOG_ENV]: log });
    expect(status, output).toBe(0);
    return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((path) => basename(path)).sort() : [];
  };

  expect(build(), 'rendered by the first build, with an empty cache').toEqual(articleFiles);
  const first = fingerprint(dist);
  expect(first.size).toBeGreaterThan(20);

  expect(build(), 'rendered by a rebuild with nothing changed').toEqual([]);
  expect(changed(first, fingerprint(dist)), 'files that differ after a rebuild with nothing changed').toEqual([]);

  const edited = articleFiles[0]!;
  appendFileSync(join(dir, 'content/articles', edited), '\n\nUpdated after publication.\n');
  expect(build(), 'rendered after one article was edited').toEqual([edited]);
  const differing = changed(first, fingerprint(dist));
  const slug = edited.replace(/\.md$/, '');
  expect(differing).toEqual(expect.arrayContaining([`articles/${slug}/index.html`, `data/articles/${slug}.json`]));
  for (const other of articleFiles.slice(1).map((name) => name.replace(/\.md$/, ''))) {
    expect(differing, `the page of ${other}, which was not edited`).not.toContain(`articles/${other}/index.html`);
    expect(differing).not.toContain(`data/articles/${other}.json`);
  }

  // The rendered HTML and annotations live outside Astro's store (src/content/rendered-cache.ts): losing them
  // means rendering again, not a broken build, and only the edited article's files remain in the folder.
  const renderedDir = renderedCacheDir(dir);
  expect(readdirSync(renderedDir).filter((name) => name.endsWith('.json'))).toHaveLength(articleFiles.length);
  const edited1 = fingerprint(dist);
  rmSync(renderedDir, { recursive: true });
  expect(build(), 'rendered after the cache of rendered articles was deleted').toEqual(articleFiles);
  expect(changed(edited1, fingerprint(dist))).toEqual([]);
});
