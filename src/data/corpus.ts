import type { Annotation } from '../annotate/types.ts';
import type { ArticleFrontmatter } from '../content/schema.ts';

/** One annotated article, as every corpus-wide view (entity pages, data files) reads it. */
export interface CorpusArticle {
  slug: string;
  frontmatter: ArticleFrontmatter;
  annotation: Annotation;
}
