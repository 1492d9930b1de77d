/**
 * Search as a reader meets it, in real headless Chromium, on a fresh build of the real site with its
 * Pagefind index: a phrase of a quote finds that quote first and lands on it with the words marked,
 * the speaker, kind and URL filters, restoring a search from its URL and the back button, keyboard and
 * screen-reader use, the page and the header search box without a script, and a phone-width layout.
 * Queries, quotes, turns and speakers are discovered from the built data files, never hard-coded.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { E2E_DIST } from './global-setup.ts';
import { DESKTOP, PHONE, SCREENSHOTS, byId, expectScrolledIntoView, normalize, sitePages, expectFitsWidth } from './site.ts';
import type { ParagraphJson, TurnJson, QuoteJson, ArticleJson, EntityJson } from './data-json.ts';

type Kind = 'quote' | 'turn' | 'paragraph';

/** Something a search can land on, as the data files describe it: a quote, a turn, or a paragraph outside turns. */
interface Unit {
  kind: Kind;
  id: string;
  article: ArticleJson;
  /** The name search shows for it: a quote's `speakerName`, a turn's speaker's name or printed label. */
  speaker: string | null;
  /** Whether the speaker is a known entity (only those are in the Speaker menu). */
  entity: boolean;
  /** Its own words: a turn's or paragraph's text without the quotes inside it, which are hits of their own. */
  text: string;
}

/** One result as the search page shows it. */
interface Result {
  /** "Quote", "Turn" or "Paragraph", as written (the page may show it in capitals). */
  kind: string;
  /** The speaker line after the kind: the speaker's name, "unattributed" or nothing. */
  who: string;
  href: string;
  path: string;
  hl: string | null;
  id: string;
  /** The article line: title, publisher, date. */
  source: string;
  text: string;
}

interface Shown {
  url: string;
  query: string;
  status: string;
  results: Result[];
}


const dataDir = join(E2E_DIST, 'data', 'articles');
const articles: ArticleJson[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as ArticleJson);
const entities = new Map(
  (JSON.parse(readFileSync(join(E2E_DIST, 'data', 'entities.json'), 'utf8')) as EntityJson[]).map((entity) => [entity.id, entity] as const),
);

/** Lower case, accents folded: "António" is "antonio". */
const fold = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
/** The words of a text, folded, letters only ("doesn’t" is "doesn" and "t"). */
const wordsOf = (text: string): string[] => fold(text).match(/\p{L}+/gu) ?? [];
/** A word as a reader would type it: its surrounding punctuation dropped. */
const bare = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const turnName = (turn: TurnJson) => turn.speakerName ?? (turn.speaker ? entities.get(turn.speaker)?.name : undefined) ?? turn.label ?? null;

/** A paragraph's words without the quotes inside it. */
function withoutQuotes(article: ArticleJson, paragraph: ParagraphJson): string {
  let text = paragraph.text;
  for (const quote of article.quotes.filter((q) => q.paragraph === paragraph.id)) text = text.replace(quote.text, ' ');
  return text;
}

const units: Unit[] = articles.flatMap((article) => {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p] as const));
  const inTurn = new Set((article.turns ?? []).flatMap((turn) => turn.paragraphs));
  return [
    ...article.quotes.map((quote): Unit => ({ kind: 'quote', id: quote.id, article, speaker: quote.speakerName, entity: quote.speaker !== null, text: quote.text })),
    ...(article.turns ?? []).map(
      (turn): Unit => ({
        kind: 'turn',
        id: turn.id,
        article,
        speaker: turnName(turn),
        entity: turn.speaker !== null,
        text: turn.paragraphs.map((id) => withoutQuotes(article, paragraphs.get(id)!)).join(' '),
      }),
    ),
    ...article.paragraphs
      .filter((p) => !inTurn.has(p.id))
      .map((p): Unit => ({ kind: 'paragraph', id: p.id, article, speaker: null, entity: false, text: withoutQuotes(article, p) })),
  ];
});

/** How often each word occurs in everything that can be searched, names and titles included. */
const frequency = new Map<string, number>();
for (const text of [...units.map((unit) => unit.text), ...articles.map((a) => a.title), ...units.map((unit) => unit.speaker ?? '')]) {
  for (const word of wordsOf(text)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
}
/** Words of the names of everyone who speaks or is quoted: a query of them also finds what those people said. */
const nameWords = new Set(units.flatMap((unit) => wordsOf(unit.speaker ?? '')));
/** Words too common to tell anything apart. */
const COMMON = new Set(
  (
    'about after again also been before being both could does doing down each even ever from have having here however into just like made make many more most much must only other over said same says should since some such than that their them then there these they this those through under very want well were what when where which while will with would your yours ' +
    'because going know really think yeah thank thanks'
  ).split(' '),
);
/** A word worth searching for: four letters or more, not a common word, a word of no one's name. */
const telling = (word: string) => /^\p{L}{4,}$/u.test(word) && !COMMON.has(word) && !nameWords.has(word);
/** A word found in this quote and nowhere else. */
const distinctive = (token: string) => {
  const word = fold(bare(token));
  return telling(word) && frequency.get(word) === 1;
};

/** Each word, and the units whose own words include it. */
const unitsByWord = new Map<string, Unit[]>();
for (const unit of units) {
  for (const word of new Set(wordsOf(unit.text))) unitsByWord.set(word, [...(unitsByWord.get(word) ?? []), unit]);
}
/** The units whose own words include `word`, among those `keep` keeps. */
const unitsWith = (word: string, keep: (unit: Unit) => boolean = () => true): Unit[] => (unitsByWord.get(word) ?? []).filter(keep);

/** Whether other quotes, turns or paragraphs of the article have this word too. */
const sharedIn = (article: ArticleJson, quote: QuoteJson, token: string) => {
  const word = fold(bare(token));
  return telling(word) && unitsWith(word, (unit) => unit.article === article && unit.id !== quote.id).length > 0;
};

/**
 * The quote to search for, and the phrase of it to type: among quotes of 5 words or more, the shortest run of
 * its words (12 at most) that holds 3 words found nowhere else, and a word found elsewhere in the article too,
 * so that the search also finds other things and the quote has to come first among them.
 */
const phraseTarget = (() => {
  let best: { quote: QuoteJson; article: ArticleJson; phrase: string; distinctive: string[] } | undefined;
  for (const article of articles) {
    for (const quote of article.quotes) {
      const tokens = quote.text.split(/\s+/).filter((token) => bare(token) !== '');
      if (tokens.length < 5) continue;
      for (let from = 0; from < tokens.length; from++) {
        const found: string[] = [];
        let shared = false;
        // Words as the speaker said them: an editor's [insertion] is not what a reader remembers.
        for (let to = from; to < tokens.length && to - from < 12 && !/[[\]]/.test(tokens[to]!); to++) {
          if (distinctive(tokens[to]!)) found.push(fold(bare(tokens[to]!)));
          shared ||= sharedIn(article, quote, tokens[to]!);
          if (found.length < 3 || !shared) continue;
          const phrase = tokens.slice(from, to + 1).map(bare).join(' ');
          if (!best || phrase.split(' ').length < best.phrase.split(' ').length) best = { quote, article, phrase, distinctive: found };
          break;
        }
      }
    }
  }
  return best;
})();

const candidateWords = [...frequency.keys()].filter(telling).sort();
const countBy = <T,>(items: T[]) => {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
};

/** The known speaker with the most turns, and a word said by them and by at least two others. */
const turnSpeaker = countBy(units.filter((unit) => unit.kind === 'turn' && unit.entity).map((unit) => unit.speaker!))[0]?.[0];
const speakerFilterCase = (() => {
  if (!turnSpeaker) return undefined;
  const scored = candidateWords
    .map((word) => {
      const found = unitsWith(word, (unit) => unit.kind !== 'paragraph' && unit.speaker !== null);
      return { word, found, speakers: new Set(found.map((unit) => unit.speaker)) };
    })
    .filter(({ speakers }) => speakers.has(turnSpeaker) && speakers.size >= 3)
    .sort((a, b) => b.speakers.size - a.speakers.size || a.found.length - b.found.length);
  const chosen = scored[0];
  return chosen && { speaker: turnSpeaker, word: chosen.word, theirs: chosen.found.filter((unit) => unit.speaker === turnSpeaker) };
})();

/** The known speaker with the most quotes, and a word of their quotes also found elsewhere: what the filters must narrow. */
const quoteSpeaker = countBy(units.filter((unit) => unit.kind === 'quote' && unit.entity).map((unit) => unit.speaker!))[0]?.[0];
const quoteFilterCase = (() => {
  if (!quoteSpeaker) return undefined;
  const isTheirs = (unit: Unit) => unit.kind === 'quote' && unit.speaker === quoteSpeaker;
  const scored = candidateWords
    .map((word) => ({ word, theirs: unitsWith(word, isTheirs), others: unitsWith(word, (unit) => !isTheirs(unit)) }))
    .filter(({ theirs, others }) => theirs.length > 0 && others.length > 0)
    .sort((a, b) => b.theirs.length - a.theirs.length || b.others.length - a.others.length);
  const chosen = scored[0];
  return chosen && { speaker: quoteSpeaker, word: chosen.word, theirs: chosen.theirs };
})();

/** A word of both quotes and turns, for the kind filter: the one best spread over both. */
const kindCase = (() => {
  const scored = candidateWords
    .map((word) => ({ word, quotes: unitsWith(word, (unit) => unit.kind === 'quote'), turns: unitsWith(word, (unit) => unit.kind === 'turn') }))
    .filter(({ quotes, turns }) => quotes.length > 0 && turns.length > 0)
    .sort((a, b) => Math.min(b.quotes.length, b.turns.length) - Math.min(a.quotes.length, a.turns.length) || a.word.localeCompare(b.word));
  return scored[0];
})();

/** A word with many results, for the phone layout and the screenshots. */
const busyWord = [...candidateWords].sort((a, b) => unitsWith(b).length - unitsWith(a).length || a.localeCompare(b))[0];

const { withPage } = sitePages();

/** The Speaker menu, found by its label as a reader finds it. */
const speakerMenu = (page: Page) => page.getByRole('combobox', { name: 'Speaker', exact: true });
const searchPath = (params: Record<string, string>) => `/search/?${new URLSearchParams(params).toString()}`;

/** The query, the status line and the results the page shows now. */
async function shown(page: Page): Promise<Shown> {
  const [query, status, results] = await Promise.all([
    page.locator('#search-q').inputValue(),
    page.locator('#search-status').innerText(),
    page.locator('#search-results > li').evaluateAll((items) =>
      items.map((item) => {
        const kind = item.querySelector('.kind')?.textContent ?? '';
        const who = item.querySelector('.hit-who')?.textContent ?? '';
        const link = item.querySelector('a');
        const url = new URL(link?.href ?? '', window.location.href);
        return {
          kind,
          who: who.startsWith(kind) ? who.slice(kind.length) : who,
          href: link?.getAttribute('href') ?? '',
          path: url.pathname,
          hl: url.searchParams.get('hl'),
          id: decodeURIComponent(url.hash.slice(1)),
          source: item.querySelector('.hit-source')?.textContent ?? '',
          text: link?.textContent ?? '',
        };
      }),
    ),
  ]);
  return {
    url: page.url(),
    query,
    status: normalize(status),
    results: results.map((result) => ({ ...result, kind: normalize(result.kind), who: normalize(result.who), source: normalize(result.source), text: normalize(result.text) })),
  };
}

/** The number of results the status line reports, or null when it reports none. */
const statedCount = (status: string) => {
  const match = /(\d+)\s+results?\b/i.exec(status);
  return match ? Number(match[1]) : null;
};

/**
 * Waits until the page shows the finished search for `query`: the status line names the query and the number
 * of results shown, and `ready` (when given) has nothing against what is shown. Returns what is shown.
 */
async function waitForSearch(page: Page, query: string, ready: (now: Shown) => string | null = () => null): Promise<Shown> {
  let last: Shown | undefined;
  let why = '';
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    last = await shown(page);
    const count = statedCount(last.status);
    if (!last.status.includes(`“${query}”`)) why = `the status line does not name “${query}”`;
    else if (count !== last.results.length && !(count === null && last.results.length === 0 && /nothing found/i.test(last.status)))
      why = `the status line reports ${count} results, the list has ${last.results.length}`;
    else why = ready(last) ?? '';
    if (why === '') return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`search for “${query}” did not finish as expected: ${why}\nstatus: ${last?.status}\nurl: ${last?.url}\nresults:\n${last?.results.map((r) => `  ${r.kind} | ${r.who} | ${r.href}`).join('\n')}`);
}

const describeResult = (result: Result) => `${result.kind} “${result.who}” ${result.href}`;
const nonEmpty = (now: Shown) => (now.results.length > 0 ? null : 'no results');


/** Waits until the search page has loaded its index and is ready for a query (it then says what to type). */
async function waitForReady(page: Page): Promise<void> {
  await expect.poll(async () => normalize(await page.locator('#search-status').innerText()), { message: 'the search page is ready', timeout: 10_000 }).not.toBe('');
}

/** Searches the way a reader does on /search/: types into the search box and presses Enter. */
async function typeAndSubmit(page: Page, query: string): Promise<void> {
  const box = page.locator('#search-q');
  await box.fill('');
  await box.pressSequentially(query);
  await box.press('Enter');
}

test('the build has quotes, turns and speakers to search for, and a search index', () => {
  expect(phraseTarget, 'a quote of 5+ words with 3 words found nowhere else and one found elsewhere in its article').toBeDefined();
  expect(speakerFilterCase, 'a speaker with turns, and a word they share with two other speakers').toBeDefined();
  expect(quoteFilterCase, 'a speaker with quotes, and a word of theirs also found elsewhere').toBeDefined();
  expect(kindCase, 'a word in both quotes and turns').toBeDefined();
  expect(readdirSync(join(E2E_DIST, 'pagefind')), 'the Pagefind index').toContain('pagefind.js');
});

describe.skipIf(!phraseTarget)('searching a phrase of a quote', () => {
  const { quote, article, phrase, distinctive: words } = phraseTarget!;

  test('finds that quote first, with its speaker and article, and its link lands on it with the words marked', async () => {
    await withPage('/search/', {}, async (page) => {
      await waitForReady(page);
      await typeAndSubmit(page, phrase);
      const now = await waitForSearch(page, phrase, nonEmpty);
      expect(new URL(now.url).searchParams.get('q'), 'q in the URL').toBe(phrase);

      expect(now.results.length, `results for “${phrase}”, which has words found elsewhere too`).toBeGreaterThan(1);
      const first = now.results[0]!;
      expect(first.id, `first result for “${phrase}” (${now.results.map(describeResult).join('; ')})`).toBe(quote.id);
      expect(first.kind.toLowerCase(), 'kind of the first result').toBe('quote');
      expect(first.who, 'speaker line of the first result').toBe(quote.speakerName ?? 'unattributed');
      expect(first.source, 'article line of the first result').toContain(normalize(article.title));
      expect(first.path, 'page of the first result').toBe(article.url);
      expect(first.hl, 'words to mark, in the link').toBe(phrase);
      for (const word of words) expect.soft(fold(first.text), 'the result shows the quote’s words').toContain(word);

      await Promise.all([page.waitForURL((url) => url.pathname === article.url), page.locator('#search-results > li a').first().click()]);
      const landed = new URL(page.url());
      expect(landed.hash, 'fragment after following the result').toBe(`#${quote.id}`);
      expect(landed.searchParams.get('hl'), 'hl after following the result').toBe(phrase);

      const target = byId(page, quote.id);
      expect(await target.evaluate((element) => element.matches(':target')), `#${quote.id} is the :target`).toBe(true);
      await expectScrolledIntoView(target, DESKTOP.height);
      const marks = (await target.locator('mark.search-hit').allTextContents()).map(fold);
      for (const word of words) expect.soft(marks.some((mark) => mark.startsWith(word)), `“${word}” marked in the quote (marks: ${marks.join(', ')})`).toBe(true);
      const queryWords = wordsOf(phrase);
      for (const mark of marks) expect.soft(queryWords.some((word) => mark.startsWith(word)), `marked “${mark}” is a word of the query`).toBe(true);
      expect(await page.locator('mark.search-hit').count(), 'marks outside the quote').toBe(marks.length);
    });
  });
});

/**
 * KNOWN BUG (src/styles/site.css): `.search-hit` has the same background as a linked quote or turn (`var(--target)`
 * for `mark, .search-hit`, `.story q:target`, `.story :target`), and nothing else sets the marks apart, so on arrival
 * from a search the marked words cannot be seen inside the highlighted target. Remove `.fails` when fixed.
 */
describe.skipIf(!phraseTarget)('arriving from a search result', () => {
  const { quote, article, phrase } = phraseTarget!;

  test('the marked words stand out from the highlighted quote around them', async () => {
    await withPage(`${article.url}?hl=${encodeURIComponent(phrase)}#${quote.id}`, {}, async (page) => {
      const target = byId(page, quote.id);
      const looks = await target.evaluate((element) => {
        const TRANSPARENT = 'rgba(0, 0, 0, 0)';
        const text = (e: Element) => {
          const style = getComputedStyle(e);
          return [style.color, style.fontWeight, style.fontStyle, style.textDecorationLine].join(' | ');
        };
        const targetBackground = getComputedStyle(element).backgroundColor;
        return [...element.querySelectorAll('mark.search-hit')].map((mark) => {
          const style = getComputedStyle(mark);
          return {
            word: mark.textContent,
            background: style.backgroundColor === TRANSPARENT ? targetBackground : style.backgroundColor,
            targetBackground,
            text: text(mark),
            targetText: text(element),
            ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none' || style.borderBottomStyle !== 'none',
          };
        });
      });
      expect(looks.length, 'marked words in the quote').toBeGreaterThan(0);
      for (const look of looks) {
        const standsOut = look.background !== look.targetBackground || look.text !== look.targetText || look.ring;
        expect.soft(standsOut, `“${look.word}” (${look.background}; ${look.text}) vs the quote (${look.targetBackground}; ${look.targetText})`).toBe(true);
      }
    });
  });
});

describe.skipIf(!speakerFilterCase)('the speaker filter', () => {
  const { speaker, word, theirs } = speakerFilterCase!;

  test('choosing a speaker keeps only their turns and quotes, for a word several speakers said, and puts the speaker in the URL', async () => {
    await withPage(searchPath({ q: word }), {}, async (page) => {
      const before = await waitForSearch(page, word, nonEmpty);
      const speakersBefore = new Set(before.results.filter((r) => r.kind.toLowerCase() !== 'paragraph').map((r) => r.who));
      expect(speakersBefore.size, `speakers of the results for “${word}” before filtering: ${[...speakersBefore].join(', ')}`).toBeGreaterThanOrEqual(2);

      // The speaker list loads when the reader reaches for the menu, not before.
      await speakerMenu(page).focus();
      await speakerMenu(page).selectOption(speaker);
      await page.waitForURL((url) => url.searchParams.get('speaker') === speaker);
      const after = await waitForSearch(page, word, (now) =>
        now.results.length > 0 && now.results.every((r) => r.who === speaker) ? null : `results not all by ${speaker}: ${now.results.map(describeResult).join('; ')}`,
      );
      expect(new URL(after.url).searchParams.get('q'), 'q stays in the URL').toBe(word);
      for (const result of after.results) {
        expect.soft(['quote', 'turn'], `kind of ${describeResult(result)}`).toContain(result.kind.toLowerCase());
        expect.soft(result.who, `speaker line of ${result.href}`).toBe(speaker);
      }
      const ids = new Set(after.results.map((r) => r.id));
      for (const unit of theirs) expect.soft(ids.has(unit.id), `${unit.kind} #${unit.id} of ${speaker} with “${word}” among the results`).toBe(true);
      expect(await speakerMenu(page).inputValue(), 'the chosen speaker stays chosen').toBe(speaker);
    });
  });
});

describe.skipIf(!speakerFilterCase)('what a search downloads', () => {
  const { word } = speakerFilterCase!;

  test('the speaker list (Pagefind filter files) is fetched only when the reader reaches for the menus', async () => {
    await withPage(searchPath({ q: word }), {}, async (page) => {
      const filterFiles: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.pf_filter')) filterFiles.push(request.url());
      });
      await waitForSearch(page, word, nonEmpty);
      await page.waitForLoadState('networkidle');
      expect(filterFiles, 'filter files fetched for a plain search').toEqual([]);
      expect(await speakerMenu(page).locator('option').count(), 'speaker menu before it is touched').toBe(1);

      await speakerMenu(page).focus();
      await expect.poll(() => speakerMenu(page).locator('option').count(), { message: 'speakers listed once the menu has focus' }).toBeGreaterThan(1);
      expect(filterFiles.length, 'filter files fetched once the menu has focus').toBeGreaterThan(0);
    });
  });
});

describe.skipIf(!quoteFilterCase)('a search URL', () => {
  const { speaker, word, theirs } = quoteFilterCase!;

  test('reloading it restores the query, the speaker and the kind, and the results obey them', async () => {
    await withPage(searchPath({ q: word }), {}, async (page) => {
      const unfiltered = await waitForSearch(page, word, nonEmpty);
      const isTheirs = (r: Result) => r.kind.toLowerCase() === 'quote' && r.who === speaker;
      expect(unfiltered.results.some((r) => !isTheirs(r)), `results for “${word}” other than quotes by ${speaker}`).toBe(true);
    });

    const path = searchPath({ q: word, speaker, kind: 'quote' });
    await withPage(path, {}, async (page) => {
      for (const reload of [false, true]) {
        if (reload) await page.reload({ waitUntil: 'load' });
        const state = await waitForSearch(page, word, nonEmpty);
        const when = reload ? 'after reloading' : 'on loading';
        expect(state.query, `search box ${when}`).toBe(word);
        expect(await speakerMenu(page).inputValue(), `Speaker ${when}`).toBe(speaker);
        expect(await page.getByRole('radio', { name: 'Quotes', exact: true }).isChecked(), `Quotes radio ${when}`).toBe(true);
        expect(await page.getByRole('radio', { name: 'Turns', exact: true }).isChecked(), `Turns radio ${when}`).toBe(false);
        for (const result of state.results) {
          expect.soft(result.kind.toLowerCase(), `kind of ${result.href} ${when}`).toBe('quote');
          expect.soft(result.who, `speaker of ${result.href} ${when}`).toBe(speaker);
        }
        const ids = new Set(state.results.map((r) => r.id));
        for (const unit of theirs) expect.soft(ids.has(unit.id), `quote #${unit.id} ${when}`).toBe(true);
      }
    });
  });

  test('the back button brings back the previous search and its results', async () => {
    const firstQuery = phraseTarget?.phrase ?? word;
    const secondQuery = word === firstQuery ? kindCase!.word : word;
    await withPage('/search/', {}, async (page) => {
      await waitForReady(page);
      await typeAndSubmit(page, firstQuery);
      const first = await waitForSearch(page, firstQuery, nonEmpty);
      await typeAndSubmit(page, secondQuery);
      const second = await waitForSearch(page, secondQuery, nonEmpty);
      expect(second.results.map((r) => r.href), 'the two searches differ').not.toEqual(first.results.map((r) => r.href));
      expect(new URL(second.url).searchParams.get('q')).toBe(secondQuery);

      await page.goBack();
      const back = await waitForSearch(page, firstQuery, nonEmpty);
      expect(new URL(back.url).searchParams.get('q'), 'q in the URL after going back').toBe(firstQuery);
      expect(back.query, 'search box after going back').toBe(firstQuery);
      expect(back.results.map((r) => r.href), 'results after going back').toEqual(first.results.map((r) => r.href));

      await page.goForward();
      const forward = await waitForSearch(page, secondQuery, nonEmpty);
      expect(forward.query, 'search box after going forward').toBe(secondQuery);
      expect(forward.results.map((r) => r.href), 'results after going forward').toEqual(second.results.map((r) => r.href));

      // A filter change is a step of its own: back undoes it, and the radios follow.
      await page.getByRole('radio', { name: 'Quotes', exact: true }).check();
      await page.waitForURL((url) => url.searchParams.get('kind') === 'quote');
      await waitForSearch(page, secondQuery, (now) => (now.results.every((r) => r.kind.toLowerCase() === 'quote') ? null : 'not only quotes yet'));
      await page.goBack();
      const unfiltered = await waitForSearch(page, secondQuery, (now) => (now.results.length === second.results.length ? null : 'not unfiltered yet'));
      expect(new URL(unfiltered.url).searchParams.has('kind'), 'kind in the URL after going back').toBe(false);
      expect(await page.getByRole('radio', { name: 'Quotes and turns', exact: true }).isChecked(), '“Quotes and turns” checked again').toBe(true);
      expect(unfiltered.results.map((r) => r.href), 'results after undoing the filter').toEqual(second.results.map((r) => r.href));
    });
  });

  // KNOWN BUG (src/search/page.ts, `commit`): while the reader types, the live search replaces the current history
  // entry with the new query; pressing Enter after that pushes nothing, because the URL is already the same. So a
  // reader who pauses (over 250 ms) before Enter gets no entry per search, and Back leaves the search page entirely.
  // Remove `.fails` when fixed.
  test('the back button brings back the previous search when the reader paused before pressing Enter', async () => {
    const firstQuery = phraseTarget?.phrase ?? word;
    const secondQuery = word === firstQuery ? kindCase!.word : word;
    await withPage('/search/', {}, async (page) => {
      await waitForReady(page);
      const box = page.locator('#search-q');
      const start = await page.evaluate(() => history.length);
      await box.pressSequentially(firstQuery);
      await waitForSearch(page, firstQuery, nonEmpty); // the live results are there: the reader read them, then pressed Enter
      await box.press('Enter');
      await box.fill('');
      await box.pressSequentially(secondQuery);
      await waitForSearch(page, secondQuery, nonEmpty);
      await box.press('Enter');
      await waitForSearch(page, secondQuery, nonEmpty);
      expect(await page.evaluate(() => history.length), 'history entries added by two searches').toBe(start + 2);
      await page.goBack();
      const back = new URL(page.url());
      expect(back.pathname, 'page after going back').toBe('/search/');
      expect(back.searchParams.get('q'), 'q after going back').toBe(firstQuery);
    });
  });
});

/** The known speaker with the most turns and the one with the most quotes (once if the same). */
const namedSpeakers = [...new Set([turnSpeaker, quoteSpeaker].filter((name): name is string => name !== undefined))];

describe.each(namedSpeakers.map((name) => [name] as const))('searching the name %s', (name) => {
  test('finds every quote and turn of theirs, each labelled with their name', async () => {
    const theirs = units.filter((unit) => unit.kind !== 'paragraph' && unit.speaker === name);
    expect(theirs.length, `quotes and turns of ${name}`).toBeGreaterThan(0);
    await withPage(searchPath({ q: name }), {}, async (page) => {
      const now = await waitForSearch(page, name, nonEmpty);
      const byUnit = new Map(now.results.map((r) => [`${r.path}#${r.id}`, r] as const));
      for (const unit of theirs) {
        const result = byUnit.get(`${unit.article.url}#${unit.id}`);
        expect.soft(result, `${unit.kind} #${unit.id} of ${name} among the results`).toBeDefined();
        if (!result) continue;
        expect.soft(result.kind.toLowerCase(), `kind of the result for #${unit.id}`).toBe(unit.kind);
        expect.soft(result.who, `speaker line of the result for #${unit.id}`).toBe(name);
      }
    });
  });
});

describe.skipIf(!kindCase)('the kind filter', () => {
  const { word } = kindCase!;

  test('Quotes shows only quotes, Turns only turns, and the choice goes into the URL', async () => {
    await withPage(searchPath({ q: word }), {}, async (page) => {
      const all = await waitForSearch(page, word, nonEmpty);
      const kinds = new Set(all.results.map((r) => r.kind.toLowerCase()));
      expect([...kinds].sort(), `kinds of the results for “${word}”`).toEqual(expect.arrayContaining(['quote', 'turn']));
      const count = (kind: string) => all.results.filter((r) => r.kind.toLowerCase() === kind).length;

      for (const [label, kind] of [['Quotes', 'quote'], ['Turns', 'turn']] as const) {
        await page.getByRole('radio', { name: label, exact: true }).check();
        await page.waitForURL((url) => url.searchParams.get('kind') === kind);
        const now = await waitForSearch(page, word, (shownNow) =>
          shownNow.results.length > 0 && shownNow.results.every((r) => r.kind.toLowerCase() === kind) ? null : `not only ${kind}s: ${shownNow.results.map(describeResult).join('; ')}`,
        );
        expect(now.results.length, `${label}: as many as the ${kind}s among all results`).toBe(count(kind));
        expect(new URL(now.url).searchParams.get('q'), `${label}: q stays in the URL`).toBe(word);
      }

      await page.getByRole('radio', { name: 'Quotes and turns', exact: true }).check();
      await page.waitForURL((url) => !url.searchParams.has('kind'));
      const again = await waitForSearch(page, word, (now) => (now.results.length === all.results.length ? null : `${now.results.length} results, expected ${all.results.length}`));
      expect(again.results.map((r) => r.href), 'all kinds again').toEqual(all.results.map((r) => r.href));
    });
  });
});

describe('keyboard and screen readers', () => {
  test('the search form is a landmark with a labelled box, the status line announces the number of results, and results are reachable by Tab', async () => {
    const query = busyWord!;
    await withPage(searchPath({ q: query }), {}, async (page) => {
      const form = page.getByRole('search').filter({ has: page.locator('#search-q') });
      expect(await form.count(), 'a search landmark holding the search box').toBe(1);
      const box = form.getByRole('searchbox');
      expect(await box.count(), 'search boxes in the form').toBe(1);
      expect(await box.getAttribute('id')).toBe('search-q');
      const label = await box.evaluate((input: HTMLInputElement) => [...(input.labels ?? [])].map((l) => l.textContent ?? '').join(' ').trim() || input.getAttribute('aria-label') || '');
      expect(label, 'label of the search box').not.toBe('');
      expect(await page.getByRole('searchbox', { name: label, exact: true }).getAttribute('id'), 'the label names the box').toBe('search-q');
      expect(await form.getByRole('button', { name: 'Search' }).count(), 'a submit button').toBe(1);
      expect(await speakerMenu(page).evaluate((e) => e.tagName), 'Speaker menu found by its label').toBe('SELECT');

      const status = page.getByRole('status');
      expect(await status.count(), 'status elements').toBe(1);
      expect(await status.getAttribute('id')).toBe('search-status');
      expect(await status.getAttribute('aria-live'), 'the status line is polite').not.toBe('off');
      const now = await waitForSearch(page, query, nonEmpty);
      expect(statedCount(now.status), `the status line “${now.status}” gives the number of results`).toBe(now.results.length);

      // A filter change is announced too: the status line follows the new number.
      await page.getByRole('radio', { name: 'Quotes', exact: true }).check();
      const quotes = await waitForSearch(page, query, (shownNow) => (shownNow.results.every((r) => r.kind.toLowerCase() === 'quote') ? null : 'not yet filtered'));
      expect(statedCount(quotes.status) ?? 0, `the status line “${quotes.status}” after choosing Quotes`).toBe(quotes.results.length);
      await page.getByRole('radio', { name: 'Quotes and turns', exact: true }).check();
      await waitForSearch(page, query, (shownNow) => (shownNow.results.length === now.results.length ? null : 'not yet unfiltered'));

      // From the search box, Tab goes through the form's controls and then the results, in order.
      await box.focus();
      const reached: string[] = [];
      for (let i = 0; i < 20 && reached.length < Math.min(3, now.results.length); i++) {
        await page.keyboard.press('Tab');
        const href = await page.evaluate(() => (document.activeElement?.closest('#search-results') ? document.activeElement.getAttribute('href') : null));
        if (href) reached.push(href);
      }
      expect(reached, 'results reached by Tab, in order').toEqual(now.results.slice(0, 3).map((r) => r.href));
      const focusedRole = await page.evaluate(() => document.activeElement?.tagName);
      expect(focusedRole, 'a result takes focus as a link').toBe('A');
      await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/articles/')), page.keyboard.press('Enter')]);
      expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}${new URL(page.url()).hash}`, 'Enter follows the focused result').toBe(reached.at(-1));
    });
  });
});

describe('without JavaScript', () => {
  test('/search/ says search needs JavaScript and links to the quotes page; the dead form is not shown', async () => {
    await withPage('/search/', { javaScriptEnabled: false }, async (page) => {
      const main = page.getByRole('main');
      const note = main.getByText(/JavaScript/);
      expect(await note.count(), 'a note about JavaScript').toBe(1);
      expect(await note.isVisible(), 'the note is visible').toBe(true);
      const quotesLink = main.locator('a[href="/quotes/"]');
      expect(await quotesLink.count(), 'a link to /quotes/ in the page').toBeGreaterThanOrEqual(1);
      expect(await quotesLink.first().isVisible(), 'the link to /quotes/ is visible').toBe(true);
      expect(await page.locator('#search-form').isVisible(), 'the search form, which needs a script, is hidden').toBe(false);
    });
    await withPage('/search/', {}, async (page) => {
      await waitForReady(page);
      expect(await page.getByRole('main').getByText(/needs JavaScript/).isVisible().catch(() => false), 'no JavaScript note with JavaScript on').toBe(false);
      expect(await page.locator('#search-form').isVisible(), 'the search form with JavaScript on').toBe(true);
    });
  });

  const pages = ['/', articles[0]?.url ?? '/', '/quotes/', '/search/'];
  test.each(pages.map((path) => [path] as const))('the header search box on %s submits to /search/?q=…', async (path) => {
    const words = phraseTarget?.phrase ?? 'peace talks';
    await withPage(path, { javaScriptEnabled: false }, async (page) => {
      const header = page.getByRole('banner');
      const search = header.getByRole('search');
      expect(await search.count(), 'a search landmark in the header').toBe(1);
      const box = search.getByRole('searchbox');
      expect(await box.count(), 'a search box in the header').toBe(1);
      expect(await box.isVisible(), 'the header search box is visible').toBe(true);
      const name = await box.evaluate((input: HTMLInputElement) => [...(input.labels ?? [])].map((l) => l.textContent ?? '').join(' ').trim() || input.getAttribute('aria-label') || '');
      expect(name, 'label of the header search box').not.toBe('');
      await box.fill(words);
      await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), box.press('Enter')]);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/search/');
      expect(url.searchParams.get('q'), 'q of the search page').toBe(words);
    });
  });

  test('with JavaScript, the header search box of an article opens the search page with the results', async () => {
    const words = phraseTarget?.phrase ?? busyWord!;
    await withPage(articles[0]!.url, {}, async (page) => {
      const box = page.getByRole('banner').getByRole('search').getByRole('searchbox');
      await box.fill(words);
      await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), box.press('Enter')]);
      const now = await waitForSearch(page, words, nonEmpty);
      expect(now.query, 'the search page’s box holds the words').toBe(words);
    });
  });
});

describe('phone width', () => {
  test('no horizontal scrolling on /search/ with results', async () => {
    const query = busyWord!;
    await withPage(searchPath({ q: query }), { viewport: PHONE }, async (page) => {
      const now = await waitForSearch(page, query, nonEmpty);
      expect(now.results.length, 'results to lay out').toBeGreaterThan(3);
      await expectFitsWidth(page);
    });
  });
});

test('screenshots for humans (not asserted): results, filtered results, an arrival', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const query = busyWord!;
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await withPage(searchPath({ q: query }), { viewport }, async (page) => {
      await waitForSearch(page, query, nonEmpty);
      await page.screenshot({ path: join(SCREENSHOTS, `search-results-${name}.png`) });
      await page.screenshot({ path: join(SCREENSHOTS, `search-results-${name}-full.png`), fullPage: true });
      // The results further down, below the form.
      await page.locator('#search-results > li').nth(4).scrollIntoViewIfNeeded();
      await page.evaluate(() => document.querySelectorAll('#search-results > li')[4]?.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(SCREENSHOTS, `search-results-${name}-scrolled.png`) });
    });
  }
  if (quoteFilterCase) {
    const { word, speaker } = quoteFilterCase;
    await withPage(searchPath({ q: word, speaker, kind: 'quote' }), {}, async (page) => {
      await waitForSearch(page, word, nonEmpty);
      await page.screenshot({ path: join(SCREENSHOTS, 'search-filtered-desktop.png'), fullPage: true });
    });
  }
  if (phraseTarget) {
    const { quote, article, phrase } = phraseTarget;
    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await withPage(`${article.url}?hl=${encodeURIComponent(phrase)}#${quote.id}`, { viewport }, async (page) => {
        await expectScrolledIntoView(byId(page, quote.id), viewport.height);
        await page.screenshot({ path: join(SCREENSHOTS, `search-arrival-${name}.png`) });
      });
    }
  }
});
