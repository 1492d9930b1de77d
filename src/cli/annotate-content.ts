import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkAnnotate, { ANNOTATION_KEY, frontmatterOf } from '../annotate/remark.ts';
import type { Registry } from '../annotate/registry.ts';
import type { Annotation } from '../annotate/types.ts';
import type { ArticleFile } from '../content/articles.ts';

export interface AnnotatedArticle {
  article: ArticleFile;
  annotation: Annotation;
  /** The annotator's warnings, positioned in the file (`path:line:column`). */
  warnings: { line: number; column: number; reason: string; ruleId: string }[];
}

/** Runs the site's remark pipeline (without rendering HTML) over validated articles, for command-line tools. */
export async function annotateArticles(articles: ArticleFile[], registry: Registry): Promise<AnnotatedArticle[]> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkAnnotate, { registry });
  const results: AnnotatedArticle[] = [];
  for (const article of articles) {
    const file = new VFile({ path: article.path, value: article.body, data: { astro: { frontmatter: { ...article.frontmatter } } } });
    await processor.run(processor.parse(file), file);
    results.push({
      article,
      annotation: frontmatterOf(file)[ANNOTATION_KEY] as Annotation,
      // The body starts at article.bodyLine in the file.
      warnings: file.messages.map((message) => ({
        line: (message.line ?? 1) + article.bodyLine - 1,
        column: message.column ?? 1,
        reason: message.reason,
        ruleId: message.ruleId ?? 'annotate',
      })),
    });
  }
  return results;
}
