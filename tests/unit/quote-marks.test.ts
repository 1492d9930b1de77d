import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/annotate/quote-marks.ts';

const quoted = (text: string) => findQuoteSpans(text).map((span) => text.slice(span.start, span.end));

describe('quote marks', () => {
  it('pairs curly, straight and guillemet marks', () => {
    expect(quoted('“One,” she said. "Two," he said. «Trois», dit-il.')).toEqual(['One,', 'Two,', 'Trois']);
  });

  it('keeps single quotes and straight quotes inside a curly quote, closing only at a closing mark or a straight one that ends a word', () => {
    expect(quoted('“He said ‘no’ and typed x="y">z,” she said.')).toEqual(['He said ‘no’ and typed x="y">z,']);
    expect(quoted('“A scraped quote that ends straight," she said.')).toEqual(['A scraped quote that ends straight,']);
  });

  it('runs an unclosed quote to the paragraph end and flags it', () => {
    const [span] = findQuoteSpans('“This goes on into the next paragraph.');
    expect(span).toMatchObject({ unclosed: true });
  });

  it('finds the spoken form without marks, and skips marks in excluded ranges (link text, code)', () => {
    expect(quoted('He called it quote a disgrace unquote on air.')).toEqual(['a disgrace']);
    const text = 'Read "the plan" or say "something else entirely" now.';
    expect(findQuoteSpans(text, [[5, 15]]).map((span) => text.slice(span.start, span.end))).toEqual(['something else entirely']);
  });
});
