import type { AttributionMethod, Quote } from './types.ts';

/** Each attribution method in words a reader follows. */
export const METHOD_LABELS: Record<AttributionMethod, string> = {
  stated: 'named in the text',
  label: 'named in the turn',
  pronoun: 'from a pronoun',
  continuation: 'continues the last quote',
  descriptor: 'unnamed source',
};

/** "named in the text, 95%": how a speaker was decided and how sure; "no clear speaker" when unattributed. */
export const evidenceOf = (quote: Pick<Quote, 'attribution' | 'confidence'>) =>
  quote.attribution ? `${METHOD_LABELS[quote.attribution]}, ${Math.round(quote.confidence * 100)}%` : 'no clear speaker';
