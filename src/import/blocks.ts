/** One block of page text: a line of a text page, or a block element (or a line of one) of an HTML page. */
export interface Block {
  /** The text as on the page, without surrounding spaces and tabs. */
  text: string;
  /** 1-based line in the input where the block starts, for the report. */
  line: number;
  /** Blocks with the same group were not separated by a blank line (text) or sit in the same element (HTML). */
  group: number;
  /** Why the HTML reader would drop it whatever its text says (outside the article, a caption…), else null. */
  outside: string | null;
  /** True when the whole block is the text of one link (HTML only): a related-story teaser, not prose. */
  linkOnly: boolean;
}

// Only spaces and tabs are trimmed: a no-break space is part of the published text.
const trimSpaces = (line: string) => line.replace(/^[ \t\r]+|[ \t\r]+$/g, '');
// A line of nothing but whitespace (no-break spaces included) separates blocks like an empty one.
const isBlank = (line: string) => /^[\s\u00a0\u200b\ufeff]*$/u.test(line);

/** The blocks of a text page: one per non-blank line; a blank line starts a new group. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let group = 0;
  let previousBlank = true;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (isBlank(raw)) {
      previousBlank = true;
      return;
    }
    if (previousBlank) group++;
    previousBlank = false;
    blocks.push({ text: trimSpaces(raw), line: index + 1, group, outside: null, linkOnly: false });
  });
  return blocks;
}

/** Words in a block, for length rules. */
export const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** Ends the way a sentence ends, closing quotes and brackets allowed after the mark. */
export const endsSentence = (text: string) => /[.!?…]["”’»)\]]*\s*$/u.test(text.replace(/[\s\u00a0]+$/u, ''));

/** The first `length` characters of a block, for one-line report entries. */
export function excerpt(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
