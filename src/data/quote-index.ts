import type { AttributionMethod } from '../annotate/types.ts';
import { articleUrl } from './article-json.ts';
import type { CorpusArticle } from './corpus.ts';

export interface IndexedQuote {
  id: string;
  text: string;
  url: string;
  article: { slug: string; title: string; publisher: string; published: string };
  attribution: AttributionMethod | null;
  confidence: number;
}

/** A group of the quotes page: one speaker, one unnamed source, or the unattributed quotes. */
export interface QuoteGroup {
  anchor: string;
  id: string | null;
  name: string;
  kind: 'speaker' | 'unnamed' | 'unattributed';
  quotes: IndexedQuote[];
}

/** Every quote, grouped by who said it: named speakers by number of quotes, then unnamed sources, then unattributed. */
export function groupQuotes(articles: CorpusArticle[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const { slug, frontmatter, annotation } of articles) {
    const article = { slug, title: frontmatter.title, publisher: frontmatter.publisher, published: frontmatter.published };
    for (const quote of annotation.quotes) {
      const kind = quote.speaker ? 'speaker' : quote.speakerName ? 'unnamed' : 'unattributed';
      const key = quote.speaker ?? (quote.speakerName ? `unnamed:${quote.speakerName.toLowerCase()}` : 'unattributed');
      const group =
        groups.get(key) ??
        groups
          .set(key, { anchor: kind === 'speaker' ? `by-${quote.speaker}` : kind === 'unnamed' ? `unnamed-${groups.size}` : 'unattributed', id: quote.speaker, name: quote.speakerName ?? 'Unattributed', kind, quotes: [] })
          .get(key)!;
      group.quotes.push({ id: quote.id, text: quote.text, url: `${articleUrl(slug)}#${quote.id}`, article, attribution: quote.attribution, confidence: quote.confidence });
    }
  }
  const order = { speaker: 0, unnamed: 1, unattributed: 2 };
  return [...groups.values()].sort((a, b) => order[a.kind] - order[b.kind] || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
}
