import type { Annotation } from '../annotate/types.ts';
import type { ArticleFrontmatter } from '../content/schema.ts';

/** `/data/articles/<slug>.json`: the public contract in docs/design.md, so its shape changes only with a version field. */
export interface ArticleJson {
  slug: string;
  title: string;
  kind: ArticleFrontmatter['kind'];
  publisher: string;
  published: string;
  url: string;
  paragraphs: { id: string; text: string; turn: string | null; speaker: string | null; framing?: true }[];
  turns: { id: string; speaker: string | null; label: string | null; paragraphs: string[] }[];
}

export const articleUrl = (slug: string) => `/articles/${slug}/`;

export function articleJson(slug: string, frontmatter: ArticleFrontmatter, annotation: Annotation): ArticleJson {
  return {
    slug,
    title: frontmatter.title,
    kind: frontmatter.kind,
    publisher: frontmatter.publisher,
    published: frontmatter.published,
    url: articleUrl(slug),
    paragraphs: annotation.paragraphs.map(({ id, text, turn, speaker, framing }) => ({ id, text, turn, speaker, ...(framing ? { framing: true as const } : {}) })),
    turns: annotation.turns.map(({ id, speaker, label, paragraphs }) => ({ id, speaker, label, paragraphs })),
  };
}
