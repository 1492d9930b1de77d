import { slugify } from '../annotate/ids.ts';
import type { Annotation, Quote } from '../annotate/types.ts';

export { evidenceOf } from '../annotate/methods.ts';

/** Everyone quoted in one article (an entity, an unnamed source, or nobody sure), for its legend and highlighter. */
export interface QuoteSource {
  /** Id for the highlighter's radio button: the entity id, or a slug of the description. */
  key: string;
  id: string | null;
  name: string;
  quotes: number;
  /** CSS selector of this source's `<q>` elements. */
  selector: string;
}

/** A CSS string literal that cannot end the string, the rule or the `<style>` element it sits in. */
export const cssString = (value: string) => `"${value.replace(/[\\"<>\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;

/** A short, stable hash of a text, so two descriptions with the same slug still get different keys. */
const shortHash = (text: string) => {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  return hash.toString(36).slice(0, 6);
};

/** The anchor or key of an unnamed source: readable and stable, unique for each exact description. */
export const unnamedKey = (name: string) => `source-${slugify(name, { maxLength: 40 }) || 'x'}-${shortHash(name)}`;

const sourceOf = (quote: Quote): Omit<QuoteSource, 'quotes'> => {
  if (quote.speaker) return { key: `by-${quote.speaker}`, id: quote.speaker, name: quote.speakerName ?? quote.speaker, selector: `q[data-speaker=${cssString(quote.speaker)}]` };
  if (quote.speakerName) {
    return {
      key: unnamedKey(quote.speakerName),
      id: null,
      name: quote.speakerName,
      selector: `q[data-speaker-name=${cssString(quote.speakerName)}]:not([data-speaker])`,
    };
  }
  return { key: 'unattributed', id: null, name: 'Unattributed', selector: 'q[data-attribution="unattributed"]' };
};

/** Sources in order of first quote; the unattributed ones last. */
export function quoteSourcesOf(annotation: Annotation): QuoteSource[] {
  const sources = new Map<string, QuoteSource>();
  for (const quote of annotation.quotes) {
    const source = sourceOf(quote);
    const row = sources.get(source.key) ?? sources.set(source.key, { ...source, quotes: 0 }).get(source.key)!;
    row.quotes++;
  }
  return [...sources.values()].sort((a, b) => Number(a.key === 'unattributed') - Number(b.key === 'unattributed'));
}
