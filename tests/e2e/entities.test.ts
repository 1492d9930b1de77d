/**
 * Entity pages over several pages, in real headless Chromium on the browser tests' build (a small page size, see
 * global-setup.ts): every article that names an entity is listed once under "Named in" across its pages, with the
 * number of mentions the data files give and excerpts linking to paragraphs that exist; the page count, titles and
 * "continued" headings agree. Entities and articles come from the built data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { plural } from '../../src/lib/format.ts';
import type { ArticleJson, EntityJson } from './data-json.ts';
import { E2E_DIST } from './global-setup.ts';
import { listingPaths, normalize, sitePages } from './site.ts';

const { baseUrl, withPage } = sitePages();

const dataDir = join(E2E_DIST, 'data', 'articles');
const articles: ArticleJson[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as ArticleJson);
const entities = JSON.parse(readFileSync(join(E2E_DIST, 'data', 'entities.json'), 'utf8')) as EntityJson[];

/** Article URL → mentions of the entity there, from the data files. */
function mentionsOf(id: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const n = article.mentions.filter((mention) => mention.entity === id).length;
    if (n > 0) counts.set(article.url, n);
  }
  return counts;
}

describe('entity pages', () => {
  test('the browser tests build at least one entity over several pages', () => {
    expect(entities.filter((entity) => listingPaths(`/entities/${entity.id}/`).length > 1).map((entity) => entity.id)).not.toEqual([]);
  });

  test('"Named in" across an entity\'s pages lists every article that names it once, with its mentions and excerpts that land', async () => {
    const paragraphIds = new Map(articles.map((article) => [article.url, new Set(article.paragraphs.map((p) => p.id))]));
    await withPage('/entities/', {}, async (page) => {
      for (const entity of entities) {
        const paths = listingPaths(`/entities/${entity.id}/`);
        const listed: { url: string; stats: string; excerpts: string[]; path: string }[] = [];
        const headings: string[] = [];
        for (const [index, path] of paths.entries()) {
          const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
          expect(response?.status(), `HTTP status of ${path}`).toBe(200);
          expect.soft(normalize(await page.locator('h1').innerText()), `heading of ${path}`).toBe(normalize(entity.name));
          if (paths.length > 1) expect.soft(await page.title(), `title of ${path}`).toContain(`${entity.name}, page ${index + 1} of ${paths.length}`);
          headings.push(...(await page.locator('main h2').allInnerTexts()).map((text) => `${index + 1}: ${normalize(text)}`));
          const items = await page.locator('ul.mention-list > li').evaluateAll((lis) =>
            lis.map((li) => ({
              url: li.querySelector(':scope > a')?.getAttribute('href') ?? '',
              stats: (li.querySelector<HTMLElement>(':scope > .stats')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
              excerpts: [...li.querySelectorAll('.excerpts a')].map((a) => a.getAttribute('href') ?? ''),
            })),
          );
          listed.push(...items.map((item) => ({ ...item, path })));
        }

        const expected = mentionsOf(entity.id);
        expect.soft(listed.map((item) => item.url).sort(), `articles under "Named in" on the pages of ${entity.id}`).toEqual([...expected.keys()].sort());
        for (const item of listed) {
          expect.soft(item.stats, `mentions of ${entity.id} in ${item.url} (${item.path})`).toContain(plural(expected.get(item.url) ?? 0, 'mention'));
          expect.soft(item.excerpts.length, `excerpts of ${item.url} on ${item.path}`).toBeGreaterThan(0);
          for (const href of item.excerpts) {
            const [url, id] = href.split('#');
            expect.soft(url, `excerpt link on ${item.path}`).toBe(item.url);
            expect.soft(paragraphIds.get(url!)?.has(id!), `${href} is a paragraph of the article`).toBe(true);
          }
        }
        // A list that goes on from an earlier page says so; its first page does not.
        const firstOf = new Map<string, number>();
        for (const heading of headings) {
          const [number, text] = [Number(heading.split(':')[0]), heading.slice(heading.indexOf(':') + 2)];
          const name = text.replace(/ \(continued\)$/, '');
          expect.soft(text.endsWith('(continued)'), `"${text}" on page ${number} of ${entity.id}`).toBe(firstOf.has(name));
          if (!firstOf.has(name)) firstOf.set(name, number);
        }
      }
    });
  });
});
