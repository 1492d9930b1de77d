import { listPageSize, pack } from './pagination.ts';
import type { QuoteGroup, QuotesInArticle } from './quote-index.ts';

/** One group's articles on one page; `continued` when the group began on an earlier page. */
export interface QuotePageSection {
  group: QuoteGroup;
  articles: QuotesInArticle[];
  continued: boolean;
}

export interface QuotePage {
  /** From 1. */
  number: number;
  sections: QuotePageSection[];
}

const quoteCount = (articles: QuotesInArticle[]) => articles.reduce((sum, article) => sum + article.quotes.length, 0);

/**
 * The quotes index cut into pages in group order. A group that fits on a page is never split; a bigger one is
 * split between its articles. `pageOf` gives the page where each group (by anchor) begins.
 */
export function quotePages(groups: QuoteGroup[], size = listPageSize()): { pages: QuotePage[]; pageOf: Map<string, number> } {
  const sections = groups.flatMap((group) =>
    (group.count <= size ? [group.articles] : pack(group.articles, (article) => article.quotes.length, size)).map((articles, i) => ({ group, articles, continued: i > 0 })),
  );
  const pages = pack(sections, (section) => quoteCount(section.articles), size).map((sections, i) => ({ number: i + 1, sections }));
  const pageOf = new Map<string, number>();
  for (const page of pages) for (const section of page.sections) if (!section.continued) pageOf.set(section.group.anchor, page.number);
  return { pages, pageOf };
}
