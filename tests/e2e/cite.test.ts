/**
 * Citing what was said, in real headless Chromium, on a fresh build of the real site: a citation for every turn
 * and quote (readable with no script), copying it, links that land on the exact words (text fragments), the
 * speaker chart with its figures as text, "Also quoted in" links, and a phone-width layout.
 * Articles, turns, quotes and speakers are discovered from the built data files, never hard-coded.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countWords } from '../../src/annotate/transcript-lines.ts';
import { MAX_LINKS, MAX_SHARED_ARTICLES } from '../../src/data/also-quoted.ts';
import { E2E_DIST } from './global-setup.ts';
import { DESKTOP, PHONE, SCREENSHOTS, byId, expectFitsWidth, expectScrolledIntoView, normalize, sitePages } from './site.ts';
import type { ArticleJson } from './data-json.ts';

const dataDir = join(E2E_DIST, 'data', 'articles');
const articles: ArticleJson[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as ArticleJson);
const entityNames = new Map(
  (JSON.parse(readFileSync(join(E2E_DIST, 'data', 'entities.json'), 'utf8')) as { id: string; name: string }[]).map((entity) => [entity.id, entity.name] as const),
);
const transcripts = articles.filter((article) => article.turns.length > 0);
const busiest = [...transcripts].sort((a, b) => b.turns.length - a.turns.length)[0];

const { baseUrl, withPage } = sitePages();
/** Links to the words checked per page besides those with a prefix: each is a page load. */
const SAMPLED_LINKS = 12;

// What a citation says, derived from the data files: "26 April 2022", titles and quotes in “…” with nested “…” as ‘…’.
const date = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const quoted = (text: string) => `“${normalize(text).replaceAll('“', '‘').replaceAll('”', '’')}”`;
const source = (article: ArticleJson) => `${quoted(article.title)}, ${article.publisher}, ${date(article.published)}.`;

/** The expected citation of each turn and quote, by element id; `origin` is '' for a path-only link. */
async function expectedCitations(page: Page, article: ArticleJson, origin: string): Promise<Map<string, string>> {
  const citations = new Map<string, string>();
  for (const turn of article.turns) {
    // A speaker with no entity is shown under the name on the turn's speaker line.
    const name = turn.speaker ? entityNames.get(turn.speaker)! : normalize(await byId(page, turn.id).locator(':scope > p.speaker > :first-child').innerText());
    citations.set(turn.id, `${name}, in ${source(article)} ${origin}${article.url}#${turn.id}`);
  }
  for (const quote of article.quotes) {
    const who = quote.speakerName ? quote.speakerName.charAt(0).toUpperCase() + quote.speakerName.slice(1) : 'Unattributed';
    citations.set(quote.id, `${quoted(quote.text)} ${who}, quoted in ${source(article)} ${origin}${article.url}#${quote.id}`);
  }
  return citations;
}

/** The site's configured origin if the built citations are absolute, else '' (paths, completed by the browser). */
const builtOrigin = (href: string) => (/^https?:/.test(href) ? new URL(href).origin : '');

const citePage = (article: ArticleJson) => `${article.url}cite/`;

/** Citations as a page shows them, by turn or quote id: the citation's text and its link to the words. */
const shownCitations = (page: Page, scope: string) =>
  page.locator(`${scope} [id^="citation-"], ${scope} li[id^="cite-"] .citation`).evaluateAll((citations) =>
    citations.flatMap((citation) => {
      const holder = citation.closest('li[id^="cite-"], .cite-panel');
      if (!holder) return [];
      return {
        id: holder.id.replace(/^cite-(panel-)?/, ''),
        text: (citation.textContent ?? '').replace(/\s+/g, ' ').trim(),
        words: holder.querySelector('a.cite-words')?.getAttribute('href') ?? null,
        visible: citation.checkVisibility(),
      };
    }),
  );

describe.each(articles.map((article) => [article.slug, article] as const))('citations of %s', (_slug, article) => {
  const parts = article.turns.length + article.quotes.length;

  test('with no script, the article page cites the article and links to the citation of every turn and quote', async () => {
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      const section = page.getByRole('region', { name: 'Cite', exact: true });
      expect(await section.count(), 'the "Cite" region').toBe(1);
      const origin = builtOrigin((await section.locator('#cite-article a.cite-url').getAttribute('href'))!);
      expect(normalize(await section.locator('#cite-article').innerText()), 'citation of the article').toBe(`${source(article)} ${origin}${article.url}`);
      expect(await section.locator(`a[href="${citePage(article)}"]`).count(), 'link to the citations page').toBe(parts > 0 ? 1 : 0);
    });
  });

  test.skipIf(parts === 0)('with no script, the citations page gives every turn and quote its citation as text, in page order', async () => {
    await withPage(citePage(article), { javaScriptEnabled: false }, async (page) => {
      const origin = builtOrigin((await page.locator('#cite-article a.cite-url').getAttribute('href'))!);
      expect(normalize(await page.locator('#cite-article').innerText()), 'citation of the article').toBe(`${source(article)} ${origin}${article.url}`);
      const expected = await withPage(article.url, { javaScriptEnabled: false }, (story) => expectedCitations(story, article, origin));
      const shown = await shownCitations(page, '#cite');
      expect(shown.map((item) => item.id), 'citations, turns then quotes').toEqual([...expected.keys()]);
      for (const item of shown) {
        expect.soft(item.visible, `citation of #${item.id} visible`).toBe(true);
        expect.soft(item.text, `citation of #${item.id}`).toBe(expected.get(item.id));
        expect.soft(item.words, `link to the words of #${item.id}`).toMatch(new RegExp(`^${origin}${article.url}#${item.id}:~:text=[^&#\\s]+$`));
      }
      // Selectable: a reader can select a citation and copy it by hand.
      const selected = await page.locator('li[id^="cite-"] .citation').first().evaluate((citation) => {
        getSelection()!.selectAllChildren(citation);
        return getSelection()!.toString();
      });
      expect(normalize(selected), 'selected text of the first citation').toBe(expected.values().next().value);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `cite-${article.slug}-citations-page.png`), fullPage: true });
    });
  });

  test.skipIf(parts === 0)('"Link to the words" lands on its turn or quote, found by its words alone (every link with a prefix, a spread of the rest)', async () => {
    const links = await withPage(citePage(article), { javaScriptEnabled: false }, (page) =>
      page.locator('li[id^="cite-"]').evaluateAll((items) => items.map((item) => ({ id: item.id.slice('cite-'.length), href: item.querySelector('a.cite-words')!.getAttribute('href')! }))),
    );
    expect(links.length, 'links to the words').toBe(parts);
    // Each check is a page load: every link that needed a prefix to be unambiguous, and an even spread of the others.
    const prefixed = links.filter((link) => /:~:text=[^,]*-,/.test(link.href));
    const others = links.filter((link) => !prefixed.includes(link));
    const step = Math.max(1, others.length / SAMPLED_LINKS);
    const checked = [...prefixed, ...others.filter((_, i) => i % step < 1)];
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      for (const [i, { id, href }] of checked.entries()) {
        const [path, fragment] = href.split('#') as [string, string];
        expect(new URL(path, baseUrl).pathname, `page of the link to #${id}`).toBe(article.url);
        const [anchor, directive] = fragment.split(':~:');
        expect(anchor, `element id of the link to #${id}`).toBe(id);
        // Without the element id, only the words can bring the reader there; a query makes each a new page load.
        await page.goto(`${baseUrl}${article.url}?words=${i}#:~:${directive}`, { waitUntil: 'load' });
        await expect
          .poll(() => page.evaluate((targetId) => document.querySelector(':target')?.closest(`[id="${targetId}"]`)?.id ?? document.querySelector(':target')?.id ?? null, id), {
            message: `element the words of #${id} land on`,
            timeout: 5_000,
          })
          .toBe(id);
      }
    });
  });

  test.skipIf(parts === 0)('with a script, "Cite" on every turn and quote of the article page opens the same citation and link to the words as the citations page', async () => {
    const listed = await withPage(citePage(article), { javaScriptEnabled: false }, (page) => shownCitations(page, '#cite'));
    await withPage(article.url, {}, async (page) => {
      const buttons = page.locator('.story section.turn > p.speaker button.cite-button, .quote-list li button.cite-button');
      expect(await buttons.count(), '"Cite" buttons: one per turn and per quote').toBe(parts);
      await buttons.evaluateAll((all) => all.forEach((button) => (button as HTMLButtonElement).click()));
      const opened = await shownCitations(page, 'main');
      const openById = new Map(opened.filter((item) => item.visible).map((item) => [item.id, item] as const));
      // Paths on the citations page (no site configured) are completed with the page's origin on the article page.
      const complete = (text: string | null) => (text && !builtOrigin(text.slice(text.lastIndexOf(' ') + 1)) ? text.replace(`${article.url}#`, `${baseUrl}${article.url}#`) : text);
      for (const entry of listed) {
        const panel = openById.get(entry.id);
        expect.soft(panel, `open citation of #${entry.id}`).toBeDefined();
        expect.soft(panel?.text, `citation of #${entry.id}`).toBe(complete(entry.text));
        expect.soft(panel?.words, `link to the words of #${entry.id}`).toBe(complete(entry.words));
      }
    });
  });
});

describe.skipIf(!busiest)('copying citations on the busiest transcript', () => {
  const article = busiest!;
  const turn = article.turns[Math.floor(article.turns.length / 2)]!;

  test('"Cite" on a turn opens its citation; "Copy citation" copies it with the page\'s address, and says so', async () => {
    await withPage(article.url, { permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
      const origin = builtOrigin((await page.locator('#cite-article a.cite-url').getAttribute('href'))!) || baseUrl;
      const expected = (await expectedCitations(page, article, origin)).get(turn.id)!;
      const cite = byId(page, turn.id).locator(':scope > p.speaker').getByRole('button', { name: /^Cite/ });
      expect(await cite.count(), `"Cite" on #${turn.id}`).toBe(1);
      expect(await cite.getAttribute('aria-label'), 'the button names the speaker').toContain(entityNames.get(turn.speaker!) ?? '');
      expect(await cite.getAttribute('aria-expanded'), 'closed at first').toBe('false');

      await cite.click();
      expect(await cite.getAttribute('aria-expanded'), 'open after a click').toBe('true');
      const panel = page.locator(`[id="${(await cite.getAttribute('aria-controls'))!}"]`);
      expect(await panel.isVisible(), 'the citation panel').toBe(true);
      expect(normalize(await panel.locator('.citation').innerText()), 'citation shown').toBe(expected);

      const copy = panel.getByRole('button', { name: 'Copy citation' });
      expect(await copy.count(), '"Copy citation" in the panel').toBe(1);
      // Pinned by its class: its name changes to say it copied.
      const copied = panel.locator('button.copy-citation');
      await copy.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: 'clipboard after "Copy citation"', timeout: 5_000 }).toBe(expected);
      expect(normalize(await copied.innerText()), 'visible feedback').toMatch(/copied/i);
      expect(normalize(await page.locator('#cite-status').textContent() ?? ''), 'announced').toBe(`Citation copied: ${expected}`);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `cite-${article.slug}-copied.png`) });
      await expect.poll(() => copied.innerText(), { message: 'button text after a while', timeout: 5_000 }).toBe('Copy citation');

      await cite.click();
      expect(await panel.isVisible(), 'closed by a second click').toBe(false);
    });
  });

  test.skipIf(article.quotes.length === 0)('"Cite" in the list of quotes, and "Copy citation" on the citations page, copy the quote\'s citation', async () => {
    const quote = article.quotes[0]!;
    await withPage(article.url, { permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      const origin = builtOrigin((await page.locator('#cite-article a.cite-url').getAttribute('href'))!) || baseUrl;
      const expected = (await expectedCitations(page, article, origin)).get(quote.id)!;
      await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
      const item = page.locator('.quote-list li').filter({ has: page.locator(`a[href="#${quote.id}"]`) });
      await item.getByRole('button', { name: /^Cite/ }).click();
      await item.getByRole('button', { name: 'Copy citation' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: 'clipboard after "Cite" in the list of quotes', timeout: 5_000 }).toBe(expected);

      await page.goto(`${baseUrl}${citePage(article)}`, { waitUntil: 'load' });
      await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
      await page.locator(`[id="cite-${quote.id}"]`).getByRole('button', { name: 'Copy citation' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: 'clipboard after "Copy citation" on the citations page', timeout: 5_000 }).toBe(expected);
    });
  });

  test('a link to the words scrolls to them and highlights them', async () => {
    const quote = [...article.quotes].sort((a, b) => b.text.length - a.text.length)[0];
    const id = quote?.id ?? turn.id;
    const href = await withPage(citePage(article), { javaScriptEnabled: false }, (page) => page.locator(`[id="cite-${id}"] a.cite-words`).getAttribute('href'));
    await withPage(href!, { javaScriptEnabled: false }, async (page) => {
      const target = byId(page, id);
      await expectScrolledIntoView(target, DESKTOP.height);
      expect(await page.evaluate(() => window.scrollY), 'scrolled down to the words').toBeGreaterThan(0);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const shot = await page.screenshot({ path: join(SCREENSHOTS, `cite-${article.slug}-words.png`) });
      const box = (await target.boundingBox())!;
      // The words are painted with the ::target-text colour (the search mark, #ffc94d), not just the :target background.
      const marked = await countPixels(page, shot, box, [0xff, 0xc9, 0x4d]);
      expect(marked, `pixels of #${id} in the text-fragment highlight colour`).toBeGreaterThan(box.width * 2);
    });
  });
});

/** Pixels of about `rgb` inside `box` of a PNG screenshot, counted by decoding it in a blank page's canvas. */
async function countPixels(page: Page, png: Buffer, box: { x: number; y: number; width: number; height: number }, rgb: number[]): Promise<number> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ data, box, rgb }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const x = Math.max(0, Math.floor(box.x));
        const y = Math.max(0, Math.floor(box.y));
        const pixels = context.getImageData(x, y, Math.max(1, Math.min(image.width - x, Math.ceil(box.width))), Math.max(1, Math.min(image.height - y, Math.ceil(box.height)))).data;
        let count = 0;
        for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i]! - rgb[0]!) + Math.abs(pixels[i + 1]! - rgb[1]!) + Math.abs(pixels[i + 2]! - rgb[2]!) < 12) count++;
        return count;
      },
      { data: png.toString('base64'), box, rgb },
    );
  } finally {
    await blank.close();
  }
}

describe.each(transcripts.map((article) => [article.slug, article] as const))('speaker chart of %s', (_slug, article) => {
  // Each speaker's turns and words, counted from the data file with the annotator's word count.
  const text = new Map(article.paragraphs.map((p) => [p.id, p.text] as const));
  const speakers = new Map<string, { name: string; turns: number; words: number }>();
  for (const turn of article.turns) {
    const key = turn.speaker ?? `label:${turn.label}`;
    const row = speakers.get(key) ?? speakers.set(key, { name: turn.speaker ? entityNames.get(turn.speaker)! : turn.label!, turns: 0, words: 0 }).get(key)!;
    row.turns++;
    row.words += turn.paragraphs.reduce((sum, id) => sum + countWords(text.get(id) ?? ''), 0);
  }
  const total = [...speakers.values()].reduce((sum, row) => sum + row.words, 0);
  const percent = (words: number) => `${Math.round((words / total) * 100)}%`;
  const byWords = [...speakers.values()].sort((a, b) => b.words - a.words);

  test('is an image with an accessible name, its figures in a table for screen readers and on the bars', async () => {
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      const chart = page.locator('svg[role="img"]');
      expect(await chart.count(), 'charts on the page').toBe(1);
      const name = await chart.evaluate((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      });
      expect(name, 'accessible name from aria-labelledby').not.toBe('');
      expect(await chart.locator(':scope > title').count(), '<title> in the chart').toBe(1);
      expect(await page.getByRole('img', { name, exact: true }).count(), 'found by its role and name').toBe(1);

      const rows = await page.locator('figure.speaker-chart table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
      expect(rows, 'table rows: speaker, turns, words, share, most words first').toEqual(byWords.map((row) => [row.name, String(row.turns), String(row.words), percent(row.words)]));
      // The table is for screen readers: in the accessibility tree, though not painted.
      const table = page.getByRole('table', { name: /speakers/i });
      expect(await table.count(), 'table found by its caption').toBe(1);

      const bars = await chart.locator('g').evaluateAll((groups) =>
        groups.map((g) => ({ name: g.querySelector('.chart-name')?.textContent ?? '', figures: g.querySelector('.chart-figures')?.textContent ?? '', width: (g.querySelector('rect') as SVGRectElement).getBBox().width })),
      );
      expect(bars.map((bar) => [bar.name, bar.figures]), 'name and figures on each bar').toEqual(byWords.map((row) => [row.name, `${percent(row.words)} · ${row.turns} turn${row.turns === 1 ? '' : 's'}`]));
      const longest = bars[0]!.width;
      bars.forEach((bar, i) => expect.soft(bar.width / longest, `bar of ${bar.name} relative to the longest`).toBeCloseTo(byWords[i]!.words / byWords[0]!.words, 1));
    });
  });
});

describe('also quoted in', () => {
  // The rule, applied by brute force to the data files: whitespace, quote marks, case and end punctuation ignored,
  // the shorter quote (three words or more, in no more than MAX_SHARED_ARTICLES articles) inside the longer as whole
  // words, in another article; the first MAX_LINKS articles in the site's order (newest first, then by title).
  const normal = (text: string) =>
    text.toLowerCase().replace(/[“”„‟«»]/g, '"').replace(/[‘’‚‛‹›]/g, "'").replace(/\s+/g, ' ').replace(/^[\s"'.,;:!?…–—-]+|[\s"'.,;:!?…–—-]+$/g, '');
  const holds = (longer: string, shorter: string) => new RegExp(`(?<![\\p{L}\\p{N}])${shorter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(longer);
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // Words quoted in too many articles are a commonplace, linked nowhere.
  const spread = (text: string) => articles.filter((article) => article.quotes.some((quote) => holds(normal(quote.text), text))).length;
  const siteOrder = [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  const expectedLinks = (article: ArticleJson, quote: ArticleJson['quotes'][number]) =>
    siteOrder
      .filter((other) => other !== article)
      .flatMap((other) => {
        const mine = normal(quote.text);
        const match = other.quotes.find((theirs) => {
          const their = normal(theirs.text);
          const shorter = holds(mine, their) ? their : holds(their, mine) ? mine : null;
          return shorter !== null && words(shorter) >= 3 && spread(shorter) <= MAX_SHARED_ARTICLES;
        });
        return match ? [`${other.url}#${match.id}`] : [];
      })
      .slice(0, MAX_LINKS);

  test.each(articles.filter((article) => article.quotes.length > 0).map((article) => [article.slug, article] as const))(
    'the list of quotes of %s links each quote to the same words elsewhere, and only those',
    async (_slug, article) => {
      await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
        const shown = await page.locator('.quote-list ol > li').evaluateAll((items) =>
          items.map((item) => [...item.querySelectorAll('.also-quoted a')].map((link) => link.getAttribute('href'))),
        );
        expect(shown, 'links under each quote, in order').toEqual(article.quotes.map((quote) => expectedLinks(article, quote)));
      });
    },
  );
});

describe.each(articles.map((article) => [article.slug, article] as const))('phone layout of %s', (_slug, article) => {
  test('fits 375 px: the article with the chart and every citation open, and the citations page', async () => {
    await withPage(article.url, { viewport: PHONE }, async (page) => {
      await page.locator('button.cite-button').evaluateAll((all) => all.forEach((button) => (button as HTMLButtonElement).click()));
      await expectFitsWidth(page);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const chart = page.locator('figure.speaker-chart');
      if (await chart.count()) await chart.screenshot({ path: join(SCREENSHOTS, `cite-${article.slug}-chart-phone.png`) });
      const panel = page.locator('.cite-panel').first();
      if (await panel.count()) {
        await panel.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, `cite-${article.slug}-panel-phone.png`) });
      }
    });
    await withPage(citePage(article), { viewport: PHONE }, async (page) => {
      await expectFitsWidth(page);
      await page.screenshot({ path: join(SCREENSHOTS, `cite-${article.slug}-citations-page-phone.png`) });
    });
  });
});
