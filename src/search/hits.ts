/**
 * Turns one Pagefind page result into the turns and quotes that matched, so search lands on the exact words
 * while the index stays page-level (one record per article; see README "Search"). Runs in the browser; no DOM.
 */
import { queryWords } from './highlight.ts';

/** Who said each turn and quote of an article, written into the page as Pagefind meta `who` (see `whoMeta`). */
export interface WhoMap {
  /** Speaker names; turns and quotes point into this list. */
  s: string[];
  /** Turn id → index into `s`, or -1 when the label names no one. */
  t: Record<string, number>;
  /** Quote id → index into `s`, or -1 when unattributed. */
  q: Record<string, number>;
}

/** The parts of a Pagefind fragment this module reads (see Pagefind's PagefindSearchFragment). */
export interface PageFragment {
  url: string;
  content: string;
  locations: number[];
  /** Matched words with Pagefind's score for them: common words ("of") score low. */
  weighted_locations?: { location: number; balanced_score: number }[];
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string; location: number }[];
}

export type HitKind = 'quote' | 'turn' | 'paragraph';

export interface Hit {
  kind: HitKind;
  /** Element id to land on. */
  id: string;
  /** Page URL with the anchor. */
  url: string;
  /** Speaker name, or null (a paragraph of an article, an unattributed quote, an unknown label). */
  speaker: string | null;
  /** Words around the matches, with the matched ones flagged. */
  excerpt: { text: string; match: boolean }[];
  /** The excerpt starts after, or ends before, the target's own words. */
  cutBefore: boolean;
  cutAfter: boolean;
  /** Number of matched words inside the target. */
  matches: number;
  /** Different query words matched: a quote holding the whole phrase beats a turn repeating one word. */
  terms: number;
  /** Sum of Pagefind's scores for the matched words. */
  score: number;
  /** Position of the first match in the page, to keep reading order. */
  first: number;
}

/** Builds the `who` meta of an article from its turns and quotes. */
export function whoMeta(turns: { id: string; speakerName: string; speaker: string | null }[], quotes: { id: string; speakerName: string | null }[]): WhoMap {
  const names: string[] = [];
  const indexOf = (name: string | null) => {
    if (!name) return -1;
    const at = names.indexOf(name);
    return at >= 0 ? at : names.push(name) - 1;
  };
  return {
    s: names,
    t: Object.fromEntries(turns.map((turn) => [turn.id, indexOf(turn.speakerName)])),
    q: Object.fromEntries(quotes.map((quote) => [quote.id, indexOf(quote.speakerName)])),
  };
}

export function parseWho(meta: Record<string, string>): WhoMap {
  try {
    const parsed = JSON.parse(meta['who'] ?? '') as Partial<WhoMap>;
    return { s: parsed.s ?? [], t: parsed.t ?? {}, q: parsed.q ?? {} };
  } catch {
    return { s: [], t: {}, q: {} };
  }
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Span {
  kind: HitKind;
  id: string;
  start: number;
  end: number;
}

/** The [start, end) word ranges of the page's quotes, turns and paragraphs, from Pagefind's anchors. */
function spansOf(fragment: PageFragment, who: WhoMap): Span[] {
  const total = wordCount(fragment.content);
  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  const spans: Span[] = [];
  const blockEnd = (index: number, same: (element: string, id: string) => boolean) => {
    for (let i = index + 1; i < anchors.length; i++) if (same(anchors[i]!.element, anchors[i]!.id)) return anchors[i]!.location;
    return total;
  };
  anchors.forEach((anchor, index) => {
    if (anchor.element === 'q' && anchor.id in who.q) {
      spans.push({ kind: 'quote', id: anchor.id, start: anchor.location, end: anchor.location + Math.max(1, wordCount(anchor.text ?? '')) });
    } else if (anchor.element === 'section' && anchor.id in who.t) {
      spans.push({ kind: 'turn', id: anchor.id, start: anchor.location, end: blockEnd(index, (element, id) => element === 'section' && id in who.t) });
    } else if (anchor.element === 'p' && anchor.id.startsWith('p-')) {
      spans.push({ kind: 'paragraph', id: anchor.id, start: anchor.location, end: blockEnd(index, (element) => element === 'p' || element === 'section') });
    }
  });
  return spans;
}

/** Words around the first match, inside the target where it is long enough. */
function excerptOf(words: string[], span: Span, matched: Set<number>, length = 30) {
  const firstMatch = [...matched].filter((at) => at >= span.start && at < span.end).sort((a, b) => a - b)[0] ?? span.start;
  const from = Math.max(span.start, Math.min(firstMatch - Math.floor(length / 3), span.end - length));
  const to = Math.min(span.end, from + length);
  const excerpt = [];
  for (let at = Math.max(0, from); at < to && at < words.length; at++) excerpt.push({ text: words[at]!, match: matched.has(at) });
  return { excerpt, cutBefore: from > span.start, cutAfter: to < span.end };
}

/**
 * The quotes, turns and paragraphs a page's matched words fall in: a word inside a quote is a quote hit;
 * otherwise a word in a turn is a turn hit; otherwise a paragraph hit. Ordered by how many different query
 * words each holds, then by Pagefind's word scores, then reading order.
 */
export function hitsOf(fragment: PageFragment, query = ''): Hit[] {
  const who = parseWho(fragment.meta);
  const words = fragment.content.split(/\s+/).filter(Boolean);
  const matched = new Set(fragment.locations);
  const scores = new Map((fragment.weighted_locations ?? []).map((w) => [w.location, w.balanced_score]));
  const spans = spansOf(fragment, who);
  const hits = new Map<string, Hit & { seen: Set<string> }>();
  for (const location of [...matched].sort((a, b) => a - b)) {
    const inside = spans.filter((span) => location >= span.start && location < span.end);
    const span = inside.find((s) => s.kind === 'quote') ?? inside.find((s) => s.kind === 'turn') ?? inside.find((s) => s.kind === 'paragraph');
    if (!span) continue;
    const word = (words[location] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const score = scores.get(location) ?? 1;
    const existing = hits.get(span.id);
    if (existing) {
      existing.matches++;
      existing.score += score;
      existing.seen.add(word);
      existing.terms = existing.seen.size;
      continue;
    }
    const speakerIndex = span.kind === 'quote' ? who.q[span.id] : span.kind === 'turn' ? who.t[span.id] : -1;
    hits.set(span.id, {
      kind: span.kind,
      id: span.id,
      url: `${fragment.url.replace(/#.*$/, '')}#${span.id}`,
      speaker: speakerIndex !== undefined && speakerIndex >= 0 ? (who.s[speakerIndex] ?? null) : null,
      ...excerptOf(words, span, matched),
      matches: 1,
      terms: 1,
      score,
      first: location,
      seen: new Set([word]),
    });
  }
  // A speaker's name finds what they said: "Gowan" lists Gowan's quotes and turns, though his name is outside them.
  const telling = queryWords(query);
  const named = new Set(
    who.s.flatMap((name, index) => {
      const nameWords = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
      const folded = telling.map((word) => word.normalize('NFKD').replace(/\p{M}/gu, ''));
      return folded.length > 0 && folded.every((word) => nameWords.some((part) => part.startsWith(word))) ? [index] : [];
    }),
  );
  for (const span of spans) {
    const speakerIndex = span.kind === 'quote' ? who.q[span.id] : span.kind === 'turn' ? who.t[span.id] : undefined;
    if (speakerIndex === undefined || !named.has(speakerIndex) || hits.has(span.id)) continue;
    hits.set(span.id, {
      kind: span.kind,
      id: span.id,
      url: `${fragment.url.replace(/#.*$/, '')}#${span.id}`,
      speaker: who.s[speakerIndex] ?? null,
      ...excerptOf(words, span, matched),
      matches: 0,
      terms: telling.length,
      score: 0,
      first: span.start,
      seen: new Set(telling),
    });
  }
  // A hit that matched only "of" or "the" is noise when the query has words that tell.
  const tells = (seen: Set<string>) => telling.length === 0 || [...seen].some((word) => telling.some((t) => word.startsWith(t) || t.startsWith(word)));
  return [...hits.values()]
    .filter((hit) => tells(hit.seen))
    .map(({ seen: _seen, ...hit }) => hit)
    .sort((a, b) => b.terms - a.terms || b.score - a.score || a.first - b.first);
}
