/**
 * The same words quoted in more than one article: a quote matches another when, after normalising
 * whitespace, quote marks and case (and dropping punctuation at its ends), one contains the other as whole words.
 */
import { articleUrl } from './article-json.ts';
import { findPhrase } from './phrase.ts';

/** Fewest words the shorter of two quotes needs to link them: two-word quotes ("an invasion") match by chance. */
export const MIN_SHARED_WORDS = 3;

/** What the matching needs of an article. */
export interface QuotingArticle {
  slug: string;
  title: string;
  /** In reading order. */
  quotes: readonly { id: string; text: string }[];
}

/** A link from a quote to the same words in another article. */
export interface AlsoQuotedLink {
  slug: string;
  title: string;
  /** Id of the matching quote in that article. */
  quote: string;
  /** `/articles/<slug>/#<quote id>`. */
  url: string;
}

/** Links by article slug, then by quote id; quotes with no match are absent. */
export type AlsoQuoted = Map<string, Map<string, AlsoQuotedLink[]>>;

const EDGE_PUNCTUATION = /^[\s"'.,;:!?…–—-]+|[\s"'.,;:!?…–—-]+$/g;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Lower case, one kind of each quote mark, single spaces, no punctuation or marks at the ends. */
export const normalizeQuote = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”„‟«»〝〞＂]/g, '"')
    .replace(/[‘’‚‛‹›′`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(EDGE_PUNCTUATION, '');

interface Entry {
  article: QuotingArticle;
  id: string;
  text: string;
  words: string[];
}

/**
 * Every quote that shares its words with a quote in another article, both ways: if A's quote is contained in B's,
 * A's links to B's and B's to A's. Each quote links at most once to each other article (its first match there,
 * in reading order), and links follow the order of `articles`. Runs in time about linear in the words quoted:
 * candidates come from an index of word sequences, not from comparing every pair.
 */
export function findAlsoQuoted(articles: readonly QuotingArticle[], minWords = MIN_SHARED_WORDS): AlsoQuoted {
  if (!Number.isInteger(minWords) || minWords < 1) throw new RangeError(`findAlsoQuoted: minWords must be a whole number of at least 1, got ${minWords}`);
  const entries: Entry[] = articles.flatMap((article) =>
    article.quotes.flatMap(({ id, text }) => {
      const normal = normalizeQuote(text);
      const words = normal.match(WORD) ?? [];
      return words.length >= minWords ? [{ article, id, text: normal, words }] : [];
    }),
  );
  // Each run of `minWords` words → the quotes holding it, each once.
  const holders = new Map<string, Entry[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (let i = 0; i + minWords <= entry.words.length; i++) {
      const run = entry.words.slice(i, i + minWords).join(' ');
      if (seen.has(run)) continue;
      seen.add(run);
      (holders.get(run) ?? holders.set(run, []).get(run)!).push(entry);
    }
  }

  const matched = new Map<Entry, Set<Entry>>();
  const link = (from: Entry, to: Entry) => (matched.get(from) ?? matched.set(from, new Set()).get(from)!).add(to);
  for (const shorter of entries) {
    for (const longer of holders.get(shorter.words.slice(0, minWords).join(' ')) ?? []) {
      if (longer.article === shorter.article || findPhrase(longer.text, shorter.text) === -1) continue;
      link(shorter, longer);
      link(longer, shorter);
    }
  }

  const order = new Map(entries.map((entry, i) => [entry, i] as const));
  const result: AlsoQuoted = new Map();
  for (const [from, targets] of matched) {
    const links: AlsoQuotedLink[] = [];
    for (const to of [...targets].sort((a, b) => order.get(a)! - order.get(b)!)) {
      if (links.some((existing) => existing.slug === to.article.slug)) continue;
      links.push({ slug: to.article.slug, title: to.article.title, quote: to.id, url: `${articleUrl(to.article.slug)}#${to.id}` });
    }
    const byQuote = result.get(from.article.slug) ?? result.set(from.article.slug, new Map()).get(from.article.slug)!;
    byQuote.set(from.id, links);
  }
  return result;
}
