import { isStageDirection, parseLabel } from '../annotate/transcript-lines.ts';
import { endsSentence, wordCount, type Block } from './blocks.ts';
import { chromeReason, isCopyright, isCredit, isFramingNote, isRepublisherIntro } from './chrome.ts';
import { bylineOf, isDateLine } from './page-facts.ts';

/** Where the story runs in a page's blocks: from `start` to `end`, both included. */
export interface StoryRange {
  start: number;
  end: number;
  /** The first long prose paragraph: the headline, byline and date are looked for above it. */
  firstProse: number;
}

/** The page has no text that reads as a story. */
export class NoStoryError extends Error {}

/** Words a paragraph needs before it can open a story: menus, headings and buttons are shorter. */
const LONG_PARAGRAPH_WORDS = 15;

const isPageFurniture = (block: Block) =>
  block.outside !== null || block.linkOnly || chromeReason(block.text) !== null || isCopyright(block.text) || isFramingNote(block.text);

/** A paragraph long enough, and sentence-like enough, to be story text and not furniture. */
const isLongProse = (block: Block) => !isPageFurniture(block) && wordCount(block.text) >= LONG_PARAGRAPH_WORDS && /[.!?…]["”’»)]*(?:\s|$)/u.test(block.text);

// A headline may end with "?" or "!"; a standfirst ends with a full stop.
const endsWithPeriod = (text: string) => /[.…]["”’»)\]]*$/u.test(text.replace(/[\s\u00a0]+$/u, ''));

/** A shorter block that still belongs to the story when it stands right above it: a speaker turn, a stage direction, a standfirst. */
const continuesUpward = (block: Block) =>
  !isPageFurniture(block) &&
  !isSkippedAbove(block) &&
  (parseLabel(block.text) !== null || isStageDirection(block.text) || (endsWithPeriod(block.text) && wordCount(block.text) >= 6));

/** A block that still belongs to the story when it follows it: a turn, a stage direction, a closing sentence. */
const continuesDownward = (block: Block) =>
  !isPageFurniture(block) && (parseLabel(block.text) !== null || isStageDirection(block.text) || (endsSentence(block.text) && wordCount(block.text) >= 3));

/** Passed over when looking below the story for more of it: furniture dropped wherever it stands. */
const isSkippedBelow = (block: Block) => block.outside !== null || block.linkOnly || chromeReason(block.text) !== null;

const isHeaderLine = (block: Block) => block.outside === null && (isDateLine(block.text) || bylineOf(block.text) !== null);

/** Passed over when looking above the story for more of it: furniture the HTML reader already set aside, date lines, bylines. */
const isSkippedAbove = (block: Block) => block.outside !== null || isHeaderLine(block);

/**
 * Finds the story: it opens at the first long prose paragraph (moving up over turns and
 * sentences above it, such as a standfirst, past bylines, date lines and captions) and
 * closes at the last one (moving down over the turns and sentences that follow it).
 */
export function locateStory(blocks: Block[]): StoryRange {
  const prose = blocks.flatMap((block, index) => (isLongProse(block) ? [index] : []));
  if (prose.length === 0) throw new NoStoryError(`no story text: no paragraph of ${LONG_PARAGRAPH_WORDS} or more words that reads as prose`);
  // A standfirst is long prose too: when a byline or date line follows it, the story proper starts after them.
  const headerLine = blocks.findLastIndex((block, index) => index > prose[0]! && index < (prose[1] ?? -1) && isHeaderLine(block));
  const firstProse = headerLine >= 0 ? prose[1]! : prose[0]!;
  let start = firstProse;
  for (let above = start - 1; above >= 0; above--) {
    if (continuesUpward(blocks[above]!)) start = above;
    else if (!isSkippedAbove(blocks[above]!)) break;
  }
  let end = prose.at(-1)!;
  for (let below = end + 1; below < blocks.length; below++) {
    if (continuesDownward(blocks[below]!)) end = below;
    else if (!isSkippedBelow(blocks[below]!)) break;
  }
  return { start, end, firstProse };
}

/** One paragraph of the imported story. */
export interface StoryParagraph {
  text: string;
  line: number;
  /** A republisher's intro, disclaimer or a credit: shown apart from the story. */
  framing: boolean;
}

/** A block left out of the story, with why. */
export interface DroppedBlock {
  text: string;
  line: number;
  reason: string;
}

export interface SplitStory {
  paragraphs: StoryParagraph[];
  dropped: DroppedBlock[];
}

// A republisher's intro is near the top; everything above it in the story is the republisher's too.
const INTRO_WINDOW = 4;

/**
 * Sorts every block into story paragraphs (framing marked) or dropped blocks with a reason.
 * `used` holds blocks taken for frontmatter (title, byline, date), reported as such, not dropped.
 */
export function splitStory(blocks: Block[], { start, end }: StoryRange, used: Map<Block, string>): SplitStory {
  const leading: StoryParagraph[] = [];
  const story: StoryParagraph[] = [];
  const trailing: StoryParagraph[] = [];
  const dropped: DroppedBlock[] = [];
  const keep = (list: StoryParagraph[], block: Block, framing: boolean) => list.push({ text: block.text, line: block.line, framing });
  const drop = (block: Block, reason: string) => dropped.push({ text: block.text, line: block.line, reason });

  const region = blocks.slice(start, end + 1);
  const introAt = region.slice(0, INTRO_WINDOW).findLastIndex((block) => block.outside === null && isRepublisherIntro(block.text));

  blocks.forEach((block, index) => {
    const usedAs = used.get(block);
    if (usedAs) return drop(block, usedAs);
    const furniture = block.outside ?? (block.linkOnly ? 'link to another page' : chromeReason(block.text));
    if (index >= start && index <= end) {
      if (furniture) return drop(block, furniture);
      return keep(story, block, index - start <= introAt);
    }
    if (furniture) return drop(block, furniture);
    const before = index < start;
    if (isFramingNote(block.text)) return keep(before ? leading : trailing, block, true);
    // A copyright line right after a credit ("Copyright © NPR") belongs to the credit; elsewhere it is the site's.
    const previous = blocks[index - 1];
    if (!before && isCopyright(block.text) && (/\btranscript/i.test(block.text) || (previous && previous.outside === null && index - 1 > end && isCredit(previous.text)))) {
      return keep(trailing, block, true);
    }
    if (isCopyright(block.text)) return drop(block, 'copyright notice of the site');
    return drop(block, before ? 'above the story: menu, heading or page furniture' : 'below the story: menu or page furniture');
  });
  return { paragraphs: [...leading, ...story, ...trailing], dropped };
}
