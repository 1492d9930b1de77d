/** A [start, end) span of a paragraph's text. */
export interface Span {
  start: number;
  end: number;
}

// Words whose full stop does not end a sentence: titles, months, "No.", "vs.".
const ABBREVIATIONS = new Set(
  'mr mrs ms mx dr st sen rep gov gen lt col sgt capt adm maj cmdr jr sr prof rev fr hon pres jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc corp ltd co mt ft fig approx dept est al'.split(
    ' ',
  ),
);

/** True when the full stop at `dot` closes an abbreviation, an initial or an initialism (U.N., J.), not a sentence. */
export function isAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[0] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "J." as an initial, "U.N." or "U.S" + "." as an initialism.
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»']);

/**
 * Splits a paragraph into sentences, never inside a quote: `“A. B,” she said.` is one sentence.
 * `quotes` are the quoted spans, marks included; a sentence may end at a quote's closing mark.
 */
export function sentenceSpans(text: string, quotes: Span[] = []): Span[] {
  const spans: Span[] = [];
  let start = text.search(/\S/);
  if (start < 0) return spans;
  // Per character: inside a quote (marks excluded), or a quote's closing mark; built once so long paragraphs stay linear.
  const inside = new Uint8Array(text.length + 1);
  const closing = new Uint8Array(text.length + 1);
  for (const span of quotes) {
    inside.fill(1, Math.max(0, span.start + 1), Math.min(text.length, span.end));
    if (span.end - span.start > 1 && span.end - 1 <= text.length) closing[span.end - 1] = 1;
  }
  const insideQuote = (i: number) => inside[i] === 1;
  const closesQuote = (i: number) => closing[i] === 1;
  const gapAt = /\s+/y;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    const quoteEnd = closesQuote(i) && SENTENCE_END.has(text[i - 1] ?? '');
    if (!quoteEnd && (!SENTENCE_END.has(char) || insideQuote(i))) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!) && !insideQuote(end)) end++;
    gapAt.lastIndex = end;
    const gap = gapAt.exec(text)?.[0] ?? '';
    const next = text[end + gap.length];
    if (!gap || next === undefined || !/[\p{Lu}\d“"«‘(\[]/u.test(next)) continue;
    if (!quoteEnd && char === '.' && isAbbreviation(text, i)) continue;
    spans.push({ start, end });
    start = end + gap.length;
    i = start - 1;
  }
  spans.push({ start, end: text.trimEnd().length });
  return spans;
}

/**
 * Offsets where a new paragraph starts inside one block of text: scrapers often join paragraphs
 * with two spaces, which a writer never types inside a paragraph after a sentence's end.
 */
export function softParagraphStarts(text: string): number[] {
  return [...text.matchAll(/(?<=[.!?…”"’)\]])[ \t\u00a0]{2,}(?=\S)/gu)].map((match) => match.index + match[0].length);
}
