/** A speaker label at the start of a transcript paragraph: `KELLY:`, `RUTH CALLOWAY, HOST:`, `UNIDENTIFIED PERSON #1:`. */
export interface Label {
  /** The name part as printed, e.g. `RUTH CALLOWAY`. */
  name: string;
  /** The role part, lower-cased, e.g. `host`; null when none is printed. */
  role: string | null;
  /** The whole label as printed, colon included (`RUTH CALLOWAY, HOST:`). */
  printed: string;
  /** Length of the label plus the spaces after it: where the spoken text starts. */
  length: number;
}

// Upper-case words (letters of any script, digits, and the punctuation names carry), then an optional role, then a colon.
const WORD = String.raw`[\p{Lu}\d#][\p{Lu}\p{M}\d.'’#&-]*`;
// A delivery note may follow the name: `PUTIN (through translator):`.
const LABEL = new RegExp(String.raw`^(${WORD}(?: ${WORD}){0,5})(?:, (\p{Lu}[\p{Lu}\p{M}' -]*\p{Lu}))?(?: \([^()]{1,40}\))?:(?:[ \t]+|$)`, 'u');

/** Reads the speaker label at the start of a paragraph, if there is one. */
export function parseLabel(text: string): Label | null {
  const match = LABEL.exec(text);
  if (!match) return null;
  const name = match[1]!;
  // A label needs a letter; "1:" or "2024:" is not a speaker.
  if (!/\p{Lu}/u.test(name)) return null;
  const printed = match[0].trimEnd();
  return { name, role: match[2]?.toLowerCase() ?? null, printed, length: match[0].length };
}

/** `(SOUNDBITE OF MUSIC)`, `(LAUGHTER)`, `[CROSSTALK]` alone in a paragraph: belongs to no speaker. */
export function isStageDirection(text: string): boolean {
  return /^\s*(?:\([^()]+\)|\[[^[\]]+\])\s*$/.test(text);
}

// Sentences that credit or copyright a transcript, as broadcasters append them.
const CREDIT_START = [
  String.raw`Transcript (?:provided|produced|prepared) by\b`,
  String.raw`This transcript (?:was|has been|is|may)\b`,
  String.raw`Transcription by\b`,
  String.raw`Copyright (?:©\s*)?(?:\d{4}|\p{Lu}{2,})`,
  String.raw`©\s*\d{4}`,
  String.raw`All rights reserved\.`,
  String.raw`\p{Lu}+ transcripts are created on a rush deadline\b`,
];
const CREDIT = new RegExp(String.raw`(?:^|(?<=[.!?…"”’)]\s+))(?:${CREDIT_START.join('|')})`, 'u');

/** Offset where a trailing credit line starts ("Transcript provided by NPR, Copyright NPR."), or -1. */
export function findCredit(text: string): number {
  return CREDIT.exec(text)?.index ?? -1;
}

/** Words in a text, for word counts. */
export const countWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
