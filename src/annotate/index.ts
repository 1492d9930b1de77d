import { IdAllocator } from './ids.ts';
import { annotateTranscript } from './turns.ts';
import type { AnnotateInput, Annotation } from './types.ts';

export type * from './types.ts';
export { foldDiacritics, slugify, IdAllocator } from './ids.ts';

/** Annotates one document: stable ids for every paragraph and, in transcripts, speaker turns. */
export function annotate(input: AnnotateInput): Annotation {
  const ids = new IdAllocator();
  if (input.kind === 'transcript') return annotateTranscript(input, ids);
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
    entities: [],
    warnings: [],
  };
}
