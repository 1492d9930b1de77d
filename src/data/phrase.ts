/** Finding words inside text the way a reader (and a browser's text fragment) sees them: case and spacing ignored, whole words only. */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit: a phrase must not start or end next to one, or it is cut out of a longer word. */
export const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** Runs of whitespace as one space, ends trimmed. */
export const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text as `findPhrase` compares it without folding again: spaces collapsed, lower case. */
export const foldText = (text: string) => collapseSpace(text).toLowerCase();

/** The whitespace-separated words of a text, punctuation kept on them. */
export const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Index of the first occurrence of `needle` in `haystack` at or after `from`, ignoring case (unless told the texts
 * are folded already), where the match does not start or end inside a word (`war` is not found in `wartime`);
 * -1 if none. Both strings should have their whitespace collapsed already.
 */
export function findPhrase(haystack: string, needle: string, from = 0, { foldCase = true } = {}): number {
  if (!needle) return -1;
  // Texts already in lower case skip the copies (the cross-article matching calls this very often).
  const text = foldCase ? haystack.toLowerCase() : haystack;
  const phrase = foldCase ? needle.toLowerCase() : needle;
  // Only a phrase that starts (ends) with a letter or digit can be cut out of a longer word at that end.
  const checkStart = isWordChar(phrase[0]);
  const checkEnd = isWordChar(phrase.at(-1));
  for (let at = text.indexOf(phrase, from); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if (checkStart && isWordChar(before)) continue;
    if (checkEnd && isWordChar(after)) continue;
    return at;
  }
  return -1;
}
