/**
 * Each article's rendered HTML and annotation, kept as two files named by the article's content digest.
 *
 * Astro's content store holds every entry in memory and writes them all as one JSON string, which V8 caps at
 * ~512 MB (the 10,000-article build died there), so the store keeps only frontmatter and the digest, and pages
 * read what they need from here: the article page its HTML, the listings only the annotations.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../annotate/types.ts';

/**
 * `<root>/.astro/rendered-articles/`: beside the project, not in node_modules/.astro, because sites that share
 * one node_modules (the test and bench sites) must not prune each other's files.
 */
export const renderedCacheDir = (root: string) => join(root, '.astro', 'rendered-articles');

const htmlFile = (dir: string, digest: string) => join(dir, `${digest}.html`);
const annotationFile = (dir: string, digest: string) => join(dir, `${digest}.json`);

/** Written to a temporary name first, so a build that dies midway leaves no half file under the real name. */
function writeWhole(path: string, text: string): void {
  writeFileSync(`${path}.part`, text);
  renameSync(`${path}.part`, path);
}

export function writeRendered(dir: string, digest: string, html: string, annotation: Annotation): void {
  mkdirSync(dir, { recursive: true });
  writeWhole(htmlFile(dir, digest), html);
  // The annotation last: its presence says both files are complete.
  writeWhole(annotationFile(dir, digest), JSON.stringify(annotation));
}

export const hasRendered = (dir: string, digest: string) => existsSync(annotationFile(dir, digest)) && existsSync(htmlFile(dir, digest));

function readCached(path: string, slug: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${slug}: the rendered article is missing from the cache (${path}); build again with --force`, { cause: error });
  }
}

export const readRenderedHtml = (dir: string, digest: string, slug: string) => readCached(htmlFile(dir, digest), slug);

export const readAnnotation = (dir: string, digest: string, slug: string) => JSON.parse(readCached(annotationFile(dir, digest), slug)) as Annotation;

/** Removes the files of digests no article has any more (edited or deleted articles); returns how many. */
export function pruneRendered(dir: string, keep: ReadonlySet<string>): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (keep.has(name.replace(/\.(html|json)(\.part)?$/, ''))) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
