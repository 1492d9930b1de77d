import type { Element, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { attribute, elements } from './hast-elements.ts';
import { findDate } from './dates.ts';
import { sameName } from './names.ts';
import type { Fact } from './page-facts.ts';

/** Facts an HTML page states in its metadata: `<title>`, Open Graph and article meta tags, JSON-LD, `<time datetime>`. */
export interface HtmlMeta {
  title: Fact | null;
  site: Fact | null;
  published: Fact | null;
  byline: Fact | null;
  url: Fact | null;
  /** Metadata that was present but unusable (JSON-LD that is not JSON), for the report. */
  notes: string[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in a JSON-LD document, looking into arrays and `@graph`. */
function jsonLdObjects(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdObjects);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  return [value, ...(graph === undefined ? [] : jsonLdObjects(graph))];
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;
const isArticle = (object: JsonObject) => [object['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type));

/** A JSON-LD value that names something: a string, `{ name }`, or a list of them. */
function names(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) return names(value['name']);
  return [];
}

const joinNames = (list: string[]) => (list.length <= 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`);
const httpUrl = (value: string | undefined) => (value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : undefined);

/** "Headline | The Daily Example" → "Headline" when the part after the last separator is, or starts with, the site's name. */
export function withoutSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const last = [...title.matchAll(/\s+[|–—-]\s+/g)].at(-1);
  if (!last) return title;
  const suffix = title.slice(last.index + last[0].length);
  // "… - CNN.com Transcripts" names the site too: the suffix starts with the site's name.
  const startsWithSite = suffix.toLowerCase().startsWith(site.toLowerCase()) && !/^\p{L}/u.test(suffix.slice(site.length));
  return sameName(suffix, site) || startsWithSite ? title.slice(0, last.index) : title;
}

/** Reads the page's metadata; `root` is the element the story is in, where a `<time datetime>` counts. */
export function readHtmlMeta(tree: Root, root: Element): HtmlMeta {
  const notes: string[] = [];
  const meta = new Map<string, Fact>();
  for (const element of elements(tree, (e) => e.tagName === 'meta')) {
    const key = (attribute(element, 'property') ?? attribute(element, 'name') ?? attribute(element, 'itemProp'))?.toLowerCase();
    const content = attribute(element, 'content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, { value: content, line: lineOf(element), source: key });
  }
  const fromMeta = (...keys: string[]) => keys.map((key) => meta.get(key)).find(Boolean) ?? null;

  let article: (JsonObject & { line: number }) | undefined;
  for (const script of elements(tree, (e) => e.tagName === 'script' && attribute(e, 'type')?.toLowerCase() === 'application/ld+json')) {
    try {
      const found = jsonLdObjects(JSON.parse(toText(script, { whitespace: 'pre' })) as Json).find(isArticle);
      if (found && !article) article = { ...found, line: lineOf(script) };
    } catch {
      notes.push(`line ${lineOf(script)}: JSON-LD is not valid JSON; ignored it`);
    }
  }
  const fromJsonLd = (value: string | undefined, field: string): Fact | null =>
    value && article ? { value, line: article.line, source: `JSON-LD ${field}` } : null;

  const site = fromJsonLd(joinNames(names(article?.['publisher'])), 'publisher') ?? fromMeta('og:site_name', 'application-name');
  const titleElement = elements(tree, (e) => e.tagName === 'title')[0];
  const h1 = elements(root, (e) => e.tagName === 'h1')[0];
  const pageTitle = (fact: Fact | null) => (fact ? { ...fact, value: withoutSiteName(fact.value, site?.value) } : null);
  const title =
    fromJsonLd(names(article?.['headline'])[0], 'headline') ??
    pageTitle(fromMeta('og:title', 'twitter:title')) ??
    (h1 && toText(h1).trim() ? { value: toText(h1).trim(), line: lineOf(h1), source: '<h1>' } : null) ??
    pageTitle(titleElement && toText(titleElement).trim() ? { value: toText(titleElement).trim(), line: lineOf(titleElement), source: '<title>' } : null);

  const time = elements(root, (e) => e.tagName === 'time' && Boolean(attribute(e, 'dateTime')))[0];
  const dated = (fact: Fact | null): Fact | null => {
    const date = fact ? findDate(fact.value) : null;
    return fact && date ? { ...fact, value: date } : null;
  };
  const published =
    dated(fromJsonLd(names(article?.['datePublished'])[0], 'datePublished')) ??
    dated(fromMeta('article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date')) ??
    dated(time ? { value: attribute(time, 'dateTime')!, line: lineOf(time), source: '<time datetime>' } : null);

  const authorMeta = fromMeta('author', 'article:author');
  const byline = fromJsonLd(joinNames(names(article?.['author'])), 'author') ?? (authorMeta && !httpUrl(authorMeta.value) ? authorMeta : null);

  const canonical = elements(tree, (e) => e.tagName === 'link' && /\bcanonical\b/i.test(attribute(e, 'rel') ?? ''))[0];
  const urlMeta = fromMeta('og:url');
  const url =
    (urlMeta && httpUrl(urlMeta.value) ? urlMeta : null) ??
    (canonical && httpUrl(attribute(canonical, 'href')) ? { value: httpUrl(attribute(canonical, 'href'))!, line: lineOf(canonical), source: 'canonical link' } : null) ??
    fromJsonLd(httpUrl(names(article?.['url'])[0]), 'url');

  return { title, site, published, byline, url, notes };
}
