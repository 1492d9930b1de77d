/**
 * Two builds of the same content, in two separate copies of the site, give byte-identical output, search index
 * included: nothing depends on the folder, file-system order or the time of day. (The copies share Astro's cache
 * under node_modules, as a rebuild of unchanged content does.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createTempSite, projectRoot, removeTempSite, runAstro } from '../helpers/temp-site.ts';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)).map((inner) => join(name, inner)) : [name]));
}

const content = Object.fromEntries(
  ['content/entities.yaml', ...readdirSync(join(projectRoot, 'content/articles')).map((name) => `content/articles/${name}`)].map((path) => [path, readFileSync(join(projectRoot, path))]),
);
const sites: string[] = [];
afterAll(() => sites.forEach(removeTempSite));

it('building the same content twice gives the same files, byte for byte', () => {
  const outputs = [0, 1].map(() => {
    const dir = createTempSite(content);
    sites.push(dir);
    const { status, output } = runAstro(dir);
    expect(status, output).toBe(0);
    return join(dir, 'dist');
  });
  const [first, second] = outputs as [string, string];
  const files = walk(first);
  expect(files.length).toBeGreaterThan(20);
  expect(walk(second)).toEqual(files);
  const differing = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
  expect(differing).toEqual([]);
});
