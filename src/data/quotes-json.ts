import { articleUrl, quoteJson, type QuoteJson } from './article-json.ts';
import type { CorpusArticle } from './corpus.ts';

/** One row of `/data/quotes.json`: an article's quote with the article's slug and the quote's permalink. */
export interface CorpusQuoteJson extends QuoteJson {
  article: string;
  url: string;
}

/** Every quote of every article, in corpus order (newest article first), then reading order. */
export function quotesJson(articles: CorpusArticle[]): CorpusQuoteJson[] {
  return articles.flatMap(({ slug, annotation }) =>
    annotation.quotes.map((quote) => ({ ...quoteJson(quote), article: slug, url: `${articleUrl(slug)}#${quote.id}` })),
  );
}
