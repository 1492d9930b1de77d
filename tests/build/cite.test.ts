/**
 * Citing across articles, on a throwaway site whose three small articles quote the same words (the seed articles
 * share none) and whose `site` is configured: "Also quoted in" links both ways, absolute citation links on the
 * configured site, and text-fragment links that must get past the same words in a headline or earlier on the page.
 * Checked in real headless Chromium.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';
import { projectRoot } from '../helpers/temp-site.ts';

const SITE = 'https://news.example';

const FIRST = `---
title: "We will rebuild every bridge in this town, mayor says"
kind: article
publisher: Riverside Gazette
published: 2024-03-01
---

The mayor, Ann Holt, spoke to residents on Friday.

“We will rebuild every bridge in this town,” Holt said.

Residents chanted “no more floods this year” at the meeting.

Later Holt repeated: “no more floods this year” for the cameras.
`;

const SECOND = `---
title: Flood recovery, one year on
kind: transcript
publisher: Valley Radio
published: 2024-03-02
---

RUTH CALLOWAY, HOST: The mayor made a promise this week.

DEV PATEL, BYLINE: She did. Ann Holt told residents, quote, "we will rebuild every bridge in this town." Not everyone believes her.

CALLOWAY: Thank you, Dev.
`;

const THIRD = `---
title: Council weighs the cost of new bridges
kind: article
publisher: Riverside Gazette
published: 2024-03-03
---

Holt has promised to “rebuild every bridge in this town” before winter, a council member, Sam Reyes, said.
`;

interface ArticleJson {
  slug: string;
  title: string;
  url: string;
  quotes: { id: string; text: string }[];
}

// The site's own config, with a site origin added on top (whatever the config sets).
const site = servedSite({ 'content/articles/first.md': FIRST, 'content/articles/second.md': SECOND, 'content/articles/third.md': THIRD }, (dir) => {
  cpSync(join(projectRoot, 'astro.config.ts'), join(dir, 'site.config.ts'));
  writeFileSync(join(dir, 'astro.config.ts'), `import config from './site.config.ts';\nexport default { ...config, site: '${SITE}' };\n`);
});

const data = (slug: string) => JSON.parse(readFileSync(join(site.dir, `dist/data/articles/${slug}.json`), 'utf8')) as ArticleJson;
const quoteWith = (slug: string, words: string, nth = 0) => data(slug).quotes.filter((quote) => quote.text.toLowerCase().includes(words))[nth]!;

async function withPage<T>(path: string, javaScriptEnabled: boolean, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return await use(page);
  } finally {
    await context.close();
  }
}

const alsoQuotedLinks = (page: Page, quoteId: string) =>
  page.locator('.quote-list li').filter({ has: page.locator(`a[href="#${quoteId}"]`) }).locator('.also-quoted a').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), (link as HTMLElement).innerText]));

describe('also quoted in', () => {
  it('links the same words across articles both ways: same words in other marks and case, and words inside a longer quote', async () => {
    const bridge = { first: quoteWith('first', 'rebuild every bridge'), second: quoteWith('second', 'rebuild every bridge'), third: quoteWith('third', 'rebuild every bridge') };
    const link = (slug: keyof typeof bridge, title: string) => [`/articles/${slug}/#${bridge[slug].id}`, title];
    const titles = { first: data('first').title, second: data('second').title, third: data('third').title };
    // Newest article first: third (3 March), second, first.
    await withPage('/articles/first/', false, async (page) => expect(await alsoQuotedLinks(page, bridge.first.id)).toEqual([link('third', titles.third), link('second', titles.second)]));
    await withPage('/articles/second/', false, async (page) => expect(await alsoQuotedLinks(page, bridge.second.id)).toEqual([link('third', titles.third), link('first', titles.first)]));
    await withPage('/articles/third/', false, async (page) => expect(await alsoQuotedLinks(page, bridge.third.id)).toEqual([link('second', titles.second), link('first', titles.first)]));
  });

  it('does not link a quote to the same words in its own article', async () => {
    const floods = data('first').quotes.filter((quote) => quote.text.includes('no more floods'));
    expect(floods, 'the repeated quote').toHaveLength(2);
    await withPage('/articles/first/', false, async (page) => {
      for (const quote of floods) expect(await alsoQuotedLinks(page, quote.id), `links of #${quote.id}`).toEqual([]);
    });
  });

  it('an "Also quoted in" link lands on the other quote', async () => {
    const from = quoteWith('third', 'rebuild every bridge');
    const to = quoteWith('second', 'rebuild every bridge');
    await withPage('/articles/third/', false, async (page) => {
      await Promise.all([page.waitForURL(`${site.url}/articles/second/#${to.id}`), page.locator('.quote-list li').filter({ has: page.locator(`a[href="#${from.id}"]`) }).locator('.also-quoted a').first().click()]);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(to.id);
    });
  });
});

describe('citations on a configured site', () => {
  it('are absolute on the site, with and without a script, on the citations page and the article page', async () => {
    const quote = quoteWith('first', 'rebuild every bridge');
    const expected = `“We will rebuild every bridge in this town,” Ann Holt, quoted in “We will rebuild every bridge in this town, mayor says”, Riverside Gazette, 1 March 2024. ${SITE}/articles/first/#${quote.id}`;
    const shown = (page: Page, selector: string) => page.locator(selector).evaluate((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
    for (const javaScriptEnabled of [false, true]) {
      await withPage('/articles/first/cite/', javaScriptEnabled, async (page) => {
        expect(await shown(page, `[id="cite-${quote.id}"] .citation`), `on the citations page, javaScriptEnabled: ${javaScriptEnabled}`).toBe(expected);
      });
    }
    await withPage('/articles/first/', true, async (page) => {
      await page.locator('.quote-list li').filter({ has: page.locator(`a[href="#${quote.id}"]`) }).getByRole('button', { name: /^Cite/ }).click();
      expect(await shown(page, `[id="cite-panel-${quote.id}"] .citation`), 'built on the article page').toBe(expected);
    });
  });
});

describe('links to the words', () => {
  /** Where the directive of each "Link to the words" of the citations page alone brings the reader: the id of the element it lands in. */
  async function landings(slug: string): Promise<{ id: string; href: string; landed: string | null }[]> {
    const links = await withPage(`/articles/${slug}/cite/`, false, (page) =>
      page.locator('#cite li[id^="cite-"]').evaluateAll((items) => items.map((item) => ({ id: item.id.slice('cite-'.length), href: item.querySelector('a.cite-words')!.getAttribute('href')! }))),
    );
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const result = [];
      for (const [i, { id, href }] of links.entries()) {
        const directive = href.split(':~:')[1];
        await page.goto(`${site.url}/articles/${slug}/?n=${i}#:~:${directive}`, { waitUntil: 'load' });
        const landed = await page.evaluate((targetId) => {
          const target = document.querySelector(':target');
          return target?.closest(`[id="${targetId}"]`)?.id ?? target?.id ?? target?.tagName ?? null;
        }, id);
        result.push({ id, href, landed });
      }
      return result;
    } finally {
      await context.close();
    }
  }

  it('get past the same words in the headline and the same quote earlier on the page', async () => {
    const first = await landings('first');
    expect(first.length).toBe(data('first').quotes.length);
    for (const { id, href, landed } of first) expect.soft(landed, `${href} lands on #${id}`).toBe(id);
    // Both need a prefix: the headline holds the first quote's words, the earlier quote the second's.
    const bridge = first.find(({ id }) => id === quoteWith('first', 'rebuild every bridge').id)!;
    const repeated = first.find(({ id }) => id === quoteWith('first', 'no more floods', 1).id)!;
    expect(bridge.href).toMatch(/:~:text=[^,]+-,/);
    expect(repeated.href).toMatch(/:~:text=[^,]+-,/);
  });

  it('are the same when the article page builds them in the browser', async () => {
    for (const slug of ['first', 'second']) {
      const listed = await withPage(`/articles/${slug}/cite/`, false, (page) =>
        page.locator('#cite li[id^="cite-"]').evaluateAll((items) => items.map((item) => [item.id.slice('cite-'.length), item.querySelector('a.cite-words')!.getAttribute('href')] as const)),
      );
      const built = await withPage(`/articles/${slug}/`, true, async (page) => {
        await page.locator('button.cite-button').evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
        return page.locator('.cite-panel').evaluateAll((panels) => panels.map((panel) => [panel.id.slice('cite-panel-'.length), panel.querySelector('a.cite-words')!.getAttribute('href')] as const));
      });
      expect(new Map(built), `links to the words on /articles/${slug}/`).toEqual(new Map(listed));
    }
  });

  it('land on each turn and quote of a transcript', async () => {
    for (const { id, href, landed } of await landings('second')) expect.soft(landed, `${href} lands on #${id}`).toBe(id);
  });
});
