import type { Annotation, Quote } from '../annotate/types.ts';
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
  quotes: QuoteJson[];
  mentions: { entity: string; text: string; paragraph: string; start: number; end: number }[];
}

/** One quote in the data files: where it is, who said it, how that was decided. */
export interface QuoteJson {
  id: string;
  text: string;
  paragraph: string;
  speaker: string | null;
  speakerName: string | null;
  attribution: Quote['attribution'];
  confidence: number;
}

export const quoteJson = ({ id, text, paragraph, speaker, speakerName, attribution, confidence }: Quote): QuoteJson => ({
  id,
  text,
  paragraph,
  speaker,
  speakerName,
  attribution,
  confidence,
});

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
    quotes: annotation.quotes.map(quoteJson),
    mentions: annotation.mentions.map(({ entity, text, paragraph, start, end }) => ({ entity, text, paragraph, start, end })),
  };
}
