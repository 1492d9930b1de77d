/**
 * Scores the annotator's quotes against hand-made gold files (tests/eval/quotes/*.gold.json):
 * did it find each quote, and did it name the right speaker, or rightly name no one?
 */
import { slugify } from '../../src/annotate/ids.ts';
import { nameKey, type Registry } from '../../src/annotate/registry.ts';
import { headNoun } from '../../src/annotate/nouns.ts';
import type { Quote } from '../../src/annotate/types.ts';

export interface GoldQuote {
  text: string;
  /** Full name of the speaker; null when a careful reader cannot tell. */
  speaker?: string | null;
  /** An unnamed source or document: "one senior official", "the letter". */
  descriptor?: string;
  why?: string;
}

export interface Gold {
  quotes: GoldQuote[];
  notQuotes?: string[];
}

export type Verdict = 'right' | 'wrong' | 'abstained' | 'rightly-abstained' | 'missed';

export interface Pairing {
  gold: GoldQuote | null;
  found: Quote | null;
  verdict: Verdict | 'spurious';
}

export interface Score {
  gold: number;
  found: number;
  matched: number;
  /** Gold quotes with a speaker or descriptor. */
  attributable: number;
  /** Found quotes given a speaker or descriptor (matched to gold). */
  attributed: number;
  right: number;
  pairings: Pairing[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const core = (text: string) => squash(text).replace(/^[\s"“”'‘’,.;:!?…—-]+|[\s"“”'‘’,.;:!?…—-]+$/gu, '');

/** Same quote: equal once edge punctuation is dropped, or one holds the other and they mostly overlap. */
function sameQuote(gold: string, found: string): boolean {
  const a = core(gold);
  const b = core(found);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length > 0 && long.includes(short) && short.length / long.length >= 0.8;
}


export function speakerMatches(gold: GoldQuote, found: Quote, registry: Registry): boolean {
  if (gold.speaker) {
    // A speaker the annotator names without an entity (a transcript label nothing resolves) still counts by name.
    if (!found.speaker) return !!found.speakerName && nameKey(found.speakerName) === nameKey(gold.speaker);
    const known = registry.byName.get(nameKey(gold.speaker));
    return found.speaker === (known?.id ?? slugify(gold.speaker, { maxLength: 80 })) || nameKey(found.speakerName ?? '') === nameKey(gold.speaker);
  }
  if (gold.descriptor) {
    if (!found.speakerName) return false;
    const known = registry.byName.get(nameKey(gold.descriptor));
    if (known) return found.speaker === known.id;
    return found.speaker === null && headNoun(found.speakerName) === headNoun(gold.descriptor);
  }
  return false;
}

/** Pairs gold and found quotes in reading order and judges each pair. */
export function scoreDocument(gold: Gold, found: Quote[], registry: Registry): Score {
  const pairings: Pairing[] = [];
  let next = 0;
  const used = new Set<number>();
  for (const goldQuote of gold.quotes) {
    let index = -1;
    for (let i = next; i < found.length; i++) {
      if (!used.has(i) && sameQuote(goldQuote.text, found[i]!.text)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      pairings.push({ gold: goldQuote, found: null, verdict: 'missed' });
      continue;
    }
    used.add(index);
    next = index + 1;
    const quote = found[index]!;
    const attributable = !!(goldQuote.speaker || goldQuote.descriptor);
    const attributed = quote.speakerName !== null;
    const verdict: Verdict = !attributed
      ? attributable
        ? 'abstained'
        : 'rightly-abstained'
      : attributable && speakerMatches(goldQuote, quote, registry)
        ? 'right'
        : 'wrong';
    pairings.push({ gold: goldQuote, found: quote, verdict });
  }
  found.forEach((quote, i) => {
    if (!used.has(i)) pairings.push({ gold: null, found: quote, verdict: 'spurious' });
  });
  const matched = pairings.filter((p) => p.gold && p.found);
  return {
    gold: gold.quotes.length,
    found: found.length,
    matched: matched.length,
    attributable: gold.quotes.filter((q) => q.speaker || q.descriptor).length,
    attributed: matched.filter((p) => p.found!.speakerName !== null).length,
    right: matched.filter((p) => p.verdict === 'right').length,
    pairings,
  };
}

/** Sums document scores. */
export function total(scores: Score[]): Score {
  const sum = (key: keyof Omit<Score, 'pairings'>) => scores.reduce((n, s) => n + s[key], 0);
  return {
    gold: sum('gold'),
    found: sum('found'),
    matched: sum('matched'),
    attributable: sum('attributable'),
    attributed: sum('attributed'),
    right: sum('right'),
    pairings: scores.flatMap((s) => s.pairings),
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Detection precision and recall, attribution precision (right among attributed) and recall (right among attributable). */
export const metrics = (score: Score) => ({
  detectionPrecision: ratio(score.matched, score.found),
  detectionRecall: ratio(score.matched, score.gold),
  attributionPrecision: ratio(score.right, score.attributed),
  attributionRecall: ratio(score.right, score.attributable),
});
