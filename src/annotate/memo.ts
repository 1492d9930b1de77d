/**
 * Per-document memory for pure functions of a string. The quote, source and entity passes ask the same questions
 * of the same paragraph text; `annotate` forgets every answer before each document, so one document's results
 * never make another's faster (or stale) and memory stays bounded by one document.
 */
const caches: Map<string, unknown>[] = [];

export function memoizeByText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}

/** Forgets every remembered answer: called once per document. */
export function forgetRememberedText(): void {
  for (const cache of caches) cache.clear();
}
