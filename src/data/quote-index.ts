import type { AttributionMethod } from '../annotate/types.ts';
import { articleUrl } from './article-json.ts';
import type { CorpusArticle } from './corpus.ts';
import { unnamedKey } from './quote-sources.ts';

export interface IndexedQuote {
  id: string;
  text: string;
  url: string;
  attribution: AttributionMethod | null;
  confidence: number;
}

/** One article's quotes within a group. */
export interface QuotesInArticle {
  slug: string;
  title: string;
  publisher: string;
  published: string;
  quotes: IndexedQuote[];
}

/** A group of the quotes page: one speaker, one unnamed source, or the unattributed quotes. */
export interface QuoteGroup {
  /** Stable anchor: `by-<entity id>`, `source-<slug>-<hash>` for an unnamed source, or `unattributed`. */
  anchor: string;
  id: string | null;
  name: string;
  kind: 'speaker' | 'unnamed' | 'unattributed';
  articles: QuotesInArticle[];
  count: number;
}

/** Every quote, grouped by who said it and then by article: named speakers by number of quotes, then unnamed sources, then unattributed. */
export function groupQuotes(articles: CorpusArticle[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const { slug, frontmatter, annotation } of articles) {
    for (const quote of annotation.quotes) {
      const kind = quote.speaker ? 'speaker' : quote.speakerName ? 'unnamed' : 'unattributed';
      const anchor = quote.speaker ? `by-${quote.speaker}` : quote.speakerName ? unnamedKey(quote.speakerName) : 'unattributed';
      const group = groups.get(anchor) ?? groups.set(anchor, { anchor, id: quote.speaker, name: quote.speakerName ?? 'Unattributed', kind, articles: [], count: 0 }).get(anchor)!;
      let entry = group.articles.at(-1);
      if (entry?.slug !== slug) {
        entry = { slug, title: frontmatter.title, publisher: frontmatter.publisher, published: frontmatter.published, quotes: [] };
        group.articles.push(entry);
      }
      entry.quotes.push({ id: quote.id, text: quote.text, url: `${articleUrl(slug)}#${quote.id}`, attribution: quote.attribution, confidence: quote.confidence });
      group.count++;
    }
  }
  const order = { speaker: 0, unnamed: 1, unattributed: 2 };
  return [...groups.values()].sort((a, b) => order[a.kind] - order[b.kind] || b.count - a.count || a.name.localeCompare(b.name));
}
