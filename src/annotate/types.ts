import type { EntityType, Registry } from './registry.ts';

/** Whether a document is a broadcast transcript (speaker turns) or prose with quotes. */
export type DocumentKind = 'transcript' | 'article';

/** One block of source text, as the markdown gives it. */
export interface SourceParagraph {
  /** Plain text of the paragraph, markup removed. */
  text: string;
  /** True for a republisher's introduction or disclaimer: shown, but not the story's own words. */
  framing?: boolean;
  /** [start, end) ranges of `text` inside link text or code, where quote marks are not quotes. */
  excluded?: [number, number][];
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

/** How a quote's speaker was decided (design: "What the annotator finds"). */
export type AttributionMethod = 'label' | 'stated' | 'pronoun' | 'continuation' | 'descriptor';

/** A direct quote and who said it. */
export interface Quote {
  /** Stable anchor id, `q-…`, made from the quote's opening words. */
  id: string;
  /** The quoted words, marks excluded. */
  text: string;
  /** Id of the annotated paragraph holding the quote, and the [start, end) span of the words in its `text`. */
  paragraph: string;
  start: number;
  end: number;
  /** Entity id of the speaker; null for an unnamed source or an unattributed quote. */
  speaker: string | null;
  /** Name to show: the entity's name or the source as the text describes it; null when unattributed. */
  speakerName: string | null;
  /** How the speaker was decided; null when the evidence was too weak to name anyone. */
  attribution: AttributionMethod | null;
  /** 0..1: how sure the annotator is of the speaker (0 when unattributed). */
  confidence: number;
  /** The words that decided it, e.g. `Guterres told the BBC`; null when unattributed. */
  cue: string | null;
}

/** An entity the text names that the registry does not have: the id is made from the name. */
export interface DiscoveredEntity {
  id: string;
  name: string;
  type: EntityType;
}

/** A name in a paragraph's text and the entity it refers to. */
export interface Mention {
  entity: string;
  type: EntityType;
  /** The name as written: `text.slice(start, end)` of the paragraph. */
  text: string;
  paragraph: string;
  start: number;
  end: number;
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
  quotes: Quote[];
  mentions: Mention[];
  entities: DiscoveredEntity[];
  warnings: AnnotationWarning[];
}
