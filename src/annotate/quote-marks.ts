/** A quoted span in a paragraph's text: `open` is the opening mark, `close` the closing mark (or the text's end). */
export interface QuoteSpan {
  open: number;
  close: number;
  /** Start and end of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** No closing mark before the paragraph ends: the quote runs on into the next paragraph. */
  unclosed: boolean;
  /** Spoken form `quote … unquote`, with no marks. */
  spoken: boolean;
}

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';

const inside = (ranges: [number, number][], at: number) => ranges.some(([start, end]) => at >= start && at < end);

/** Per character of `text`: 1 inside an excluded range. */
function excludedMask(length: number, ranges: [number, number][]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const [start, end] of ranges) mask.fill(1, Math.max(0, start), Math.min(length, end));
  return mask;
}

/**
 * Finds double-quoted spans: curly “…”, straight "…", guillemets «…», and spoken `quote … unquote`.
 * Single quotes inside stay part of the outer quote. Marks inside link text or code are skipped.
 */
export function findQuoteSpans(text: string, excluded: [number, number][] = []): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let closer = '';
  const skip = excludedMask(text.length, excluded);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (skip[i]) continue;
    if (open < 0) {
      const straightOpens = char === '"' && (i === 0 || /[\s(\[—–-]/.test(text[i - 1]!)) && /\S/.test(text[i + 1] ?? '');
      if (char === OPEN_CURLY || char === '«' || straightOpens) {
        open = i;
        closer = char === OPEN_CURLY ? CLOSE_CURLY : char === '«' ? '»' : '"';
      }
    } else if (char === closer || (closer === CLOSE_CURLY && char === '"' && /^(?:[\s,.;:!?)]|$)/u.test(text.slice(i + 1, i + 2)))) {
      spans.push({ open, close: i, start: open + 1, end: i, unclosed: false, spoken: false });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: text.length, start: open + 1, end: text.trimEnd().length, unclosed: true, spoken: false });

  // "…he called it, quote, a special operation, unquote." carries no marks.
  for (const match of text.matchAll(/\bquote,?\s+([^"“”«»]+?),?\s+(?:end quote|unquote)\b/giu)) {
    const start = match.index + match[0].indexOf(match[1]!);
    if (spans.some((span) => start >= span.open && start <= span.close) || inside(excluded, start)) continue;
    spans.push({ open: start, close: start + match[1]!.length, start, end: start + match[1]!.length, unclosed: false, spoken: true });
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** True when a paragraph opens with a quotation mark: the way a quote continued from the last paragraph starts. */
export const opensWithQuote = (text: string) => /^\s*[“"«]/.test(text);
