/** Sitemaps (sitemaps.org protocol 0.9): one file, or an index of files when the site outgrows one. */
import { escapeXml, xmlElement } from './xml.ts';

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapEntry {
  /** Absolute URL of the page. */
  loc: string;
  /** W3C date (YYYY-MM-DD) the page's content dates from, when known. */
  lastmod?: string | undefined;
}

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const urlset = (entries: readonly SitemapEntry[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${XMLNS}">`,
    ...entries.map(({ loc, lastmod }) => `  <url>${xmlElement('loc', loc)}${lastmod ? xmlElement('lastmod', lastmod) : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');

const sitemapIndex = (locs: readonly string[]) =>
  ['<?xml version="1.0" encoding="UTF-8"?>', `<sitemapindex xmlns="${XMLNS}">`, ...locs.map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>`), '</sitemapindex>', ''].join('\n');

/**
 * The files to write at the site root: `sitemap.xml` alone, or, past `maxUrls`, `sitemap.xml` as an index of
 * `sitemap-1.xml`, `sitemap-2.xml`, … so that crawlers always start from the same address.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], site: URL, maxUrls = SITEMAP_MAX_URLS): { name: string; xml: string }[] {
  if (entries.length <= maxUrls) return [{ name: 'sitemap.xml', xml: urlset(entries) }];
  const parts: { name: string; xml: string }[] = [];
  for (let start = 0; start < entries.length; start += maxUrls) {
    parts.push({ name: `sitemap-${parts.length + 1}.xml`, xml: urlset(entries.slice(start, start + maxUrls)) });
  }
  return [{ name: 'sitemap.xml', xml: sitemapIndex(parts.map((part) => new URL(`/${part.name}`, site).href)) }, ...parts];
}
