import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import { sentenceSpans, softParagraphStarts, type Span } from './sentences.ts';
import type { AnnotatedParagraph } from './types.ts';

/** Stands in for quoted words while looking for cues, so names inside a quote never become its speaker. */
export const MASK = '\u2063';

/** One annotated paragraph prepared for quote finding. */
export interface Block {
  index: number;
  paragraph: AnnotatedParagraph;
  text: string;
  /** The text with every quote (marks included) replaced by MASK characters. */
  masked: string;
  sentences: Span[];
  /** Offsets where a paragraph joined into this one by a scraper starts (see softParagraphStarts). */
  softStarts: number[];
  /** Number of paragraphs (soft ones included) before this block, for "how far back" questions. */
  firstSection: number;
}

/** A quoted span and where it sits. */
export interface Candidate {
  block: Block;
  span: QuoteSpan;
  /** Index of its sentence in `block.sentences`. */
  sentence: number;
}

/** The text of a quote's sentence on each side of it, quoted words masked. */
export interface Sides {
  /** From the sentence start or the previous quote in the sentence to the opening mark. */
  left: string;
  /** From the closing mark to the next quote in the sentence or the sentence end. */
  right: string;
  /** All of the sentence before the quote, and after it. */
  sentenceBefore: string;
  sentenceAfter: string;
}

function maskQuotes(text: string, spans: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const from = Math.max(at, outerStart(span));
    const to = Math.max(from, Math.min(text.length, outerEnd(span)));
    parts.push(text.slice(at, from), MASK.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Where a quote starts and ends with its marks (a spoken quote has none). */
export const outerStart = (span: QuoteSpan) => (span.spoken ? span.start : span.open);
export const outerEnd = (span: QuoteSpan) => (span.spoken ? span.end : span.close + 1);

/** Splits paragraphs into sentences and finds their quoted spans, in reading order. */
export function buildContext(paragraphs: { paragraph: AnnotatedParagraph; index: number; excluded: [number, number][] }[]) {
  const blocks: Block[] = [];
  const candidates: Candidate[] = [];
  let sections = 0;
  for (const { paragraph, index, excluded } of paragraphs) {
    const text = paragraph.text;
    const spans = findQuoteSpans(text, excluded);
    const block: Block = {
      index,
      paragraph,
      text,
      masked: maskQuotes(text, spans),
      sentences: sentenceSpans(text, spans.map((span) => ({ start: outerStart(span), end: outerEnd(span) }))),
      softStarts: softParagraphStarts(text),
      firstSection: sections,
    };
    sections += 1 + block.softStarts.length;
    blocks.push(block);
    // Spans and sentences are both in reading order: one pass pairs them.
    let sentence = 0;
    for (const span of spans) {
      while (sentence + 1 < block.sentences.length && block.sentences[sentence + 1]!.start <= span.open) sentence++;
      candidates.push({ block, span, sentence });
    }
  }
  const bySentence = Map.groupBy(candidates, (candidate) => sentenceKey(candidate.block, candidate.sentence));
  return { blocks, candidates, bySentence };
}

export const sentenceKey = (block: Block, sentence: number) => `${block.index}:${sentence}`;

/** Which paragraph, soft ones counted, holds an offset: a binary search over the block's soft starts. */
export function sectionOf(block: Block, offset: number): number {
  let low = 0;
  let high = block.softStarts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (block.softStarts[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return block.firstSection + low;
}

/** The sentence text around a quote, up to its neighbouring quotes. */
export function sidesOf(candidate: Candidate, siblings: Candidate[]): Sides {
  const { block, span } = candidate;
  const sentence = block.sentences[candidate.sentence]!;
  const position = siblings.indexOf(candidate);
  const previous = siblings[position - 1];
  const next = siblings[position + 1];
  const after = outerEnd(span);
  const sentenceEnd = Math.max(after, sentence.end);
  return {
    left: block.masked.slice(Math.max(sentence.start, previous ? outerEnd(previous.span) : sentence.start), outerStart(span)),
    right: block.masked.slice(after, next ? outerStart(next.span) : sentenceEnd),
    sentenceBefore: block.masked.slice(sentence.start, outerStart(span)),
    sentenceAfter: block.masked.slice(after, sentenceEnd),
  };
}

/** True when nothing but space comes between the start of the quote's sentence and its opening mark. */
export const opensSentence = (candidate: Candidate) => {
  const sentence = candidate.block.sentences[candidate.sentence]!;
  return candidate.block.masked.slice(sentence.start, outerStart(candidate.span)).trim() === '';
};

/** True when the quote's sentence starts a paragraph (soft ones included). */
export const opensSection = (candidate: Candidate) => {
  const { block } = candidate;
  const start = block.sentences[candidate.sentence]!.start;
  return start === block.text.search(/\S/) || block.softStarts.includes(start);
};
