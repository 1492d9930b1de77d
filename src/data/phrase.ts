/** Finding words inside text the way a reader (and a browser's text fragment) sees them: case and spacing ignored, whole words only. */

const WORD_CHAR = /[\p{L}\p{N}]/u;

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
  const checkStart = WORD_CHAR.test(phrase[0]!);
  const checkEnd = WORD_CHAR.test(phrase.at(-1)!);
  for (let at = text.indexOf(phrase, from); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if (checkStart && before !== undefined && WORD_CHAR.test(before)) continue;
    if (checkEnd && after !== undefined && WORD_CHAR.test(after)) continue;
    return at;
  }
  return -1;
}
