/**
 * The pages the accessibility test and the bench's Lighthouse and axe checks audit, chosen from a built site's
 * data files (never a particular article): the largest transcript and the largest article, an arrival on a quote
 * from a search result, the search page empty and showing results, the index pages and the entity named in the
 * most articles, with the last page of each listing that has several.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface AuditPage {
  /** What the page is, for a report: "transcript (un-chief-met-with-putin)". */
  name: string;
  /** Site path with query and fragment. */
  path: string;
  /** What must be on screen before auditing: the search results, or the marked words of a search arrival. */
  waitFor?: 'search-results' | 'search-marks';
  /** One of the pages Lighthouse scores: a transcript, an article and the search page. */
  lighthouse?: boolean;
}

interface ArticleData {
  slug: string;
  kind: string;
  url: string;
  quotes: { id: string; text: string }[];
}

interface EntityData {
  id: string;
  articles: string[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The longest word of the text (letters only, five or more), which a search for it will find. */
export function searchWord(text: string): string | undefined {
  return [...text.matchAll(/\p{L}{5,}/gu)].map((match) => match[0]).sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

/** The numbers of a listing's later pages as built (`<base>/2/index.html` …), ascending; none when it has one page. */
export function laterPageNumbers(dist: string, base: string): number[] {
  const dir = join(dist, base);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[1-9]\d*$/.test(name) && existsSync(join(dir, name, 'index.html')))
    .map(Number)
    .sort((a, b) => a - b);
}

export function auditPages(dist: string): AuditPage[] {
  const dataDir = join(dist, 'data', 'articles');
  const articles = readdirSync(dataDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson<ArticleData>(join(dataDir, name)));
  const pageBytes = (article: ArticleData) => statSync(join(dist, 'articles', article.slug, 'index.html')).size;
  const largest = (kind: string) => articles.filter((a) => a.kind === kind).sort((a, b) => pageBytes(b) - pageBytes(a))[0];
  const pages: AuditPage[] = [{ name: 'index', path: '/' }];
  const transcript = largest('transcript');
  const article = largest('article');
  for (const [kind, chosen] of [['transcript', transcript], ['article', article]] as const) {
    if (chosen) pages.push({ name: `${kind} (${chosen.slug})`, path: chosen.url, lighthouse: true });
  }
  pages.push({ name: 'search', path: '/search/', lighthouse: true });
  // A quote with a searchable word: the search shows results for it, and its result lands on the quote marked.
  const found = [transcript, article, ...articles]
    .flatMap((a) => (a ? a.quotes.map((quote) => ({ article: a, quote, word: searchWord(quote.text) })) : []))
    .find((candidate) => candidate.word);
  if (found) {
    const word = encodeURIComponent(found.word!);
    pages.push({ name: `search results for "${found.word}"`, path: `/search/?q=${word}`, waitFor: 'search-results' });
    pages.push({ name: `search arrival (${found.article.slug}#${found.quote.id})`, path: `${found.article.url}?hl=${word}#${found.quote.id}`, waitFor: 'search-marks' });
  }
  pages.push({ name: 'quotes', path: '/quotes/' });
  // The last page of a listing that has several: continued headings and a pager with Previous.
  const lastPage = (base: string) => laterPageNumbers(dist, base).at(-1);
  const lastQuotes = lastPage('quotes');
  if (lastQuotes) pages.push({ name: `quotes page ${lastQuotes}`, path: `/quotes/${lastQuotes}/` });
  pages.push({ name: 'entities', path: '/entities/' });
  const entities = readJson<EntityData[]>(join(dist, 'data', 'entities.json'));
  const mostNamed = [...entities].sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id))[0];
  if (mostNamed) {
    pages.push({ name: `entity (${mostNamed.id})`, path: `/entities/${mostNamed.id}/` });
    const lastEntity = lastPage(`entities/${mostNamed.id}`);
    if (lastEntity) pages.push({ name: `entity (${mostNamed.id}) page ${lastEntity}`, path: `/entities/${mostNamed.id}/${lastEntity}/` });
  }
  return pages;
}
