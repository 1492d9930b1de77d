/**
 * Long listings (the quotes index, an entity named in thousands of articles) are cut into pages of about the
 * same size, so every item is on some page and no page grows with the corpus.
 */

/** Environment variable that sets how many items a page of a long listing holds (the browser tests use a small one). */
export const LIST_PAGE_SIZE_ENV = 'WSW_LIST_PAGE_SIZE';

/** About 300 quotes, turns or mention excerpts a page: ~15 KB compressed however large the corpus. */
export const DEFAULT_LIST_PAGE_SIZE = 300;

/** The page size from the environment, else the default; a value that is not a whole number above 0 is an error. */
export function listPageSize(env: Record<string, string | undefined> = process.env): number {
  const value = env[LIST_PAGE_SIZE_ENV];
  if (value === undefined || value === '') return DEFAULT_LIST_PAGE_SIZE;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${LIST_PAGE_SIZE_ENV} is "${value}"; expected a whole number above 0 (items per page of /quotes/ and entity pages)`);
  return Number(value);
}

/**
 * Items in order, cut into pages of at most `size` units each; an item bigger than `size` gets a page of its own.
 * No items make one empty page: a listing always has its first page.
 */
export function pack<T>(items: readonly T[], units: (item: T) => number, size: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const weight = units(item);
    if (page.length > 0 && used + weight > size) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += weight;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** Site path of page `number` (from 1) of a listing at `base` (`/quotes/`): the first page is the base itself. */
export const pagePath = (base: string, number: number) => (number <= 1 ? base : `${base}${number}/`);

/** The `[...page]` route parameter of page `number`: none for the first page. */
export const pageParam = (number: number) => (number <= 1 ? undefined : String(number));

/** Page numbers a pager shows: the first, the last, and two either side of the current one; null marks a gap. */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}
