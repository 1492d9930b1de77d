/**
 * Speaker turns as a reader meets them, in real headless Chromium, on a fresh build of the real site:
 * linked and highlighted turns with no script, the sticky speaker line, the no-script speaker filter,
 * copying a turn's link, speaker pages and a phone-width layout.
 * Articles, turns, speakers and ids are discovered from the built data files, never hard-coded.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countWords } from '../../src/annotate/transcript-lines.ts';
import { E2E_DIST } from './global-setup.ts';
import { DESKTOP, PHONE, SCREENSHOTS, byId, expectScrolledIntoView, listingPaths, normalize, sitePages } from './site.ts';
import type { ArticleJson, EntityJson } from './data-json.ts';

/** What the page should show for a turn. */
interface TurnFacts {
  id: string;
  speaker: string | null;
  /** The name a reader sees: the data file's `speakerName`, else the entity's name, else the label as printed. */
  name: string;
  label: string | null;
  /** Undefined when the data file does not say. */
  role: string | null | undefined;
  paragraphs: string[];
  words: number;
}


const dataDir = join(E2E_DIST, 'data', 'articles');
const articles: ArticleJson[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as ArticleJson);
const entities = new Map(
  (JSON.parse(readFileSync(join(E2E_DIST, 'data', 'entities.json'), 'utf8')) as EntityJson[]).map((entity) => [entity.id, entity] as const),
);

function turnFacts(article: ArticleJson): TurnFacts[] {
  const text = new Map(article.paragraphs.map((p) => [p.id, p.text] as const));
  return article.turns.map((turn) => ({
    id: turn.id,
    speaker: turn.speaker,
    name: turn.speakerName ?? (turn.speaker ? entities.get(turn.speaker)?.name : undefined) ?? turn.label ?? '',
    label: turn.label,
    role: turn.role,
    paragraphs: turn.paragraphs,
    words: turn.words ?? turn.paragraphs.reduce((sum, id) => sum + countWords(text.get(id) ?? ''), 0),
  }));
}

const transcripts = articles.filter((article) => article.kind === 'transcript' && article.turns.length > 0);
/** The transcript with the most turns: the one the single-page tests use. */
const busiest = [...transcripts].sort((a, b) => b.turns.length - a.turns.length)[0];

const { baseUrl, withPage } = sitePages();

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;


/**
 * Lets the page paint before a screenshot: right after a programmatic scroll, headless Chromium
 * can capture sticky speaker lines of the newly scrolled-in turns as blank for a frame.
 * Needs JavaScript enabled (animation frames do not run in a page without scripts).
 */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Turn ids of the page's turns that a reader can see (rendered, not display:none or hidden). */
const visibleTurnIds = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.story section.turn')].filter((turn) => turn.checkVisibility({ visibilityProperty: true })).map((turn) => turn.id));

test('the build has at least one transcript with speaker turns', () => {
  expect(transcripts.length, 'transcripts with turns in the data files').toBeGreaterThan(0);
  for (const article of transcripts) {
    for (const turn of turnFacts(article)) {
      expect.soft(turn.name, `name to show for ${turn.id}`).not.toBe('');
      expect.soft(turn.paragraphs.length, `paragraphs of ${turn.id}`).toBeGreaterThan(0);
    }
  }
});

describe.each(articles.map((article) => [article.slug, article] as const))('turns of %s', (_slug, article) => {
  test('every turn section matches the data file 1:1, in order: id, speaker, visible name, role and paragraphs', async () => {
    const expected = turnFacts(article);
    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-turn], section.turn')].map((turn) => {
          const line = turn.querySelector<HTMLElement>(':scope > p.speaker');
          const first = line?.firstChild ?? null;
          const nameLink = first instanceof HTMLAnchorElement ? first : null;
          return {
            tag: turn.tagName.toLowerCase(),
            inStory: turn.parentElement?.matches('.story') ?? false,
            isTurn: turn.matches('section.turn[data-turn]'),
            id: turn.id,
            speaker: turn.dataset['speaker'] ?? null,
            role: turn.dataset['role'] ?? null,
            speakerLineFirst: turn.firstElementChild === line && line !== null,
            name: first instanceof HTMLElement ? first.innerText : (first?.textContent ?? ''),
            nameHref: nameLink?.getAttribute('href') ?? null,
            roleBadge: line?.querySelector<HTMLElement>('.role')?.innerText ?? null,
            permalink: line?.querySelector('a.permalink')?.getAttribute('href') ?? null,
            paragraphs: [...turn.querySelectorAll(':scope > p[id]')].map((p) => p.id),
          };
        }),
      );

      expect(shown.map((turn) => turn.id), 'turn ids on the page, in order').toEqual(expected.map((turn) => turn.id));
      expected.forEach((turn, i) => {
        const on = shown[i]!;
        const where = `turn #${turn.id}`;
        expect.soft(on.tag, `${where}: element`).toBe('section');
        expect.soft(on.isTurn, `${where}: section.turn[data-turn]`).toBe(true);
        expect.soft(on.inStory, `${where}: a direct child of .story`).toBe(true);
        expect.soft(on.speaker, `${where}: data-speaker`).toBe(turn.speaker);
        expect.soft(on.speakerLineFirst, `${where}: starts with its speaker line`).toBe(true);
        expect.soft(normalize(on.name), `${where}: visible speaker name`).toBe(normalize(turn.name));
        expect.soft(on.nameHref, `${where}: link of the name`).toBe(turn.speaker ? `/entities/${turn.speaker}/` : null);
        expect.soft(on.permalink, `${where}: permalink`).toBe(`#${turn.id}`);
        expect.soft(on.paragraphs, `${where}: paragraphs`).toEqual(turn.paragraphs);
        if (turn.role !== undefined) expect.soft(on.role, `${where}: data-role`).toBe(turn.role);
        // The role a reader sees is the role the markup carries.
        expect.soft(on.roleBadge === null ? null : normalize(on.roleBadge).toLowerCase(), `${where}: visible role`).toBe(on.role?.toLowerCase() ?? null);
      });

      // The names are visible text, not just attributes.
      const names = page.locator('.story section.turn > p.speaker > a[href^="/entities/"]:first-child');
      const linked = expected.filter((turn) => turn.speaker);
      expect(await names.count(), 'linked speaker names').toBe(linked.length);
      for (let i = 0; i < linked.length; i++) expect.soft(await names.nth(i).isVisible(), `name of #${linked[i]!.id} visible`).toBe(true);
    });
  });
});

describe.skipIf(!busiest)('speaker turns on the busiest transcript', () => {
  const article = busiest!;
  const turns = busiest ? turnFacts(busiest) : [];

  test('a link to a turn scrolls to it and highlights it, with JavaScript disabled', async () => {
    expect(turns.length, 'turns to link to').toBeGreaterThanOrEqual(2);
    const target = turns[Math.floor(turns.length / 2)]!;
    const other = turns.find((turn) => turn !== target)!;

    await withPage(`${article.url}#${target.id}`, { javaScriptEnabled: false }, async (page) => {
      const targetTurn = byId(page, target.id);
      const otherTurn = byId(page, other.id);
      expect(await targetTurn.count(), `#${target.id} on the page`).toBe(1);
      expect(await otherTurn.count(), `#${other.id} on the page`).toBe(1);
      await expectScrolledIntoView(targetTurn, DESKTOP.height);
      expect(await page.evaluate(() => window.scrollY), 'page scrolled down to the turn').toBeGreaterThan(0);
      expect(await targetTurn.evaluate((element) => element.matches(':target')), 'the turn is the :target').toBe(true);
      expect(await targetTurn.locator(':scope > p.speaker').isVisible(), 'speaker line of the linked turn visible').toBe(true);

      const look = (element: Element) => {
        const style = getComputedStyle(element);
        return { background: style.backgroundColor, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
      };
      const targetLook = await targetTurn.evaluate(look);
      const otherLook = await otherTurn.evaluate(look);
      expect(targetLook.background, 'background of the linked turn').not.toBe('rgba(0, 0, 0, 0)');
      expect(targetLook.background, 'background of the linked turn vs another turn').not.toBe(otherLook.background);
      expect(targetLook.outline, 'outline of the linked turn').not.toMatch(/^none /);
      expect(targetLook.outline, 'outline of the linked turn vs another turn').not.toBe(otherLook.outline);
    });
  });

  // A paragraph that is not the first of its turn, in the longest turn, nearest the middle of the page.
  const deep = turns
    .flatMap((turn) => turn.paragraphs.slice(1).map((paragraph) => ({ turn, paragraph, at: article.paragraphs.findIndex((p) => p.id === paragraph) })))
    .sort((a, b) => b.turn.paragraphs.length - a.turn.paragraphs.length || Math.abs(a.at - article.paragraphs.length / 2) - Math.abs(b.at - article.paragraphs.length / 2))[0];

  test.skipIf(!deep).each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('a link deep into a long turn still shows who is speaking (%s, sticky speaker line)', async (_name, viewport) => {
    const { turn, paragraph } = deep!;
    await withPage(`${article.url}#${paragraph}`, { viewport, javaScriptEnabled: false }, async (page) => {
      const target = byId(page, paragraph);
      await expectScrolledIntoView(target, viewport.height);
      const turnBox = (await byId(page, turn.id).boundingBox())!;
      // Otherwise the name would be in view without any stickiness and the test would prove nothing.
      expect(turnBox.y, `top of turn #${turn.id}: above the viewport`).toBeLessThan(0);

      const line = byId(page, turn.id).locator(':scope > p.speaker');
      const lineBox = await line.boundingBox();
      expect(lineBox, 'speaker line laid out').not.toBeNull();
      expect(lineBox!.y, 'top of the speaker line').toBeGreaterThanOrEqual(0);
      expect(lineBox!.y + lineBox!.height, 'bottom of the speaker line').toBeLessThanOrEqual(viewport.height);

      const name = line.locator(':scope > :first-child');
      expect(normalize(await name.innerText()), 'speaker name in view').toBe(normalize(turn.name));
      // What is painted at the name's place is this turn's name, not something scrolled over it.
      const nameBox = (await name.boundingBox())!;
      const painted = await page.evaluate(
        ({ x, y }) => {
          const element = document.elementFromPoint(x, y);
          return { turn: element?.closest('section.turn')?.id ?? null, inSpeakerLine: element?.closest('p.speaker') != null };
        },
        { x: nameBox.x + Math.min(nameBox.width / 2, 10), y: nameBox.y + nameBox.height / 2 },
      );
      expect(painted, 'element under the speaker name').toEqual({ turn: turn.id, inSpeakerLine: true });

      // The linked paragraph starts below the sticky line, not under it.
      const targetBox = (await target.boundingBox())!;
      expect(targetBox.y, 'top of the linked paragraph vs bottom of the speaker line').toBeGreaterThanOrEqual(lineBox!.y + lineBox!.height);
    });
  });

  test('the speaker legend filters turns with no JavaScript, in an accessible radio group', async () => {
    const speakers = [...new Map(turns.filter((turn) => turn.speaker).map((turn) => [turn.speaker!, turn.name] as const))];
    expect(speakers.length, 'speakers with a page').toBeGreaterThanOrEqual(2);
    const allIds = turns.map((turn) => turn.id);

    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      // The group with a radio named after each speaker (other radio groups, e.g. for quotes, may follow).
      let group = page.getByRole('group').filter({ has: page.getByRole('radio') });
      for (const [, name] of speakers) group = group.filter({ has: page.getByRole('radio', { name, exact: true }) });
      expect(await group.count(), 'radio groups with a radio for each speaker').toBe(1);
      const grouping = await group.evaluate((element) => ({
        tag: element.tagName.toLowerCase(),
        legend: element.firstElementChild?.tagName.toLowerCase() === 'legend' ? (element.firstElementChild as HTMLElement).innerText : null,
      }));
      expect(grouping.tag, 'element grouping the radios').toBe('fieldset');
      expect(grouping.legend?.trim(), 'its legend').toBeTruthy();
      expect(await page.getByRole('group', { name: grouping.legend!.trim(), exact: true }).count(), 'group named by its legend').toBe(1);

      const radios = group.getByRole('radio');
      expect(await radios.count(), 'one radio per speaker plus one for everyone').toBe(speakers.length + 1);
      /** Whichever radio of the group is checked now (the locator follows the choice). */
      const checked = group.getByRole('radio', { checked: true });
      expect(await checked.count(), 'radios checked at first').toBe(1);
      // The option checked at first is the one that shows everyone; pinned by its name, since "checked" moves.
      const everyoneName = normalize(await checked.evaluate((radio) => (radio as HTMLInputElement).labels?.[0]?.innerText ?? ''));
      expect(everyoneName, 'name of the option checked at first').not.toBe('');
      expect(speakers.map(([, name]) => normalize(name)), 'the option checked at first is not a speaker').not.toContain(everyoneName);
      const everyone = group.getByRole('radio', { name: everyoneName, exact: true });
      expect(await everyone.count(), `radio "${everyoneName}"`).toBe(1);
      expect(await visibleTurnIds(page), 'turns visible at first').toEqual(allIds);

      for (const [id, name] of speakers) {
        const radio = group.getByRole('radio', { name, exact: true });
        expect(await radio.count(), `radio for ${name}`).toBe(1);
        await radio.check();
        const own = turns.filter((turn) => turn.speaker === id).map((turn) => turn.id);
        expect(await visibleTurnIds(page), `turns visible with only ${name} chosen`).toEqual(own);
        expect(await byId(page, own[0]!).getByText(normalize(name), { exact: true }).first().isVisible(), `${name}'s name on their turn`).toBe(true);
        // The reader can always go back.
        expect(await everyone.isVisible(), 'the everyone option stays visible').toBe(true);
        await everyone.check();
        expect(await visibleTurnIds(page), `turns visible after choosing everyone again (from ${name})`).toEqual(allIds);
      }

      // Radios work from the keyboard: an arrow key moves the choice to the next speaker, and the filter follows.
      await everyone.focus();
      await page.keyboard.press('ArrowDown');
      const chosen = normalize(await checked.evaluate((radio) => (radio as HTMLInputElement).labels?.[0]?.innerText ?? ''));
      const speaker = speakers.find(([, name]) => normalize(name) === chosen);
      expect(speaker, `speaker chosen by ArrowDown ("${chosen}")`).toBeDefined();
      expect(await visibleTurnIds(page), `turns visible after ArrowDown to ${chosen}`).toEqual(turns.filter((turn) => turn.speaker === speaker![0]).map((turn) => turn.id));

      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `turns-${article.slug}-filtered.png`), fullPage: true });
    });
  });

  test('the permalink copies the turn\'s full URL and says so', async () => {
    const target = turns[Math.floor(turns.length / 2)]!;
    const expectedUrl = `${baseUrl}${article.url}#${target.id}`;
    await withPage(article.url, { permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
      const link = byId(page, target.id).locator(':scope > p.speaker a.permalink');
      expect(await link.count(), `permalink of #${target.id}`).toBe(1);
      const label = await link.getAttribute('aria-label');
      expect(label, 'accessible name of the permalink names the speaker').toContain(target.name);

      await link.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: 'clipboard after clicking the permalink', timeout: 5_000 }).toBe(expectedUrl);
      expect(page.url(), 'location after clicking').toBe(expectedUrl);

      // Feedback: a visible "copied" after the link text and an accessible name that says so.
      const feedback = () =>
        link.evaluate((element) => ({ after: getComputedStyle(element, '::after').content, label: element.getAttribute('aria-label') }));
      const copied = await feedback();
      expect(copied.after, 'visible text added after the link').toMatch(/copied/i);
      expect(copied.label, 'accessible name after copying').toMatch(/copied/i);

      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `turns-${article.slug}-copied.png`) });

      // …and it goes away again, giving the permalink its own name back.
      await expect.poll(feedback, { message: 'feedback after a while', timeout: 5_000 }).toEqual({ after: 'none', label });
    });
  });

  test('fits a phone screen: every speaker name visible and no horizontal scrolling', async () => {
    await withPage(article.url, { viewport: PHONE }, async (page) => {
      const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth }));
      expect(widths.scroll, 'page width vs window width').toBeLessThanOrEqual(widths.inner);

      for (const turn of turns) {
        const line = byId(page, turn.id).locator(':scope > p.speaker');
        await line.scrollIntoViewIfNeeded();
        const name = line.locator(':scope > :first-child');
        const shown = turn.speaker ? name : line;
        expect.soft(await shown.isVisible(), `name of #${turn.id} visible`).toBe(true);
        expect.soft(normalize(await shown.innerText()), `name of #${turn.id}`).toContain(normalize(turn.name));
        for (const [what, part] of [['name', shown], ['permalink', line.locator('a.permalink')]] as const) {
          const box = await part.boundingBox();
          expect.soft(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${what} of #${turn.id} within the screen width: ${JSON.stringify(box)}`).toBe(true);
        }
      }

      mkdirSync(SCREENSHOTS, { recursive: true });
      const middle = turns[Math.floor(turns.length / 2)]!;
      await byId(page, middle.id).scrollIntoViewIfNeeded();
      await expectScrolledIntoView(byId(page, middle.id), PHONE.height);
      await settle(page);
      await page.screenshot({ path: join(SCREENSHOTS, `turns-${article.slug}-phone.png`) });
    });
  });

  test('screenshots for humans (not asserted): a linked turn and a deep link', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const target = turns[Math.floor(turns.length / 2)]!;
    await withPage(`${article.url}#${target.id}`, { javaScriptEnabled: false }, async (page) => {
      await expectScrolledIntoView(byId(page, target.id), DESKTOP.height);
      await page.screenshot({ path: join(SCREENSHOTS, `turns-${article.slug}-linked-turn.png`) });
    });
    if (deep) {
      for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
        await withPage(`${article.url}#${deep.paragraph}`, { viewport, javaScriptEnabled: false }, async (page) => {
          await expectScrolledIntoView(byId(page, deep.paragraph), viewport.height);
          await page.screenshot({ path: join(SCREENSHOTS, `turns-${article.slug}-deep-link-${name}.png`) });
        });
      }
    }
  });
});

describe.each(transcripts.map((article) => [article.slug, article] as const))('speaker pages of %s', (_slug, article) => {
  test('each speaker linked from the transcript has a page listing their turns, with working anchors and word counts from the data', async () => {
    const turns = turnFacts(article);
    const speakers = [...new Set(turns.flatMap((turn) => (turn.speaker ? [turn.speaker] : [])))];
    /** Every transcript's turns, for the totals across the corpus on the speaker page. */
    const corpus = transcripts.map((other) => ({ article: other, turns: turnFacts(other) }));
    const transcriptWords = turns.reduce((sum, turn) => sum + turn.words, 0);

    await withPage(article.url, { javaScriptEnabled: false }, async (page) => {
      const linked = await page.evaluate(() =>
        [...new Set([...document.querySelectorAll('.story section.turn > p.speaker > a[href^="/entities/"]')].map((a) => a.getAttribute('href')!))],
      );
      expect([...linked].sort(), 'speaker pages linked from the transcript').toEqual(speakers.map((id) => `/entities/${id}/`).sort());
      const anchors = new Set(await page.evaluate(() => [...document.querySelectorAll('.story section.turn[id]')].map((turn) => turn.id)));

      for (const id of speakers) {
        const own = turns.filter((turn) => turn.speaker === id);
        const href = `/entities/${id}/`;
        const response = await page.goto(`${baseUrl}${href}`, { waitUntil: 'load' });
        expect(response?.status(), `HTTP status of ${href}`).toBe(200);
        expect(normalize(await page.locator('h1').innerText()), `heading of ${href}`).toBe(normalize(own[0]!.name));

        // Totals across every transcript the speaker is in.
        const everywhere = corpus.flatMap(({ turns: all }) => all.filter((turn) => turn.speaker === id));
        const total = everywhere.reduce((sum, turn) => sum + turn.words, 0);
        const headerMeta = normalize(await page.locator('main > p.meta').first().innerText());
        expect.soft(headerMeta, `totals on ${href}`).toContain(`${plural(everywhere.length, 'turn')}, ${plural(total, 'word')}`);

        // The article's section of the speaker's turns (the page may also list quotes by article), on exactly one
        // of the speaker's pages; the checks go on there.
        const section = page.locator('section.speaker-article').filter({ has: page.locator(`h3 a[href="${article.url}"]`) }).filter({ has: page.locator('ol.turn-list') });
        const holding: string[] = [];
        for (const path of listingPaths(href)) {
          await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
          if ((await section.count()) > 0) holding.push(path);
        }
        expect(holding, `pages of ${href} with a section of turns for ${article.slug}`).toHaveLength(1);
        await page.goto(`${baseUrl}${holding[0]}`, { waitUntil: 'load' });
        expect(await section.count(), `sections for ${article.slug} on ${holding[0]}`).toBe(1);
        const words = own.reduce((sum, turn) => sum + turn.words, 0);
        const share = `${Math.round((words / transcriptWords) * 100)}%`;
        expect.soft(normalize(await section.locator('p.meta').innerText()), `counts for ${article.slug} on ${href}`).toContain(`${plural(own.length, 'turn')}, ${plural(words, 'word')}: ${share}`);

        const items = await section.locator('ol.turn-list > li').evaluateAll((lis) =>
          lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? null, stats: (li.querySelector<HTMLElement>('.stats')?.innerText ?? '').replace(/\s+/g, ' ').trim() })),
        );
        expect(items.map((item) => item.href), `turn links on ${href}`).toEqual(own.map((turn) => `${article.url}#${turn.id}`));
        own.forEach((turn, i) => {
          expect.soft(anchors.has(turn.id), `#${turn.id} exists on ${article.url}`).toBe(true);
          const stats = items[i]?.stats ?? '';
          expect.soft(stats, `words of #${turn.id} on ${href}`).toMatch(new RegExp(`^${plural(turn.words, 'word')}\\b`));
          if (turn.label) expect.soft(stats, `label of #${turn.id} on ${href}`).toContain(`as ${turn.label}`);
        });

        // Following a turn link lands on that turn, highlighted.
        const last = own[own.length - 1]!;
        await Promise.all([page.waitForURL(`${baseUrl}${article.url}#${last.id}`), section.locator(`a[href="${article.url}#${last.id}"]`).click()]);
        await expectScrolledIntoView(byId(page, last.id), DESKTOP.height);
        expect(await byId(page, last.id).evaluate((element) => element.matches(':target')), `#${last.id} is the :target after following the link`).toBe(true);
      }
    });
  });
});
