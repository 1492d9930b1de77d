// Words too common to mark when the query has others: marking every "of" hides the words that matter.
const COMMON = new Set('a an the of to in on and or for is was are were it its at by as be with that this from he she they we you i'.split(' '));

/** Words of a search query worth marking: letters and digits, two characters or more, common words only if nothing else. */
export function queryWords(query: string): string[] {
  const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [])];
  const telling = words.filter((word) => !COMMON.has(word));
  return telling.length > 0 ? telling : words;
}

/**
 * A pattern for the query's words at the start of a word, so "rocket" also marks "rockets"
 * (Pagefind matches word stems); null when the query has no words.
 */
export function wordPattern(words: string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}
