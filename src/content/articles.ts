import { readdirSync, readFileSync } from 'node:fs';
import { slugify } from '../annotate/ids.ts';
import type { Registry } from '../annotate/registry.ts';
import { ContentError, ContentErrors } from './errors.ts';
import { decodeUtf8, parseArticleSource, type ArticleSource } from './source.ts';

export const ARTICLES_DIR = 'content/articles';

export interface ArticleFile extends ArticleSource {
  /** URL slug, from the file name. */
  slug: string;
  /** Path relative to the project root, for messages. */
  path: string;
}

/** The slug of `content/articles/<name>.md`: the file name, lower-cased, diacritics folded. */
export const slugFromFileName = (name: string) => slugify(name.replace(/\.md$/i, ''), { maxLength: 120 });

/** Reads and parses one article file, `path` relative to `root`; throws ContentError naming file, line and field. */
export function readArticleFile(root: string, path: string, slug = slugFromFileName(path.split('/').pop()!)): ArticleFile {
  return { ...parseArticleSource(decodeUtf8(readFileSync(`${root.replace(/\/$/, '')}/${path}`), path), path), slug, path };
}

/** Checks that the ids a file names exist in the registry. */
function checkRegistryIds(article: ArticleFile, registry: Registry): void {
  const { host, speakers } = article.frontmatter;
  const unknown = (id: string, field: string) =>
    new ContentError(article.path, `names ${id}, which is not in content/entities.yaml; expected one of its ids (add the entity there)`, {
      field,
      line: article.fieldLines.get(field.split('.')[0]!),
    });
  if (host && !registry.byId.has(host)) throw unknown(host, 'host');
  for (const [label, id] of Object.entries(speakers ?? {})) if (!registry.byId.has(id)) throw unknown(id, `speakers.${label}`);
}

/**
 * Reads every `*.md` under `<root>/content/articles` in name order, validating each.
 * All problems are gathered and thrown together as ContentErrors.
 */
export function readArticles(root: string, registry: Registry, dir = ARTICLES_DIR): ArticleFile[] {
  const base = `${root.replace(/\/$/, '')}/${dir}`;
  const names = readdirSync(base)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort();
  const errors: ContentError[] = [];
  const bySlug = new Map<string, string>();
  const articles: ArticleFile[] = [];
  for (const name of names) {
    const path = `${dir}/${name}`;
    try {
      const slug = slugFromFileName(name);
      if (!slug) throw new ContentError(path, 'the file name gives an empty slug; expected letters or digits in the name');
      const other = bySlug.get(slug);
      if (other) throw new ContentError(path, `slug "${slug}" is also the slug of ${other}; expected each file name to give a different slug`);
      bySlug.set(slug, path);
      const article = readArticleFile(root, path, slug);
      checkRegistryIds(article, registry);
      articles.push(article);
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  return articles;
}
