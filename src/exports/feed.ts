/** The RSS 2.0 feed of articles, newest first. */
import { articleUrl } from '../data/article-json.ts';
import type { CorpusArticle } from '../data/corpus.ts';
import { excerpt } from '../data/excerpt.ts';
import { kindLabel } from '../lib/format.ts';
import { absoluteUrl } from './site-url.ts';
import { FEED_URL } from './urls.ts';
import { escapeXml, xmlElement } from './xml.ts';

/** Feed readers only need what is new; older articles stay in the sitemap and on the index page. */
export const FEED_ITEMS = 50;

/** `2022-04-26` → `Tue, 26 Apr 2022 00:00:00 GMT`: RFC 822 (four-digit year), as RSS 2.0 dates are written. */
export const rfc822Date = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).toUTCString();

/** The summary a feed reader shows: the frontmatter summary, else the opening words of the story itself. */
export function feedSummary({ frontmatter, annotation }: CorpusArticle): string {
  if (frontmatter.summary) return frontmatter.summary;
  const opening = annotation.paragraphs.find((paragraph) => !paragraph.framing && (paragraph.role === 'prose' || paragraph.role === 'speech'));
  return opening ? excerpt(opening.text, 40) : `${frontmatter.publisher}: ${frontmatter.title}`;
}

/** The feed XML for articles in corpus order (newest first); `site` makes every link absolute. */
export function rssFeed(articles: readonly CorpusArticle[], site: URL, limit = FEED_ITEMS): string {
  const newest = [...articles].sort((a, b) => b.frontmatter.published.localeCompare(a.frontmatter.published)).slice(0, limit);
  const items = newest.map((article) => {
    const url = absoluteUrl(articleUrl(article.slug), site);
    return [
      '    <item>',
      `      ${xmlElement('title', article.frontmatter.title)}`,
      `      ${xmlElement('link', url)}`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      ${xmlElement('pubDate', rfc822Date(article.frontmatter.published))}`,
      `      ${xmlElement('category', kindLabel(article.frontmatter.kind))}`,
      `      ${xmlElement('description', feedSummary(article))}`,
      '    </item>',
    ].join('\n');
  });
  const latest = newest[0]?.frontmatter.published;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    ${xmlElement('title', 'Who said what')}`,
    `    ${xmlElement('link', absoluteUrl('/', site))}`,
    `    ${xmlElement('description', 'Annotated news transcripts and articles: who speaks, who is quoted, who is named.')}`,
    '    <language>en</language>',
    `    <atom:link href="${escapeXml(absoluteUrl(FEED_URL, site))}" rel="self" type="application/rss+xml"/>`,
    // The newest article's date, not the build time, so two builds of the same content are identical.
    ...(latest ? [`    ${xmlElement('lastBuildDate', rfc822Date(latest))}`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
