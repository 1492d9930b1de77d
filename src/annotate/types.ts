import type { Registry } from './registry.ts';

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
  /** Registry id of the speaker of unlabeled paragraphs at the start of a transcript. */
  host?: string | undefined;
  /** Transcript label as printed (e.g. `KELLY`) → registry id. */
  speakers?: Record<string, string> | undefined;
  /** The curated entity registry. */
  registry?: Registry | undefined;
}

/** What a paragraph is, in the structure of its document. */
export type ParagraphRole = 'prose' | 'speech' | 'stage-direction' | 'credit' | 'framing';

export interface AnnotatedParagraph {
  /** Stable anchor id, `p-…`, made from the paragraph's opening words. */
  id: string;
  /** Plain text as published, with a leading speaker label removed. */
  text: string;
  /** Republisher framing or a credit line: shown, but not the story's words. */
  framing: boolean;
  role: ParagraphRole;
  /** Id of the turn this paragraph belongs to, if any. */
  turn: string | null;
  /** Entity id of the turn's speaker, if known. */
  speaker: string | null;
  /** Where it comes from: the source paragraph's index and the [start, end) span of its text. */
  source: { index: number; start: number; end: number };
  /** The speaker label as printed at the start (e.g. `KELLY:`), kept so the page shows it. */
  label: string | null;
}

/** A speaker turn in a transcript. */
export interface Turn {
  /** Stable anchor id, `t-…`, from the printed label (or host) and the opening words. */
  id: string;
  /** Entity id of the speaker; null when the label names no one the annotator can place. */
  speaker: string | null;
  /** Name to show: the entity's name, or the label as printed. */
  speakerName: string;
  /** Label as printed, without role and colon (`KELLY`); null for the host's unlabeled opening. */
  label: string | null;
  /** Role from the label or frontmatter (`host`, `byline`, …). */
  role: string | null;
  /** Ids of its paragraphs, in order. */
  paragraphs: string[];
  /** Number of words spoken in the turn. */
  words: number;
}

/** An entity the text names that the registry does not have: the id is made from the name. */
export interface DiscoveredEntity {
  id: string;
  name: string;
  type: 'person';
}

/** A problem that still leaves a usable page, at a character offset of a source paragraph. */
export interface AnnotationWarning {
  paragraph: number;
  offset: number;
  reason: string;
  ruleId: string;
}

/** Everything the annotator found in one document; the remark plugin maps it onto the tree. */
export interface Annotation {
  paragraphs: AnnotatedParagraph[];
  turns: Turn[];
  entities: DiscoveredEntity[];
  warnings: AnnotationWarning[];
}
