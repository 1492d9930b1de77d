/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/): `#q-id:~:text=…` makes a browser that
 * supports them scroll to the exact words and highlight them; others fall back to the element id.
 */
import type { Annotation } from '../annotate/types.ts';
import { findPhrase, foldText, isWordChar, wordsOf } from './phrase.ts';

/** Up to this many words, the whole text is the directive; longer texts use `textStart,textEnd`. */
export const MAX_EXACT_WORDS = 10;
/** Words in `textStart` and `textEnd` before they are lengthened to be unambiguous. */
export const EDGE_WORDS = 4;
/** Most words taken before the target as a `prefix-` when its start also occurs earlier on the page. */
export const MAX_PREFIX_WORDS = 3;

/** What a text directive has to find, and what could be found first by mistake. */
export interface FragmentTarget {
  /** The target's text block by block as the page shows it: one block for a quote, one per paragraph for a turn. */
  blocks: string[];
  /** Text right before the target in its first block, from which a prefix can be taken. */
  before: string;
  /**
   * Everything the page shows before the target (`before` included), folded (`foldText`): a browser takes the
   * first match. Folded once per page by `pageTargets`, not once per target, as it grows with the page.
   */
  earlier: string;
}

/** Percent-encodes a directive term: `-`, `&` and `,` are syntax in a text directive, so they are encoded too. */
export const encodeTerm = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');

/**
 * Whether `term` occurs in `page` right after `prefix` (one space between), or anywhere when there is no prefix.
 * `page` and the terms are folded already (spaces collapsed, lower case): this runs for every turn and quote of a
 * page, over everything before it, so nothing here copies the page.
 */
function occursEarlier(page: string, term: string, prefix: string | null): boolean {
  const fold = { foldCase: false };
  const needle = term.toLowerCase();
  const lead = prefix?.toLowerCase() ?? null;
  for (let at = findPhrase(page, needle, 0, fold); at !== -1; at = findPhrase(page, needle, at + 1, fold)) {
    if (lead === null) return true;
    const end = page[at - 1] === ' ' ? at - 1 : at;
    const start = end - lead.length;
    if (start >= 0 && page.startsWith(lead, start) && !(isWordChar(lead[0]) && isWordChar(page[start - 1]))) return true;
  }
  return false;
}

/**
 * The directive, `text=[prefix-,]textStart[,textEnd]` with its terms encoded, that finds this target before
 * anything earlier on the page; null when the target has no words. When even the longest start and a prefix
 * cannot tell it apart from an earlier identical passage, the directive is still returned: the element id of
 * the link is the fallback.
 */
export function textDirective({ blocks, before, earlier }: FragmentTarget): string | null {
  const blockWords = blocks.map(wordsOf).filter((words) => words.length > 0);
  if (blockWords.length === 0) return null;
  const first = blockWords[0]!;
  const last = blockWords.at(-1)!;
  const all = blockWords.flat();
  const page = earlier;
  const exact = blockWords.length === 1 && first.length <= MAX_EXACT_WORDS;

  // The end term is searched after the start term, so it only has to be unambiguous within the target.
  let endCount = exact ? 0 : Math.min(EDGE_WORDS, last.length);
  // In one block, start and end must not overlap; across blocks they are in different paragraphs anyway.
  const startRoom = () => (blockWords.length === 1 ? first.length - endCount : first.length);
  let startCount = exact ? first.length : Math.min(EDGE_WORDS, startRoom());
  const startTerm = () => first.slice(0, startCount).join(' ');
  while (startCount < startRoom() && occursEarlier(page, startTerm(), null)) startCount++;

  if (!exact) {
    const target = all.join(' ');
    const endTerm = () => last.slice(last.length - endCount).join(' ');
    const endsEarly = () => {
      const at = findPhrase(target, endTerm(), startTerm().length);
      return at !== -1 && at < target.length - endTerm().length;
    };
    while (endCount < last.length - (blockWords.length === 1 ? startCount : 0) && endsEarly()) endCount++;
  }

  let prefix: string | null = null;
  if (occursEarlier(page, startTerm(), null)) {
    const lead = wordsOf(before);
    for (let count = 1; count <= Math.min(MAX_PREFIX_WORDS, lead.length); count++) {
      const candidate = lead.slice(lead.length - count).join(' ');
      if (!occursEarlier(page, startTerm(), candidate)) {
        prefix = candidate;
        break;
      }
    }
  }

  const terms = [prefix === null ? null : `${encodeTerm(prefix)}-`, encodeTerm(startTerm()), endCount > 0 ? encodeTerm(last.slice(last.length - endCount).join(' ')) : null];
  return `text=${terms.filter((term) => term !== null).join(',')}`;
}

/** A story paragraph as the page shows it: the printed label (`KELLY:`), if any, then its words. */
export interface ShownParagraph {
  label: string | null;
  text: string;
}

/**
 * What comes before each turn and quote of a page, from the text shown above the story (`heading`: title, summary)
 * and the story's paragraphs in order. The build (from the annotation) and the browser (from the page) both describe
 * a page this way, so their links to the words are the same.
 */
export function pageTargets(heading: string[], paragraphs: ShownParagraph[]) {
  const shown = (p: ShownParagraph) => (p.label ? `${p.label} ${p.text}` : p.text);
  // Folded pieces joined by one space fold the same as the pieces joined by line breaks and folded whole.
  const join = (...pieces: string[]) => pieces.filter(Boolean).join(' ');
  // Everything shown before paragraph i, folded.
  const shownBefore: string[] = [];
  let all = join(...heading.map(foldText));
  for (const paragraph of paragraphs) {
    shownBefore.push(all);
    all = join(all, foldText(shown(paragraph)));
  }
  return {
    /** A turn made of the paragraphs at these indexes (in order); null when it has none. */
    turn(indexes: number[]): FragmentTarget | null {
      const first = indexes[0];
      if (first === undefined) return null;
      const label = paragraphs[first]!.label ?? '';
      return { blocks: indexes.map((i) => paragraphs[i]!.text), before: label, earlier: join(shownBefore[first]!, foldText(label)) };
    },
    /** A quote in the paragraph at `index`, after `before` (that paragraph's words before the quote). */
    quote(index: number, before: string, text: string): FragmentTarget {
      return { blocks: [text], before, earlier: join(shownBefore[index]!, foldText(paragraphs[index]!.label ?? ''), foldText(before)) };
    },
  };
}

/**
 * A text directive for every turn and quote of an article, by element id. `heading` is the text shown above
 * the story (title, summary), where a quote repeated in a headline would otherwise be found first.
 */
export function textDirectivesOf(annotation: Annotation, heading: string[]): Map<string, string> {
  const directives = new Map<string, string>();
  const index = new Map(annotation.paragraphs.map((p, i) => [p.id, i] as const));
  const targets = pageTargets(heading, annotation.paragraphs);
  const set = (id: string, target: FragmentTarget | null) => {
    const directive = target && textDirective(target);
    if (directive) directives.set(id, directive);
  };
  for (const turn of annotation.turns) set(turn.id, targets.turn(turn.paragraphs.flatMap((id) => index.get(id) ?? [])));
  for (const quote of annotation.quotes) {
    const at = index.get(quote.paragraph);
    if (at !== undefined) set(quote.id, targets.quote(at, annotation.paragraphs[at]!.text.slice(0, quote.start), quote.text));
  }
  return directives;
}
