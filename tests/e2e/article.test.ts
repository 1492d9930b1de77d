/**
 * What a reader sees, in real headless Chromium, on a fresh build of the real site.
 * Articles and paragraph ids are discovered from the built data files, never hard-coded.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { E2E_DIST } from './global-setup.ts';
import { DESKTOP, PHONE, SCREENSHOTS, expectScrolledIntoView, normalize, sitePages } from './site.ts';
import type { ArticleJson } from './data-json.ts';

/** Site chrome of the scraped originals that the importer must have stripped. */
const SCRAPED_CHROME = ['Play Live Radio', 'FCC Public Inspection Files', 'Stand up for civility', 'Your donation today'];


const dataDir = join(E2E_DIST, 'data', 'articles');
const articles: ArticleJson[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as ArticleJson);

const { baseUrl, withPage } = sitePages();



const storyParagraphs = (article: ArticleJson) => article.paragraphs.filter((p) => !p.framing);

test('the build has article data files', () => {
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles) {
    expect(article.url).toBe(`/articles/${article.slug}/`);
    expect(article.paragraphs.length).toBeGreaterThan(0);
  }
});

describe('home page', () => {
  test('screenshots for humans (not asserted)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await withPage('/', { viewport }, (page) => page.screenshot({ path: join(SCREENSHOTS, `home-${name}.png`), fullPage: true }));
    }
  });

  test('lists every article with a link, title, publisher and date, and the link opens the article', async () => {
    await withPage('/', {}, async (page) => {
      for (const article of articles) {
        const linkSelector = `a[href="${article.url}"]`;
        const link = page.locator(`main ${linkSelector}`);
        expect(await link.count(), `link to ${article.url}`).toBe(1);
        expect.soft(normalize(await link.innerText())).toBe(normalize(article.title));

        const item = page.locator('main li').filter({ has: page.locator(linkSelector) });
        expect(await item.count(), `list item of ${article.slug}`).toBe(1);
        const itemText = normalize(await item.innerText());
        expect.soft(itemText).toContain(article.publisher);
        const time = item.locator(`time[datetime="${article.published}"]`);
        expect(await time.count(), `date of ${article.slug}`).toBe(1);
        const dateText = normalize(await time.innerText());
        expect.soft(dateText).toContain(article.published.slice(0, 4));
      }

      for (const article of articles) {
        await page.goto(`${baseUrl}/`);
        await Promise.all([page.waitForURL(`${baseUrl}${article.url}`), page.locator(`main a[href="${article.url}"]`).click()]);
        expect(normalize(await page.locator('h1').innerText())).toBe(normalize(article.title));
      }
    });
  });
});

describe.each(articles.map((article) => [article.slug, article] as const))('article %s', (_slug, article) => {
  test('shows every paragraph of the data file, in order, and none of the scraped site chrome', async () => {
    await withPage(article.url, {}, async (page) => {
      const story = page.locator('.story');
      expect(await story.count()).toBe(1);
      const visible = normalize(await story.innerText());

      let from = 0;
      for (const paragraph of article.paragraphs) {
        const text = normalize(paragraph.text);
        const at = visible.indexOf(text, from);
        expect(at, `paragraph ${paragraph.id} visible after the previous one: "${text.slice(0, 80)}…"`).toBeGreaterThanOrEqual(0);
        from = at + text.length;
      }

      const html = (await page.content()).toLowerCase();
      const pageText = (await page.locator('body').innerText()).toLowerCase();
      for (const chrome of SCRAPED_CHROME) {
        expect.soft(html, `"${chrome}" in the HTML`).not.toContain(chrome.toLowerCase());
        expect.soft(pageText, `"${chrome}" in the visible text`).not.toContain(chrome.toLowerCase());
      }
    });
  });

  test('framing paragraphs are inside aside.framing or are credit lines, and story paragraphs are neither', async () => {
    await withPage(article.url, {}, async (page) => {
      const placement = await page.evaluate((ids) => {
        return ids.map((id) => {
          const all = document.querySelectorAll(`[id="${CSS.escape(id)}"]`);
          const element = all[0];
          return {
            id,
            count: all.length,
            tag: element?.tagName.toLowerCase() ?? null,
            // Republisher framing sits in the aside; a broadcaster's credit line is a p.credit of its own.
            inFraming: element?.closest('aside.framing') != null || element?.matches('p.credit') === true,
          };
        });
      }, article.paragraphs.map((p) => p.id));

      const expected = new Map(article.paragraphs.map((p) => [p.id, p.framing === true]));
      const wrong = placement
        .filter(({ id, count, tag, inFraming }) => count !== 1 || tag !== 'p' || inFraming !== expected.get(id))
        .map(({ id, count, tag, inFraming }) =>
          count === 0
            ? `#${id} is missing`
            : `#${id}: ${count} element(s), <${tag}>, ${inFraming ? 'marked' : 'not marked'} as framing, expected one <p> ${expected.get(id) ? 'marked' : 'not marked'}`,
        );
      expect(wrong, 'paragraphs in the wrong place').toEqual([]);
      if (!article.paragraphs.some((p) => p.framing)) {
        expect(await page.locator('aside.framing, p.credit').count()).toBe(0);
      }
    });
  });

  test('a link to a paragraph scrolls to it and highlights it, with JavaScript disabled', async () => {
    const story = storyParagraphs(article);
    expect(story.length, 'story paragraphs to link to').toBeGreaterThanOrEqual(2);
    const target = story[Math.floor(story.length / 2)]!;
    const other = story.find((p) => p !== target)!;

    await withPage(`${article.url}#${target.id}`, { javaScriptEnabled: false }, async (page) => {
      const targetLocator = page.locator(`[id="${target.id}"]`);
      const otherLocator = page.locator(`[id="${other.id}"]`);
      expect(await targetLocator.count(), `#${target.id} on the page`).toBe(1);
      expect(await otherLocator.count(), `#${other.id} on the page`).toBe(1);

      await expectScrolledIntoView(targetLocator, DESKTOP.height);

      const background = (element: Element) => getComputedStyle(element).backgroundColor;
      const targetBackground = await targetLocator.evaluate(background);
      const otherBackground = await otherLocator.evaluate(background);
      expect(targetBackground, 'background of the linked paragraph').not.toBe(otherBackground);
      expect(targetBackground, 'background of the linked paragraph').not.toBe('rgba(0, 0, 0, 0)');
    });
  });

  test('fits a phone screen: no horizontal scrolling and body text of at least 16px', async () => {
    await withPage(article.url, { viewport: PHONE }, async (page) => {
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, 'page width vs window width').toBeLessThanOrEqual(widths.inner);
      expect(widths.scroll, 'page width vs window width without the scrollbar').toBeLessThanOrEqual(widths.client);

      const sizes = await page.evaluate(
        (ids) => ids.map((id) => [id, parseFloat(getComputedStyle(document.getElementById(id)!).fontSize)] as const),
        storyParagraphs(article).map((p) => p.id),
      );
      for (const [id, size] of sizes) expect.soft(size, `font size of #${id}`).toBeGreaterThanOrEqual(16);
    });
  });

  test('has a main landmark, one h1, lang="en", a skip link to #main and a navigation landmark', async () => {
    await withPage(article.url, {}, async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.locator('h1').count()).toBe(1);
      expect(normalize(await page.locator('h1').innerText())).toBe(normalize(article.title));
      expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(1);

      // The skip link is the first thing the keyboard reaches, and its target exists.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element instanceof HTMLAnchorElement ? { href: element.getAttribute('href'), text: element.innerText } : null;
      });
      expect(focused?.href, 'first focusable element').toBe('#main');
      expect(focused?.text.trim(), 'skip link text').not.toBe('');
      expect(await page.locator('main#main, main #main').count()).toBe(1);
    });
  });

  test('screenshots for humans (not asserted)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await withPage(article.url, { viewport }, (page) =>
        page.screenshot({ path: join(SCREENSHOTS, `${article.slug}-${name}.png`), fullPage: true }),
      );
    }
    // What a reader lands on when following a link to a paragraph (the viewport only).
    const story = storyParagraphs(article);
    const target = story[Math.floor(story.length / 2)];
    if (target) {
      await withPage(`${article.url}#${target.id}`, { javaScriptEnabled: false }, async (page) => {
        await expectScrolledIntoView(page.locator(`[id="${target.id}"]`), DESKTOP.height);
        await page.screenshot({ path: join(SCREENSHOTS, `${article.slug}-linked-paragraph.png`) });
      });
    }
  });
});
