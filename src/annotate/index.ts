import { IdAllocator } from './ids.ts';
import type { AnnotateInput, Annotation } from './types.ts';

export type * from './types.ts';
export { foldDiacritics, slugify, IdAllocator } from './ids.ts';

/** Annotates one document: stable ids for every paragraph (turns, quotes and entities build on these). */
export function annotate(input: AnnotateInput): Annotation {
  const ids = new IdAllocator();
  return {
    paragraphs: input.paragraphs.map((paragraph) => ({
      id: ids.allocate('p', paragraph.text),
      text: paragraph.text,
      framing: paragraph.framing === true,
    })),
  };
}
