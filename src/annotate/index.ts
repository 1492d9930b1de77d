import { findMentions } from './entities.ts';
import { IdAllocator } from './ids.ts';
import { forgetRememberedText } from './memo.ts';
import { findQuotes } from './quotes.ts';
import { annotateTranscript } from './turns.ts';
import type { AnnotatedParagraph, AnnotateInput, Annotation } from './types.ts';

export type * from './types.ts';
export { foldDiacritics, slugify, IdAllocator } from './ids.ts';

/** Annotates one document: stable ids for every paragraph, speaker turns in transcripts, and quotes with their speakers. */
export function annotate(input: AnnotateInput): Annotation {
  forgetRememberedText();
  try {
    return annotateDocument(input);
  } finally {
    forgetRememberedText();
  }
}

function annotateDocument(input: AnnotateInput): Annotation {
  const ids = new IdAllocator();
  const annotation = input.kind === 'transcript' ? annotateTranscript(input, ids) : proseParagraphs(input, ids);
  const { quotes, warnings } = findQuotes({
    kind: input.kind,
    paragraphs: annotation.paragraphs,
    turns: annotation.turns,
    excluded: annotation.paragraphs.map((paragraph) => excludedIn(paragraph, input)),
    registry: input.registry,
    discovered: annotation.entities,
    ids,
  });
  annotation.quotes = quotes;
  annotation.warnings.push(...warnings);
  annotation.mentions = findMentions({ paragraphs: annotation.paragraphs, registry: input.registry, discovered: annotation.entities });
  return annotation;
}

/** The source paragraph's link and code ranges that fall in an annotated paragraph, in its own offsets. */
function excludedIn(paragraph: AnnotatedParagraph, input: AnnotateInput): [number, number][] {
  const { index, start, end } = paragraph.source;
  return (input.paragraphs[index]?.excluded ?? [])
    .filter(([from, to]) => to > start && from < end)
    .map(([from, to]) => [Math.max(0, from - start), Math.min(end, to) - start]);
}

function proseParagraphs(input: AnnotateInput, ids: IdAllocator): Annotation {
  return {
    paragraphs: input.paragraphs.map((paragraph, index) => ({
      id: ids.allocate('p', paragraph.text),
      text: paragraph.text,
      framing: paragraph.framing === true,
      role: paragraph.framing ? 'framing' : 'prose',
      turn: null,
      speaker: null,
      source: { index, start: 0, end: paragraph.text.length },
      label: null,
    })),
    turns: [],
    quotes: [],
    mentions: [],
    entities: [],
    warnings: [],
  };
}
