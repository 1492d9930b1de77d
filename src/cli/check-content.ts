import { readArticles } from '../content/articles.ts';
import { ContentError, ContentErrors } from '../content/errors.ts';
import { readRegistry } from '../content/registry-file.ts';
import { annotateArticles } from './annotate-content.ts';

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
    report.articles = articles.length;
    for (const { article, warnings } of await annotateArticles(articles, registry)) {
      for (const w of warnings) report.warnings.push(`${article.path}:${w.line}:${w.column}: warning: ${w.reason} [${w.ruleId}]`);
    }
  } catch (error) {
    if (error instanceof ContentErrors) report.errors.push(...error.problems.map((e) => `${e.message}`));
    else if (error instanceof ContentError) report.errors.push(error.message);
    else throw error;
  }
  return report;
}
