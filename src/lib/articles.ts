import { getCollection, type CollectionEntry } from 'astro:content';
import type { Annotation } from '../annotate/types.ts';
import { readAnnotation, readRenderedHtml } from '../content/rendered-cache.ts';

/** Set by src/integrations/rendered-cache.ts. */
declare const __RENDERED_CACHE_DIR__: string;

export type ArticleEntry = CollectionEntry<'articles'>;

/** Every article, newest first, then by title, so listings are stable. */
export async function allArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title));
}

/** One page per article at `[slug]`, with the entry as its prop: for every per-article route. */
export const articlePaths = async () => (await allArticles()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));

function digestOf(entry: ArticleEntry): string {
  if (typeof entry.digest !== 'string') throw new Error(`${entry.filePath ?? entry.id}: the content store has no digest for this article; build again with --force`);
  return entry.digest;
}

const annotations = new Map<string, Annotation>();

/**
 * The annotation the remark plugin produced for an article, read once per build: the listings hold every
 * annotation anyway, and each article has several pages (page, citations, data file) that need it.
 */
export function articleAnnotation(entry: ArticleEntry): Annotation {
  const digest = digestOf(entry);
  let annotation = annotations.get(digest);
  if (!annotation) annotations.set(digest, (annotation = readAnnotation(__RENDERED_CACHE_DIR__, digest, entry.filePath ?? entry.id)));
  return annotation;
}

/** The article body as the markdown pipeline rendered it (already sanitised by the annotator: no raw HTML). */
export const articleHtml = (entry: ArticleEntry) => readRenderedHtml(__RENDERED_CACHE_DIR__, digestOf(entry), entry.filePath ?? entry.id);
