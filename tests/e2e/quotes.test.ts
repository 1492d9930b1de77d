/**
 * Direct quotes as a reader meets them, in real headless Chromium, on a fresh build of the real site:
 * the `<q>` markup against the data files, no doubled quote marks, who said it on hover, linked quotes
 * highlighted with no script, the no-script "Highlight quotes by" radio group, the list of quotes at the
 * end of an article, speaker pages, the /quotes/ index and a phone-width layout.
 * Articles, quotes, speakers and ids are discovered from the built data files, never hard-coded.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { METHOD_LABELS } from '../../src/annotate/methods.ts';
import { E2E_DIST, E2E_LIST_PAGE_SIZE } from './global-setup.ts';
import { DESKTOP, PHONE, SCREENSHOTS, byId, expectScrolledIntoView, normalize, sitePages, expectFitsWidth, listingPaths } from './site.ts';
import type { ArticleJson, CorpusQuoteJson, EntityJson, QuoteJson } from './data-json.ts';

/** One entry of an article's "Highlight quotes by" group: an entity, an unnamed source as printed, or nobody sure. */
interface QuoteSource {
  key: string;
  /** The name a reader sees on the radio, before the count. */
  name: string;
  quotes: QuoteJson[];
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
/** Name of the no-script highlighter's radio group (its legend). */
const HIGHLIGHT_GROUP = 'Highlight quotes by';
/** The highlighter's option that highlights nobody, checked at first. */
const NO_ONE = 'No one';

const dataDir = join(E2E_DIST, 'data', 'articles');
const articles: ArticleJson[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as ArticleJson);
const corpusQuotes = JSON.parse(readFileSync(join(E2E_DIST, 'data', 'quotes.json'), 'utf8')) as CorpusQuoteJson[];
const entities = new Map(
  (JSON.parse(readFileSync(join(E2E_DIST, 'data', 'entities.json'), 'utf8')) as EntityJson[]).map((entity) => [entity.id, entity] as const),
);

const quoted = articles.filter((article) => article.quotes.length > 0);
/** The article with the most quotes: the one the single-page tests use. */
const busiest = [...quoted].sort((a, b) => b.quotes.length - a.quotes.length)[0];

/** Who a quote is by, for grouping: the entity, else the source as printed, else nobody. */
const sourceKey = (quote: QuoteJson) => (quote.speaker ? `speaker:${quote.speaker}` : quote.speakerName ? `name:${quote.speakerName}` : 'unattributed');

/** Everyone quoted in an article, in order of first quote, the unattributed quotes last. */
function sourcesOf(article: ArticleJson): QuoteSource[] {
  const sources = new Map<string, QuoteSource>();
  for (const quote of article.quotes) {
    const key = sourceKey(quote);
    const source = sources.get(key) ?? sources.set(key, { key, name: quote.speakerName ?? quote.speaker ?? 'Unattributed', quotes: [] }).get(key)!;
    source.quotes.push(quote);
  }
  return [...sources.values()].sort((a, b) => Number(a.key === 'unattributed') - Number(b.key === 'unattributed'));
}

/** How the annotator decided, in the words a reader sees: the method and a percentage, or "no clear speaker". */
const evidenceWords = (quote: QuoteJson) =>
  quote.attribution ? [METHOD_LABELS[quote.attribution], `${Math.round(quote.confidence * 100)}%`] : ['no clear speaker'];

const { baseUrl, withPage } = sitePages();



/**
 * Why a list's link text is not the quote's excerpt, or null when it is: the quote's words (the whole
 * quote, or its first words and an ellipsis) between curly marks.
 */
function excerptMismatch(shown: string, text: string): string | null {
  const match = /^“(.+?)(…)?”$/su.exec(normalize(shown));
  if (!match) return `"${shown}" is not a quote between curly marks`;
  const words = normalize(text);
  const [, start, cut] = match;
  if (cut ? words.startsWith(start!) : start === words) return null;
  return `"${shown}" is not ${cut ? 'the start of' : ''} "${words}"`;
}

/** Background colour of each `<q data-quote>` of the page, by id. */
const quoteBackgrounds = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('q[data-quote]')].map((q) => [q.id, getComputedStyle(q).backgroundColor])));

/** Whether the element is the page's :target, and its background. */
const targetLook = (locator: Locator) => locator.evaluate((element) => ({ target: element.matches(':target'), background: getComputedStyle(element).backgroundColor }));

/** The "Highlight quotes by" radio group, inside a disclosure that starts closed (quiet by default). */
const highlightGroup = (page: Page) => page.getByRole('group', { name: HIGHLIGHT_GROUP, exact: true });

/** Opens the highlighter's disclosure the way a reader does: by its summary. Works with no script. */
async function openHighlighter(page: Page): Promise<void> {
  const summary = page.locator('details.quote-highlighter > summary');
  expect(await summary.count(), 'the highlighter disclosure').toBe(1);
  expect(await highlightGroup(page).isVisible(), 'highlighter closed at first').toBe(false);
  await summary.click();
}

/** The "Quotes in this article" list at the end of an article. */
const quoteList = (page: Page) => page.getByRole('region', { name: /^Quotes in this article\b/ });

test('the build has quotes, and /data/quotes.json has every article\'s quotes', () => {
  expect(quoted.length, 'articles with quotes').toBeGreaterThan(0);
  const fromArticles = articles.flatMap((article) => article.quotes.map((quote) => ({ ...quote, article: article.slug, url: `${article.url}#${quote.id}` })));
  const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
  expect([...corpusQuotes].sort(byUrl), 'rows of /data/quotes.json vs the quotes of the article data files').toEqual(fromArticles.sort(byUrl));
  for (const quote of corpusQuotes) {
    if (quote.speaker) expect.soft(entities.has(quote.speaker), `${quote.url}: speaker ${quote.speaker} in /data/entities.json`).toBe(true);
    expect.soft(quote.speaker === null || quote.speakerName !== null, `${quote.url}: a quote with a speaker id has a name`).toBe(true);
  }
});

describe.each(articles.map((article) => [article.slug, article] as const))('quotes of %s', (_slug, article) => {
  test('every <q data-quote> matches the data file 1:1, in order: id, words, speaker, attribution, confidence, paragraph', async () => {
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('q[data-quote]')].map((q) => ({
          id: q.id,
          sameId: document.querySelectorAll(`[id="${CSS.escape(q.id)}"]`).length,
          text: q.textContent,
          speaker: q.getAttribute('data-speaker'),
          speakerName: q.getAttribute('data-speaker-name'),
          attribution: q.getAttribute('data-attribution'),
          confidence: q.getAttribute('data-confidence'),
          paragraph: q.closest('p')?.id ?? null,
          inStory: q.closest('.story') !== null,
        })),
      );

      expect(shown.map((q) => q.id), 'quote ids on the page, in order').toEqual(article.quotes.map((quote) => quote.id));
      article.quotes.forEach((quote, i) => {
        const on = shown[i]!;
        const where = `quote #${quote.id}`;
        expect.soft(on.sameId, `${where}: elements with its id`).toBe(1);
        expect.soft(on.text, `${where}: words`).toBe(quote.text);
        expect.soft(on.speaker, `${where}: data-speaker`).toBe(quote.speaker);
        expect.soft(on.speakerName, `${where}: data-speaker-name`).toBe(quote.speakerName);
        expect.soft(on.attribution, `${where}: data-attribution`).toBe(quote.attribution ?? 'unattributed');
        expect.soft(Number(on.confidence), `${where}: data-confidence (${on.confidence})`).toBe(quote.confidence);
        expect.soft(on.paragraph, `${where}: paragraph holding it`).toBe(quote.paragraph);
        expect.soft(on.inStory, `${where}: in the story`).toBe(true);
      });
    });
  });

  test.skipIf(article.quotes.length === 0)('quote marks are the publisher\'s own: none doubled, none generated by the browser', async () => {
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      const around = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('q[data-quote]')].map((q) => {
          const paragraph = q.closest('p')!;
          const before = document.createRange();
          before.setStart(paragraph, 0);
          before.setEndBefore(q);
          const after = document.createRange();
          after.setStartAfter(q);
          after.setEnd(paragraph, paragraph.childNodes.length);
          return {
            id: q.id,
            before: before.toString(),
            text: q.textContent ?? '',
            after: after.toString(),
            generatedBefore: getComputedStyle(q, '::before').content,
            generatedAfter: getComputedStyle(q, '::after').content,
            // What the reader's eye meets: the paragraph's rendered text around the quote.
            rendered: paragraph.innerText,
          };
        }),
      );
      expect(around.length, 'quotes on the page').toBe(article.quotes.length);

      const MARK = /["“”«»„]/u;
      for (const q of around) {
        const where = `quote #${q.id}`;
        // Generated content would add a second pair of marks to the publisher's.
        expect.soft(['none', 'normal'], `${where}: ::before content`).toContain(q.generatedBefore);
        expect.soft(['none', 'normal'], `${where}: ::after content`).toContain(q.generatedAfter);

        // The marks stay outside the <q>: its words neither start nor end with one.
        expect.soft(MARK.test(q.text.at(0) ?? ''), `${where}: starts with a quote mark: "${q.text.slice(0, 20)}"`).toBe(false);
        expect.soft(MARK.test(q.text.at(-1) ?? ''), `${where}: ends with a quote mark: "${q.text.slice(-20)}"`).toBe(false);

        // Spoken quotes ("…as, quote, a messenger of peace, unquote") carry no marks; the others sit between the publisher's.
        const spoken = /\bquote,?\s+$/iu.test(q.before) && /^,?\s+(?:end quote|unquote)\b/iu.test(q.after);
        if (!spoken) {
          expect.soft(q.before.at(-1), `${where}: character before it`).toMatch(/^["“«„]$/u);
          // A quote that runs on into the next paragraph has no closing mark in this one.
          if (q.after.trim() !== '') expect.soft(q.after.at(0), `${where}: character after it`).toMatch(/^["”»]$/u);
          expect.soft(MARK.test(q.before.at(-2) ?? ''), `${where}: two marks before it: "${q.before.slice(-8)}"`).toBe(false);
          expect.soft(MARK.test(q.after.at(1) ?? ''), `${where}: two marks after it: "${q.after.slice(0, 8)}"`).toBe(false);
        }
      }
      // And in the rendered text of each quoted paragraph, no mark is doubled (a closing mark then the next
      // quote's opening one, `.” “Next`, is not doubling).
      for (const rendered of new Set(around.map((q) => q.rendered))) {
        expect.soft(rendered, 'rendered paragraph text').not.toMatch(/[“«„]\s?[“«„]|[”»]\s?[”»]|""/u);
      }
    });
  });

  test.skipIf(article.quotes.length === 0)('hovering a quote shows who said it (the title under the pointer names the speaker)', async () => {
    await withPage(article.url, {}, async (page) => {
      // Each attributed source's first quote, and an unattributed quote if any.
      const samples = sourcesOf(article).map((source) => source.quotes[0]!);
      for (const quote of samples) {
        const where = `quote #${quote.id}`;
        await byId(page, quote.id).hover();
        const hovered = await page.evaluate(() => {
          const under = [...document.querySelectorAll(':hover')].at(-1);
          return { quote: under?.closest('q')?.id ?? null, title: under?.closest('[title]')?.getAttribute('title') ?? null };
        });
        expect.soft(hovered.quote, `${where}: the quote is under the pointer`).toBe(quote.id);
        if (quote.speakerName) {
          expect.soft(hovered.title, `${where}: tooltip names the speaker`).toContain(quote.speakerName);
          for (const words of evidenceWords(quote)) expect.soft(hovered.title, `${where}: tooltip says how the annotator knows`).toContain(words);
        } else {
          expect.soft(hovered.title, `${where}: tooltip of an unattributed quote`).toMatch(/unattributed|no clear speaker/i);
        }
      }
    });
  });

  test.skipIf(article.quotes.length < 2)('a link to a quote scrolls to it and highlights it, with JavaScript disabled', async () => {
    const target = article.quotes[Math.floor(article.quotes.length / 2)]!;
    const other = article.quotes.find((quote) => quote !== target)!;
    await withPage(`${article.url}#${target.id}`, { javaScriptEnabled: false }, async (page) => {
      const targetQuote = byId(page, target.id);
      expect(await targetQuote.count(), `#${target.id} on the page`).toBe(1);
      await expectScrolledIntoView(targetQuote, DESKTOP.height);
      const look = await targetLook(targetQuote);
      const otherLook = await targetLook(byId(page, other.id));
      expect(look.target, `#${target.id} is the :target`).toBe(true);
      expect(look.background, 'background of the linked quote').not.toBe(TRANSPARENT);
      expect(look.background, 'background of the linked quote vs another quote').not.toBe(otherLook.background);
      expect(await targetQuote.isVisible(), 'the linked quote is visible').toBe(true);
    });
  });

  test.skipIf(article.quotes.length === 0)('"Highlight quotes by" highlights exactly one source\'s quotes with no JavaScript, and "No one" clears it', async () => {
    const sources = sourcesOf(article);
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      await openHighlighter(page);
      const group = highlightGroup(page);
      expect(await group.count(), `radio group "${HIGHLIGHT_GROUP}"`).toBe(1);
      expect(await group.evaluate((element) => element.tagName.toLowerCase()), 'element of the group').toBe('fieldset');
      expect(await group.getByRole('radio').count(), 'one radio per source plus one for no one').toBe(sources.length + 1);
      const noOne = group.getByRole('radio', { name: NO_ONE, exact: true });
      expect(await noOne.count(), `radio "${NO_ONE}"`).toBe(1);
      expect(await noOne.isChecked(), `"${NO_ONE}" checked at first`).toBe(true);

      const plain = await quoteBackgrounds(page);
      expect(Object.keys(plain), 'quotes on the page').toEqual(article.quotes.map((quote) => quote.id));
      for (const [id, background] of Object.entries(plain)) expect.soft(background, `background of #${id} before choosing`).toBe(TRANSPARENT);

      for (const source of sources) {
        // The radio is named by what the reader sees: the source and how many quotes.
        const name = `${source.name} (${source.quotes.length})`;
        const radio = group.getByRole('radio', { name, exact: true });
        expect(await radio.count(), `radio "${name}"`).toBe(1);
        await radio.check();
        const now = await quoteBackgrounds(page);
        const highlighted = Object.entries(now).filter(([id, background]) => background !== plain[id]);
        expect(highlighted.map(([id]) => id), `quotes highlighted with "${name}" chosen`).toEqual(source.quotes.map((quote) => quote.id));
        for (const [id, background] of highlighted) expect.soft(background, `highlight of #${id}`).not.toBe(TRANSPARENT);

        await noOne.check();
        expect(await quoteBackgrounds(page), `quote backgrounds after "${NO_ONE}" (from "${name}")`).toEqual(plain);
      }
    });
  });

  test.skipIf(article.quotes.length === 0)('"Quotes in this article" lists each quote in order, with its anchor, speaker, method and evidence; speaker pages list it', async () => {
    const paragraphText = normalize(article.paragraphs.map((p) => p.text).join(' '));
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      const list = quoteList(page);
      expect(await list.count(), 'the "Quotes in this article" region').toBe(1);
      expect(await list.getByRole('heading').first().isVisible(), 'its heading is visible').toBe(true);
      const items = await list.locator('ol > li').evaluateAll((lis) =>
        lis.map((li) => {
          const link = li.querySelector<HTMLAnchorElement>(':scope > a');
          const by = li.querySelector<HTMLElement>('.quote-by');
          const who = by?.firstElementChild as HTMLElement | null | undefined;
          const href = link?.getAttribute('href') ?? null;
          const target = href?.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
          return {
            href,
            text: link?.innerText ?? '',
            targetIsQuote: target?.matches('.story q[data-quote]') ?? false,
            who: who?.innerText ?? '',
            whoHref: who instanceof HTMLAnchorElement ? who.getAttribute('href') : null,
            stats: by?.querySelector<HTMLElement>('.stats')?.innerText ?? '',
            cue: by?.querySelector<HTMLElement>('.cue')?.innerText ?? null,
            visible: li.checkVisibility(),
          };
        }),
      );

      expect(items.map((item) => item.href), 'links of the list, in order').toEqual(article.quotes.map((quote) => `#${quote.id}`));
      article.quotes.forEach((quote, i) => {
        const item = items[i]!;
        const where = `list item for #${quote.id}`;
        expect.soft(item.visible, `${where}: visible`).toBe(true);
        expect.soft(item.targetIsQuote, `${where}: its link leads to the quote in the story`).toBe(true);
        expect.soft(excerptMismatch(item.text, quote.text), `${where}: link text`).toBeNull();
        if (quote.speaker) {
          expect.soft(item.whoHref, `${where}: link to the speaker`).toBe(`/entities/${quote.speaker}/`);
          expect.soft(normalize(item.who), `${where}: speaker`).toBe(normalize(quote.speakerName ?? ''));
        } else {
          expect.soft(item.whoHref, `${where}: no speaker page`).toBeNull();
          expect.soft(normalize(item.who), `${where}: who`).toBe(quote.speakerName ?? 'unattributed');
        }
        for (const words of evidenceWords(quote)) expect.soft(item.stats, `${where}: method and confidence in words`).toContain(words);
        if (item.cue !== null) {
          const cue = /^evidence: “(.+)”$/su.exec(normalize(item.cue));
          expect.soft(cue, `${where}: evidence cue "${item.cue}"`).not.toBeNull();
          if (cue) expect.soft(paragraphText, `${where}: the evidence is words of the article`).toContain(normalize(cue[1]!));
        }
        if (!quote.attribution) expect.soft(item.cue, `${where}: no evidence for an unattributed quote`).toBeNull();
      });

      // Following the last link lands on its quote.
      const last = article.quotes.at(-1)!;
      await list.locator(`a[href="#${last.id}"]`).click();
      await expect.poll(() => page.url(), { message: 'location after following the link' }).toBe(`${baseUrl}${article.url}#${last.id}`);
      await expectScrolledIntoView(byId(page, last.id), DESKTOP.height);
      expect((await targetLook(byId(page, last.id))).target, `#${last.id} is the :target after following the list`).toBe(true);

      // Each speaker's pages list that speaker's quotes of this article, as links to them, and no one else's.
      const allIds = new Set(article.quotes.map((quote) => quote.id));
      for (const speaker of [...new Set(article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))]) {
        const href = `/entities/${speaker}/`;
        const name = entities.get(speaker)?.name ?? article.quotes.find((quote) => quote.speaker === speaker)!.speakerName!;
        const links: string[] = [];
        for (const path of listingPaths(href)) {
          const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
          expect(response?.status(), `HTTP status of ${path}`).toBe(200);
          expect(normalize(await page.locator('h1').innerText()), `heading of ${path}`).toBe(normalize(name));
          links.push(...(await page.locator('main a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))));
        }
        const listed = links.filter((link) => link.startsWith(`${article.url}#`) && allIds.has(link.slice(article.url.length + 1)));
        expect(listed, `quotes of ${article.slug} listed on ${href}`).toEqual(
          article.quotes.filter((quote) => quote.speaker === speaker).map((quote) => `${article.url}#${quote.id}`),
        );
      }
    });
  });
});

describe('the /quotes/ pages', () => {
  const quotePaths = listingPaths('/quotes/');

  test('list every quote once across the pages, as a link to it, under the heading of the one who said it; a link lands on the quote', async () => {
    const byUrl = new Map(corpusQuotes.map((quote) => [quote.url, quote] as const));
    expect(byUrl.size, 'distinct quote urls in /data/quotes.json').toBe(corpusQuotes.length);
    // At least as many pages as the quotes fill (more where a group is kept whole), and more than one, or this tests no pager.
    expect(quotePaths.length, `pages of /quotes/ at ${E2E_LIST_PAGE_SIZE} a page`).toBeGreaterThanOrEqual(Math.max(2, Math.ceil(corpusQuotes.length / E2E_LIST_PAGE_SIZE)));

    const links: { href: string; text: string; visible: boolean; path: string }[] = [];
    const groups: { name: string; href: string | null; urls: string[]; path: string }[] = [];
    for (const path of quotePaths) {
      await withPage(path, {}, async (page) => {
        const found = await page.locator('main a[href]').evaluateAll((anchors) =>
          anchors.map((a) => ({ href: a.getAttribute('href')!, text: (a as HTMLElement).innerText, visible: a.checkVisibility() })),
        );
        links.push(...found.map((link) => ({ ...link, path })));
        // Each heading's quotes: the links in the section it heads.
        const headed = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('main h3')].map((heading) => ({
            name: heading.innerText,
            href: heading.querySelector('a')?.getAttribute('href') ?? null,
            urls: [...(heading.closest('section')?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href')!).filter((href) => href.startsWith('/articles/') && href.includes('#')),
          })),
        );
        groups.push(...headed.map((group) => ({ ...group, path })));
      });
    }

    const toArticles = links.filter((link) => link.href.startsWith('/articles/') && link.href.includes('#'));
    expect(toArticles.filter((link) => !byUrl.has(link.href)).map((link) => link.href), 'links to quotes not in /data/quotes.json').toEqual([]);
    const times = new Map<string, number>();
    for (const link of toArticles) times.set(link.href, (times.get(link.href) ?? 0) + 1);
    const wrong = corpusQuotes.filter((quote) => times.get(quote.url) !== 1).map((quote) => `${quote.url}: ${times.get(quote.url) ?? 0} links`);
    expect(wrong, 'quotes not linked exactly once on all the pages together').toEqual([]);
    for (const link of toArticles) {
      expect.soft(link.visible, `link to ${link.href} on ${link.path} visible`).toBe(true);
      expect.soft(excerptMismatch(link.text, byUrl.get(link.href)?.text ?? ''), `text of the link to ${link.href}`).toBeNull();
    }
    for (const path of quotePaths) {
      const here = toArticles.filter((link) => link.path === path);
      expect.soft(here.length, `quotes on ${path}`).toBeGreaterThan(0);
      // Over the page size only when one article's quotes by one source are more than a page: never split.
      if (here.length > E2E_LIST_PAGE_SIZE) {
        const sections = groups.filter((group) => group.path === path && group.urls.length > 0);
        expect.soft(sections.map((group) => new Set(group.urls.map((url) => url.split('#')[0])).size), `${here.length} quotes on ${path}, over ${E2E_LIST_PAGE_SIZE}`).toEqual([1]);
      }
    }

    expect(groups.reduce((sum, group) => sum + group.urls.length, 0), 'quote links under a speaker heading').toBe(corpusQuotes.length);
    // An unnamed source is one group per exact description, as the article's highlighter has it; a group split
    // between pages goes on under the same name, marked "(continued)", on the pages after its first.
    const groupOf = (quote: QuoteJson) => (quote.speaker ? `speaker:${quote.speaker}` : quote.speakerName ? `name:${quote.speakerName}` : 'unattributed');
    const seen = new Map<string, string>();
    for (const group of groups) {
      const rows = group.urls.map((url) => byUrl.get(url)!).filter(Boolean);
      const keys = [...new Set(rows.map(groupOf))];
      expect.soft(keys, `who said the quotes under "${group.name}" on ${group.path}`).toHaveLength(1);
      const key = keys[0];
      if (!key) continue;
      const continued = group.name.endsWith(' (continued)');
      const name = group.name.replace(/ \(continued\)$/, '');
      expect.soft(continued, `"${group.name}" on ${group.path} says (continued) exactly when the group began on an earlier page`).toBe(seen.has(key));
      expect.soft(!continued || seen.get(key) === name, `"${group.name}" continues a group of the same name`).toBe(true);
      seen.set(key, name);
      const first = rows[0]!;
      if (first.speaker) {
        expect.soft(group.href, `link of the heading "${group.name}"`).toBe(`/entities/${first.speaker}/`);
        expect.soft(normalize(name), `heading of ${key}`).toBe(normalize(entities.get(first.speaker)?.name ?? first.speakerName ?? ''));
      } else {
        expect.soft(group.href, `link of the heading "${group.name}"`).toBeNull();
        expect.soft(normalize(name).toLowerCase(), `heading of ${key}`).toBe((first.speakerName ?? 'unattributed').toLowerCase());
      }
    }

    await withPage('/quotes/', {}, async (page) => {
      // "Who is quoted" on the first page: one link per group, each to the page and section where the group begins.
      const toc = await page.locator('nav.legend a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
      expect(toc, 'one link per group in "Who is quoted"').toHaveLength(seen.size);
      for (const href of toc) {
        const [path, anchor] = href.startsWith('#') ? ['/quotes/', href.slice(1)] : href.split('#');
        expect.soft(quotePaths, `page of ${href}`).toContain(path);
        const target = groups.find((group) => group.path === path && !group.name.endsWith(' (continued)') && group.urls.length > 0);
        expect.soft(target, `a group begins on ${path}`).toBeDefined();
        expect.soft(anchor, `anchor of ${href}`).toMatch(/^(by-|source-|unattributed)/);
      }
      // Following a link lands on the quote, highlighted.
      const onFirst = toArticles.filter((link) => link.path === '/quotes/');
      const quote = byUrl.get(onFirst[Math.floor(onFirst.length / 2)]!.href)!;
      await Promise.all([page.waitForURL(`${baseUrl}${quote.url}`), page.locator(`main a[href="${quote.url}"]`).click()]);
      const landed = byId(page, quote.id);
      await expectScrolledIntoView(landed, DESKTOP.height);
      const look = await targetLook(landed);
      expect(look.target, `#${quote.id} is the :target`).toBe(true);
      expect(look.background, `background of #${quote.id}`).not.toBe(TRANSPARENT);
    });
  });

  test('a link in "Who is quoted" to a later page lands on that group there', async () => {
    await withPage('/quotes/', {}, async (page) => {
      const later = page.locator('nav.legend a[href^="/quotes/"]').first();
      expect(await later.count(), 'links to groups that begin on a later page (the tests build several pages)').toBe(1);
      const href = (await later.getAttribute('href'))!;
      const anchor = href.split('#')[1]!;
      await Promise.all([page.waitForURL(`${baseUrl}${href}`), later.click()]);
      await expectScrolledIntoView(byId(page, anchor), DESKTOP.height);
      expect(await byId(page, anchor).locator('h3').innerText(), `heading at ${href}`).not.toContain('(continued)');
    });
  });

  test('the pager walks every page in order: Next from the first reaches the last, each page marked current and titled with its number', async () => {
    const visited: string[] = [];
    let path: string | null = '/quotes/';
    while (path && visited.length <= quotePaths.length) {
      visited.push(path);
      const here: string = path;
      path = await withPage(here, {}, async (page) => {
        const number = visited.length;
        expect.soft(await page.title(), `title of ${here}`).toContain(`Quotes, page ${number} of ${quotePaths.length}`);
        const pagers = page.getByRole('navigation', { name: /^Pages of quotes/ });
        expect(await pagers.count(), `pagers on ${here} (top and end)`).toBe(2);
        for (let i = 0; i < 2; i++) {
          const current = pagers.nth(i).locator('a[aria-current="page"]');
          expect.soft(await current.getAttribute('href'), `current page in pager ${i + 1} of ${here}`).toBe(here);
          const previous = pagers.nth(i).locator('a[rel="prev"]');
          expect.soft((await previous.count()) > 0 ? await previous.getAttribute('href') : null, `Previous on ${here}`).toBe(number > 1 ? quotePaths[number - 2]! : null);
        }
        const next = pagers.first().locator('a[rel="next"]');
        return (await next.count()) > 0 ? await next.getAttribute('href') : null;
      });
    }
    expect(visited, 'pages reached by following Next').toEqual(quotePaths);
  });
});

describe.skipIf(!busiest)('quotes on the article with the most quotes', () => {
  const article = busiest!;

  test('fits a phone screen: no horizontal scrolling; the highlighter and the list of quotes visible and readable', async () => {
    await withPage(article.url, { viewport: PHONE, javaScriptEnabled: false }, async (page) => {
      await expectFitsWidth(page);

      await openHighlighter(page);
      const group = highlightGroup(page);
      const list = quoteList(page);
      expect(await group.isVisible(), `"${HIGHLIGHT_GROUP}" visible`).toBe(true);
      expect(await list.isVisible(), 'the list of quotes visible').toBe(true);

      for (const [what, region] of [['highlighter', group], ['list of quotes', list]] as const) {
        const problems = await region.evaluate((root) => {
          const found: string[] = [];
          const describe = (element: Element) => `<${element.tagName.toLowerCase()} class="${element.className}">${(element.textContent ?? '').trim().slice(0, 30)}`;
          for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
            if (!(element instanceof HTMLElement) || !element.checkVisibility()) continue;
            const style = getComputedStyle(element);
            const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
            if (ownText && parseFloat(style.fontSize) < 12) found.push(`${describe(element)}: font size ${style.fontSize}`);
            if (style.display !== 'inline' && element.scrollWidth > element.clientWidth + 1) found.push(`${describe(element)}: content ${element.scrollWidth}px wide in ${element.clientWidth}px`);
          }
          // Labels of the radios do not overlap one another.
          const labels = [...root.querySelectorAll('label')].map((label) => ({ label, box: label.getBoundingClientRect() }));
          labels.forEach((a, i) =>
            labels.slice(i + 1).forEach((b) => {
              const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
              const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
              if (x > 1 && y > 1) found.push(`${describe(a.label)} overlaps ${describe(b.label)}`);
            }),
          );
          return found;
        });
        expect.soft(problems, `unreadable parts of the ${what}`).toEqual([]);
      }

      // Every radio and every list link can be seen and reached on the phone.
      const radios = group.getByRole('radio');
      for (let i = 0; i < (await radios.count()); i++) expect.soft(await radios.nth(i).isVisible(), `radio ${i + 1} visible`).toBe(true);
      const links = list.locator('ol > li > a');
      expect(await links.count(), 'links in the list').toBe(article.quotes.length);
      for (let i = 0; i < article.quotes.length; i++) expect.soft(await links.nth(i).isVisible(), `list link to #${article.quotes[i]!.id} visible`).toBe(true);

      mkdirSync(SCREENSHOTS, { recursive: true });
      await group.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `quotes-${article.slug}-phone-legend.png`) });
      await list.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `quotes-${article.slug}-phone-list.png`) });
    });
  });

  test('screenshots for humans (not asserted): one source highlighted, a linked quote, the /quotes/ page', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const source = [...sourcesOf(article)].sort((a, b) => b.quotes.length - a.quotes.length)[0]!;
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      await openHighlighter(page);
      await highlightGroup(page).getByRole('radio', { name: `${source.name} (${source.quotes.length})`, exact: true }).check();
      await page.screenshot({ path: join(SCREENSHOTS, `quotes-${article.slug}-highlighted-full.png`), fullPage: true });
      // The paragraph of the source's first quote at the top of the viewport.
      await page.evaluate((id) => document.getElementById(id)?.closest('p')?.scrollIntoView({ block: 'start' }), source.quotes[0]!.id);
      await page.screenshot({ path: join(SCREENSHOTS, `quotes-${article.slug}-highlighted.png`) });
    });
    const target = article.quotes[Math.floor(article.quotes.length / 2)]!;
    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await withPage(`${article.url}#${target.id}`, { viewport, javaScriptEnabled: false }, async (page) => {
        await expectScrolledIntoView(byId(page, target.id), viewport.height);
        await page.screenshot({ path: join(SCREENSHOTS, `quotes-${article.slug}-linked-quote-${name}.png`) });
      });
    }
    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await withPage('/quotes/', { viewport }, (page) => page.screenshot({ path: join(SCREENSHOTS, `quotes-index-${name}.png`), fullPage: true }));
    }
  });
});
