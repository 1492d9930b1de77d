import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkAnnotate from '../annotate/remark.ts';
import { readArticles } from '../content/articles.ts';
import { ContentError, ContentErrors } from '../content/errors.ts';
import { readRegistry } from '../content/registry-file.ts';

export interface CheckReport {
  articles: number;
  errors: string[];
  warnings: string[];
}


/** Validates the registry and every article, and runs the annotator to collect its warnings with file:line:column. */
export async function checkContent(root: string): Promise<CheckReport> {
  const report: CheckReport = { articles: 0, errors: [], warnings: [] };
  try {
    const { registry } = readRegistry(root);
    const articles = readArticles(root, registry);
    const parser = unified().use(remarkParse).use(remarkGfm).use(remarkAnnotate, { registry });
    report.articles = articles.length;
    for (const article of articles) {
      const file = new VFile({ path: article.path, value: article.body, data: { astro: { frontmatter: { ...article.frontmatter } } } });
      await parser.run(parser.parse(file), file);
      for (const message of file.messages) {
        // The body starts at article.bodyLine in the file.
        const line = (message.line ?? 1) + article.bodyLine - 1;
        report.warnings.push(`${article.path}:${line}:${message.column ?? 1}: warning: ${message.reason} [${message.ruleId ?? 'annotate'}]`);
      }
    }
  } catch (error) {
    if (error instanceof ContentErrors) report.errors.push(...error.problems.map((e) => `${e.message}`));
    else if (error instanceof ContentError) report.errors.push(error.message);
    else throw error;
  }
  return report;
}
