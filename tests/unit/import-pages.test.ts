/**
 * Raw pages in other sites' shapes (tests/fixtures/import/<case>/page.*) import into the content
 * file written by hand from reading the page (expected.md), with a report of what was dropped
 * and what the user must decide; an imported transcript renders annotated with no hand edits.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { readRegistry } from '../../src/content/registry-file.ts';
import { htmlBlocks, storyElement } from '../../src/import/html-blocks.ts';
import { importPage } from '../../src/import/import-page.ts';
import { ImportError } from '../../src/import/input.ts';
import { renderMarkdown } from '../helpers/render.ts';
import { projectRoot } from '../helpers/temp-site.ts';

const root = new URL('../fixtures/import/', import.meta.url);
const { registry } = readRegistry(projectRoot);
const pageFile = (name: string) => ['page.html', 'page.txt'].find((file) => existsSync(new URL(`${name}/${file}`, root)))!;
const read = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, root), 'utf8');
const importCase = (name: string) => importPage(read(name, pageFile(name)), { name: `${name}/${pageFile(name)}`, registry });

/** What each page leaves for the user, and blocks that must be reported as dropped (opening words → reason). */
const CASES: Record<string, { attention: RegExp[]; dropped: [string, RegExp][] }> = {
  'newspaper-article-html': {
    attention: [],
    dropped: [
      ['We use cookies', /role="dialog"/],
      ['Waves break over', /caption/],
      ['Sign up to First Edition', /newsletter/],
      ['Storm Elin: east end', /<aside>/],
      ['Coastal towns brace', /link/],
      ['By Priya Raman', /byline/],
      ['Live: rail strike', /outside the story/],
    ],
  },
  'broadcast-transcript-html': {
    attention: [],
    dropped: [
      ['Aired March 5, 2024', /date line/],
      ['Return to Transcripts', /above the story/],
      ['© 2024 Cable News Network', /copyright/],
    ],
  },
  'wire-story-text': {
    attention: [],
    dropped: [
      ['Advertisement · Scroll', /advertisement/],
      ['The Reuters Daily Briefing newsletter', /newsletter appeal/],
      ['Read Next', /related/],
      ['Our Standards', /below the story/],
    ],
  },
  'community-radio-transcript-text': {
    attention: [
      /^published: the page does not state it/,
      /^speakers: label HOST \(line 16\) names no one/,
      /^speakers: label BRANDT \(line 18\) is probably Jonas Brandt \(named on line 14\)/,
      /^host: the 2 paragraphs before the first speaker label \(line 12\)/,
    ],
    dropped: [
      ['Support independent local journalism', /appeal/],
      ['WKRV Riverside Community Radio', /above the story/],
    ],
  },
  'republished-article-no-date-html': {
    attention: [/^published: the page does not state it/],
    dropped: [
      ['Share on Facebook', /"share"/],
      ['Comments are closed', /"comments"/],
      ['Amina Yusuf, Senior Lecturer', /above the story/],
    ],
  },
};

const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/expected.md`, root)))
  .map((entry) => entry.name)
  .sort();

describe('raw pages (tests/fixtures/import/<case>/)', () => {
  it('has at least four pages besides the seeds, each with expectations here', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    expect(cases).toEqual(Object.keys(CASES).sort());
  });

  describe.each(cases)('%s', (name) => {
    const page = importCase(name);
    const { attention, dropped } = CASES[name]!;

    it('imports into the hand-written content file', () => {
      expect(page.markdown).toBe(read(name, 'expected.md'));
    });

    it('lists exactly what needs the user', () => {
      expect(page.report.attention).toHaveLength(attention.length);
      attention.forEach((pattern, i) => expect(page.report.attention[i]).toMatch(pattern));
    });

    it('reports the page furniture it dropped, with why', () => {
      for (const [opening, reason] of dropped) {
        const found = page.report.dropped.find((block) => block.text.startsWith(opening));
        expect(found, opening).toBeDefined();
        expect(found!.reason, opening).toMatch(reason);
      }
    });

    it('accounts for all the page’s text: each line or block is kept in the story or reported as dropped', () => {
      const source = read(name, pageFile(name));
      const kept = [...page.paragraphs.map((p) => p.text), ...page.report.dropped.map((d) => d.text)];
      if (pageFile(name).endsWith('.txt')) {
        const lines = source.split('\n').flatMap((line) => (/\S/.test(line) ? [line.trim()] : []));
        expect(kept.sort()).toEqual(lines.sort());
      } else {
        const tree = fromHtml(source);
        expect(kept.sort()).toEqual(htmlBlocks(tree, storyElement(tree)).map((block) => block.text).sort());
      }
    });
  });
});

describe('an imported broadcast transcript, annotated with no hand edits', () => {
  const page = importCase('broadcast-transcript-html');

  it('renders with no warnings: every label resolves, the framing pairs up, no raw HTML', async () => {
    expect((await renderMarkdown(page.markdown)).messages).toEqual([]);
  });

  it('gives each paragraph its speaker, read off the page: full-name labels, then surnames; stage directions and the rush note to no one', async () => {
    const { annotation } = await renderMarkdown(page.markdown);
    const [D, L, I] = ['dana-okoro', 'luis-armenta', 'ines-kowalski'];
    expect(annotation.paragraphs.map((p) => p.speaker)).toEqual([null, D, D, L, null, L, null, null, L, D, I, D, I, D, null]);
    expect(annotation.paragraphs[0]).toMatchObject({ framing: true, text: 'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.' });
    expect(annotation.turns.map((t) => t.label)).toEqual([
      'DANA OKORO', 'LUIS ARMENTA', 'ARMENTA', 'UNIDENTIFIED MALE', 'ARMENTA', 'OKORO', 'INES KOWALSKI', 'OKORO', 'KOWALSKI', 'OKORO',
    ]);
  });

  // In a transcript a source the turn's speaker names is attributed by the `label` method (README, "How quotes are attributed").
  it('attributes the engineer’s quoted words to him, named as the source in the correspondent’s turn', async () => {
    const { annotation } = await renderMarkdown(page.markdown);
    expect(annotation.quotes.map((q) => ({ text: q.text, speaker: q.speaker, attribution: q.attribution }))).toEqual([
      { text: 'buys us fifty years, not forever.', speaker: 'tomasz-wren', attribution: 'label' },
    ]);
  });
});

describe('a page with no story text', () => {
  it('is refused with the file name and what was expected', () => {
    expect(() => importCase('no-story-text')).toThrow(ImportError);
    expect(() => importCase('no-story-text')).toThrow(/^no-story-text\/page\.html: no story text: no paragraph of 15 or more words/);
  });
});
