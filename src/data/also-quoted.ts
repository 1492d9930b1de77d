/**
 * The same words quoted in more than one article: a quote matches another when, after normalising
 * whitespace, quote marks and case (and dropping punctuation at its ends), one contains the other as whole words.
 */
import { articleUrl } from './article-json.ts';
import { findPhrase } from './phrase.ts';

/** Fewest words the shorter of two quotes needs to link them: two-word quotes ("an invasion") match by chance. */
export const MIN_SHARED_WORDS = 3;
/** Words quoted in more articles than this are a commonplace ("I don't know what to say"), linked nowhere. */
export const MAX_SHARED_ARTICLES = 10;
/** Most links a quote shows: the first in the order the articles are given (newest first on the site). */
export const MAX_LINKS = 5;
/** Most candidate quotes checked for one quote's words; more means words so common they count as a commonplace. */
export const MAX_CANDIDATES = 2000;

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
  /** The normalised text. */
  text: string;
  /** A hash of each run of `minWords` words, in order (collisions only cost a needless containment check). */
  runs: number[];
  /** Position among all quotes: articles in the order given, quotes in reading order. */
  order: number;
}

/** Hashes of each run of `size` consecutive word ids (FNV-1a over the ids, cut to 30 bits). */
function runHashes(ids: number[], size: number): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + size <= ids.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < size; k++) hash = Math.imul(hash ^ ids[i + k]!, 0x01000193);
    // 30 bits keep the hash a small integer, which Maps key much faster than a heap number.
    hashes.push(hash & 0x3fffffff);
  }
  return hashes;
}

/**
 * Every quote that shares its words with a quote in another article, both ways: if A's quote is contained in B's,
 * A's links to B's and B's to A's. Each quote links at most once to each other article (its first match there,
 * in reading order), to at most `MAX_LINKS` articles in the order of `articles`; words found in more than
 * `MAX_SHARED_ARTICLES` articles link nowhere. Candidates come from an index of word runs (each quote is looked up
 * by its rarest run), not from comparing every pair, so the time grows with the words quoted.
 */
export function findAlsoQuoted(articles: readonly QuotingArticle[], minWords = MIN_SHARED_WORDS): AlsoQuoted {
  if (!Number.isInteger(minWords) || minWords < 1) throw new RangeError(`findAlsoQuoted: minWords must be a whole number of at least 1, got ${minWords}`);
  const wordIds = new Map<string, number>();
  const idOf = (word: string) => wordIds.get(word) ?? wordIds.set(word, wordIds.size).get(word)!;
  const entries: Entry[] = [];
  for (const article of articles) {
    for (const { id, text } of article.quotes) {
      const normal = normalizeQuote(text);
      const words = normal.match(WORD) ?? [];
      if (words.length >= minWords) entries.push({ article, id, text: normal, runs: runHashes(words.map(idOf), minWords), order: entries.length });
    }
  }

  // How many quotes hold each run; each quote is then filed under its rarest run, which any quote containing it holds too.
  const holding = new Map<number, number>();
  for (const entry of entries) for (const run of new Set(entry.runs)) holding.set(run, (holding.get(run) ?? 0) + 1);
  const filed = new Map<number, Entry[]>();
  for (const entry of entries) {
    const rarest = entry.runs.reduce((best, run) => (holding.get(run)! < holding.get(best)! ? run : best));
    // Words whose every run is this common make a commonplace: not worth a link, nor the comparisons.
    if (holding.get(rarest)! <= MAX_CANDIDATES) (filed.get(rarest) ?? filed.set(rarest, []).get(rarest)!).push(entry);
  }

  // Each shorter quote → the quotes in other articles containing it, until they span too many articles.
  const containing = new Map<Entry, Entry[]>();
  const commonplace = new Set<Entry>();
  for (const longer of entries) {
    for (const run of new Set(longer.runs)) {
      for (const shorter of filed.get(run) ?? []) {
        if (shorter.article === longer.article || commonplace.has(shorter)) continue;
        if (findPhrase(longer.text, shorter.text, 0, { foldCase: false }) === -1) continue;
        const found = containing.get(shorter) ?? containing.set(shorter, []).get(shorter)!;
        found.push(longer);
        if (new Set(found.map((entry) => entry.article)).size + 1 > MAX_SHARED_ARTICLES) {
          commonplace.add(shorter);
          containing.delete(shorter);
        }
      }
    }
  }

  // Each quote's links: at most MAX_LINKS, one per article (its first quote there), the earliest first.
  const links = new Map<Entry, Entry[]>();
  const offer = (from: Entry, to: Entry) => {
    const list = links.get(from) ?? links.set(from, []).get(from)!;
    const same = list.findIndex((other) => other.article === to.article);
    if (same !== -1) {
      if (list[same]!.order <= to.order) return;
      list.splice(same, 1);
    }
    const at = list.findIndex((other) => other.order > to.order);
    list.splice(at === -1 ? list.length : at, 0, to);
    if (list.length > MAX_LINKS) list.pop();
  };
  for (const [shorter, longer] of containing) {
    for (const other of longer) {
      offer(shorter, other);
      offer(other, shorter);
    }
  }

  const result: AlsoQuoted = new Map();
  for (const [from, targets] of [...links].sort(([a], [b]) => a.order - b.order)) {
    const byQuote = result.get(from.article.slug) ?? result.set(from.article.slug, new Map()).get(from.article.slug)!;
    byQuote.set(
      from.id,
      targets.map((to) => ({ slug: to.article.slug, title: to.article.title, quote: to.id, url: `${articleUrl(to.article.slug)}#${to.id}` })),
    );
  }
  return result;
}
