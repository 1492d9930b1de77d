import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../../src/annotate/registry.ts';
import type { Quote } from '../../src/annotate/types.ts';
import { annotateArticles } from '../../src/cli/annotate-content.ts';
import { readArticleFile } from '../../src/content/articles.ts';
import { readRegistry } from '../../src/content/registry-file.ts';
import type { Gold } from './score.ts';

export const EVAL_DIR = 'tests/eval/quotes';

export interface EvalDocument {
  name: string;
  kind: string;
  gold: Gold;
  quotes: Quote[];
}

/** Annotates every document of the evaluation corpus with the project's registry, beside its gold file. */
export async function loadEvalCorpus(root = process.cwd(), evalDir = EVAL_DIR): Promise<{ documents: EvalDocument[]; registry: Registry }> {
  const { registry } = readRegistry(root);
  const dir = join(root, evalDir);
  const names = readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md' && existsSync(join(dir, name.replace(/\.md$/, '.gold.json')))).sort();
  const articles = names.map((name) => {
    const path = `${evalDir}/${name}`;
    return readArticleFile(root, path, name.replace(/\.md$/, ''));
  });
  const annotated = await annotateArticles(articles, registry);
  const documents = annotated.map(({ article, annotation }) => ({
    name: article.slug,
    kind: article.frontmatter.kind,
    gold: JSON.parse(readFileSync(join(dir, `${article.slug}.gold.json`), 'utf8')) as Gold,
    quotes: annotation.quotes,
  }));
  return { documents, registry };
}
