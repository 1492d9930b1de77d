import type { CorpusArticle } from '../data/corpus.ts';
import { allArticles, articleAnnotation } from './articles.ts';

let corpus: Promise<CorpusArticle[]> | undefined;

/** Every article with its annotation, newest first; read once per build and shared by all pages. */
export function loadCorpus(): Promise<CorpusArticle[]> {
  corpus ??= allArticles().then((entries) => entries.map((entry) => ({ slug: entry.id, frontmatter: entry.data, annotation: articleAnnotation(entry) })));
  return corpus;
}
