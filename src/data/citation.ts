/** Plain-text citations of an article, its turns and its quotes: who, what, where and a permanent link. */
import { DEFAULT_SITE_URL } from '../exports/site-url.ts';
import type { Annotation } from '../annotate/types.ts';
import { formatDate } from '../lib/format.ts';
import { excerpt } from './excerpt.ts';
import { collapseSpace } from './phrase.ts';

/** Words of a turn shown with its citation in a list. */
export const OPENING_WORDS = 10;

/** What a citation says about the article. */
export interface CitedArticle {
  title: string;
  publisher: string;
  /** `YYYY-MM-DD`. */
  published: string;
}

/** A citation: the words, then the permanent link (kept apart so a page can make it a link). */
export interface Citation {
  text: string;
  url: string;
}

/** One turn or quote of an article with its citation and a link that lands on its exact words. */
export interface CitationEntry {
  /** Element id of the turn or quote. */
  id: string;
  kind: 'turn' | 'quote';
  /** For a turn, its opening words, so a list of citations says which turn is which; quotes carry their words already. */
  opening: string | null;
  citation: Citation;
  /** The permalink with a text directive (`…#q-id:~:text=…`); the permalink alone when there are no words. */
  wordsUrl: string;
}

/** The citation as one line of text, as it is copied. */
export const citationLine = ({ text, url }: Citation) => `${text} ${url}`;

/**
 * An absolute URL on the configured site, or the path itself when no site is configured (the browser adds its origin).
 * The local preview address stands in for an unset SITE_URL: a citation naming it would be wrong once the site is deployed.
 */
export const siteUrl = (path: string, site: URL | string | undefined) =>
  site && new URL(site).origin !== DEFAULT_SITE_URL ? new URL(path, site).href : path;

// Inside “…” a nested “…” becomes ‘…’, as in print.
const inQuotes = (text: string) => `“${collapseSpace(text).replace(/“/g, '‘').replace(/”/g, '’')}”`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where it was said: `“Title”, Publisher, 26 April 2022.` */
export const citedSource = ({ title, publisher, published }: CitedArticle) => `${inQuotes(title)}, ${publisher}, ${formatDate(published)}.`;

/** `“Title”, Publisher, 26 April 2022. <url>` */
export const articleCitation = (article: CitedArticle, url: string): Citation => ({ text: citedSource(article), url });

/** `Speaker, in “Title”, Publisher, 26 April 2022. <url#turn>`; `source` is `citedSource` of the article. */
export const turnCitation = (source: string, speakerName: string, url: string): Citation => ({ text: `${collapseSpace(speakerName)}, in ${source}`, url });

/** `“The words.” Speaker, quoted in “Title”, Publisher, 26 April 2022. <url#quote>`; "Unattributed" when no one is named. */
export const quoteCitation = (source: string, quote: { text: string; speakerName: string | null }, url: string): Citation => ({
  text: `${inQuotes(quote.text)} ${quote.speakerName ? capitalize(collapseSpace(quote.speakerName)) : 'Unattributed'}, quoted in ${source}`,
  url,
});

/**
 * The citation of every turn and quote of an article, in page order (turns, then quotes), each with its link to
 * the exact words. `pageUrl` is the article's address (absolute, or a path when the site has no configured origin);
 * `directives` maps element ids to text directives (`text=…`).
 */
export function citationEntries(annotation: Annotation, article: CitedArticle, pageUrl: string, directives: Map<string, string>): CitationEntry[] {
  const entry = (id: string, kind: CitationEntry['kind'], opening: string | null, citation: Citation): CitationEntry => {
    const directive = directives.get(id);
    return { id, kind, opening, citation, wordsUrl: directive ? `${citation.url}:~:${directive}` : citation.url };
  };
  const source = citedSource(article);
  const text = new Map(annotation.paragraphs.map((p) => [p.id, p.text] as const));
  const openingOf = (paragraphs: string[]) => excerpt(paragraphs.map((id) => text.get(id) ?? '').join(' '), OPENING_WORDS);
  return [
    ...annotation.turns.map((turn) => entry(turn.id, 'turn', openingOf(turn.paragraphs), turnCitation(source, turn.speakerName, `${pageUrl}#${turn.id}`))),
    ...annotation.quotes.map((quote) => entry(quote.id, 'quote', null, quoteCitation(source, quote, `${pageUrl}#${quote.id}`))),
  ];
}
