import { parseLabel } from '../annotate/transcript-lines.ts';
import { wordCount, type Block } from './blocks.ts';
import { chromeReason, isCopyright, isFramingNote } from './chrome.ts';
import { findDate, isUpdateDate } from './dates.ts';
import { cleanName, findNameAfter, nameAfter } from './names.ts';
import type { StoryParagraph } from './story.ts';

/** A fact read off the page, with the line that states it, for the report. */
export interface Fact {
  value: string;
  line: number;
  /** What stated it, e.g. `"© 2024 Connecticut Public"` or `og:site_name`. */
  source: string;
}

/** A short line giving a date: `Published April 26, 2022 at 4:13 PM`, `26 April 2022`. */
export const isDateLine = (text: string) => wordCount(text) <= 15 && findDate(text) !== null;

/** `By Jane Doe`, `By Jane Doe and John Smith, Reuters` → the names; null when the line is not a byline. */
export function bylineOf(text: string): string | null {
  const match = /^by[ \u00a0]+(\p{Lu}[^|•·,]*?)(?:[ \u00a0]*(?:[|•·,]|[ \u00a0][-–—][ \u00a0]).*)?$/iu.exec(text.trim());
  const names = match?.[1]?.trim() ?? '';
  if (!names || wordCount(names) > 10 || findDate(names)) return null;
  return /^\p{Lu}/u.test(names) ? names : null;
}

/** `Heard on All Things Considered` → the broadcast program. */
export const programOf = (text: string) => (wordCount(text) <= 10 ? findNameAfter(text, nameAfter(String.raw`^Heard on`)) : null);

/** Looks like a headline: a few words, not a sentence of page furniture, not ending like a label or a clause. */
function isHeadlineLike(block: Block, ownGroup: boolean): boolean {
  const words = wordCount(block.text);
  return (
    block.outside === null &&
    !block.linkOnly &&
    words <= 30 &&
    block.text.length <= 250 &&
    (words >= 5 || (words >= 3 && ownGroup)) &&
    !/[.:;,]$/.test(block.text) &&
    chromeReason(block.text) === null &&
    !isCopyright(block.text) &&
    !isFramingNote(block.text) &&
    !parseLabel(block.text)
  );
}

/** The headline: the nearest headline-like line above the story, skipping date and byline lines. */
export function titleFrom(header: Block[]): Fact | null {
  const groupSizes = new Map<number, number>();
  for (const block of header) groupSizes.set(block.group, (groupSizes.get(block.group) ?? 0) + 1);
  for (const block of [...header].reverse()) {
    if (isDateLine(block.text) || bylineOf(block.text) || programOf(block.text)) continue;
    if (isHeadlineLike(block, groupSizes.get(block.group) === 1)) return { value: block.text, line: block.line, source: 'the line above the story' };
  }
  return null;
}

/** The publication date from date lines around the story; a publication date is preferred to an update date. */
export function dateFrom(blocks: Block[]): (Fact & { updateOnly: boolean }) | null {
  const lines = blocks.filter((block) => block.outside === null && isDateLine(block.text));
  const chosen = lines.find((block) => !isUpdateDate(block.text)) ?? lines[0];
  if (!chosen) return null;
  return { value: findDate(chosen.text)!, line: chosen.line, source: JSON.stringify(chosen.text), updateOnly: isUpdateDate(chosen.text) };
}

const firstFact = (blocks: { text: string; line: number }[], read: (text: string) => string | null): Fact | null => {
  for (const block of blocks) {
    const value = read(block.text);
    if (value) return { value, line: block.line, source: JSON.stringify(block.text.length > 60 ? `${block.text.slice(0, 59)}…` : block.text) };
  }
  return null;
};

export const bylineFrom = (header: Block[]) => firstFact(header, bylineOf);
export const programFrom = (header: Block[]) => firstFact(header, programOf);

const TRANSCRIPT_CREDIT = nameAfter(String.raw`\b[Tt]ranscript (?:provided|produced|prepared) by`);
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’-]*?(?:,[ \u00a0]*[\p{L}.]+(?:[ \u00a0]+\d{1,2})?)?[ \u00a0]*\(([\p{L}\d .&-]{2,40})\)[ \u00a0]*[-–—]/u;
const ORIGINALLY_IN = nameAfter(String.raw`\b(?:originally|first) (?:published|appeared|ran|aired) (?:in|on|by|at|with)(?: the(?= \p{Ll}))?`);
const REPUBLISHED_FROM = nameAfter(String.raw`\b(?:republished|reprinted|reproduced|syndicated) (?:here )?(?:from|courtesy of|with permission (?:from|of))`);
const OUTLET_NOUN = nameAfter(
  String.raw`\b[Tt]he (?:journal|magazine|newspaper|paper|news ?site|website|outlet|broadcaster|network|news agency|agency|publication|daily|weekly|station|newsletter)`,
);

/**
 * Who first published the story, where the page says so: a transcript credit ("Transcript
 * provided by NPR"), a wire dateline ("LONDON, March 3 (Reuters) -"), or a republisher's note
 * ("originally published in …", "republished from …", "the journal Foreign Policy").
 */
export function originalPublisherFrom(paragraphs: StoryParagraph[]): Fact | null {
  const opening = paragraphs.find((p) => !p.framing);
  const wire = opening ? WIRE_DATELINE.exec(opening.text) : null;
  return (
    firstFact(paragraphs, (text) => findNameAfter(text, TRANSCRIPT_CREDIT)) ??
    (wire && opening ? { value: cleanName(wire[1]!), line: opening.line, source: 'the dateline' } : null) ??
    firstFact(
      paragraphs.filter((p) => p.framing),
      (text) => findNameAfter(text, ORIGINALLY_IN) ?? findNameAfter(text, REPUBLISHED_FROM) ?? findNameAfter(text, OUTLET_NOUN),
    )
  );
}

const COPYRIGHT_HOLDER = nameAfter(String.raw`^(?:©|\([Cc]\)|[Cc]opyright)(?:[ \u00a0]*(?:©|\([Cc]\)))?(?:[ \u00a0]*\d{4}(?:[ \u00a0]*[-–][ \u00a0]*\d{4})?)?`);
const NOT_THOSE_OF = nameAfter(String.raw`\bnot necessarily (?:those|the views) of(?: the(?= \p{Lu}))?`);

/** The site the page was scraped from, where its own chrome names it: a copyright line, or a disclaimer's "not necessarily those of …". */
export function siteFrom(aroundStory: Block[], paragraphs: StoryParagraph[]): Fact | null {
  return (
    firstFact(
      aroundStory.filter((block) => isCopyright(block.text)),
      (text) => findNameAfter(text, COPYRIGHT_HOLDER),
    ) ?? firstFact(
      paragraphs.filter((p) => p.framing),
      (text) => findNameAfter(text, NOT_THOSE_OF),
    )
  );
}
