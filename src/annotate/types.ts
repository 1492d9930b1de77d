/** Whether a document is a broadcast transcript (speaker turns) or prose with quotes. */
export type DocumentKind = 'transcript' | 'article';

/** One block of source text, as the markdown gives it. */
export interface SourceParagraph {
  /** Plain text of the paragraph, markup removed. */
  text: string;
  /** True for a republisher's introduction or disclaimer: shown, but not the story's own words. */
  framing?: boolean;
}

/** What the annotator needs to know about a document. */
export interface AnnotateInput {
  kind: DocumentKind;
  paragraphs: SourceParagraph[];
}

export interface AnnotatedParagraph {
  /** Stable anchor id, `p-…`, made from the paragraph's opening words. */
  id: string;
  text: string;
  framing: boolean;
}

/** Everything the annotator found in one document; the remark plugin maps it onto the tree. */
export interface Annotation {
  paragraphs: AnnotatedParagraph[];
}
