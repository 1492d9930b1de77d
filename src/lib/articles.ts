import { getCollection, render, type CollectionEntry } from 'astro:content';
import { ANNOTATION_KEY } from '../annotate/remark.ts';
import type { Annotation } from '../annotate/types.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** Every article, newest first, then by title, so listings are stable. */
export async function allArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title));
}

/** One page per article at `[slug]`, with the entry as its prop: for every per-article route. */
export const articlePaths = async () => (await allArticles()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));

/** Renders an article and returns its HTML component with the annotation the remark plugin produced. */
export async function renderArticle(entry: ArticleEntry) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const annotation = remarkPluginFrontmatter[ANNOTATION_KEY] as Annotation | undefined;
  if (!annotation) throw new Error(`${entry.filePath ?? entry.id}: the annotator left no annotation; rebuild with --force`);
  return { Content, annotation };
}
