/**
 * Importing each raw seed reproduces the story text of the content file committed for it.
 * Frontmatter may differ where the committed file holds facts the page does not state
 * (dates inferred from the news, full names, the host); each case lists what the importer must find.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../../src/content/registry-file.ts';
import { importPage } from '../../src/import/import-page.ts';
import { renderMarkdown } from '../helpers/render.ts';
import { projectRoot } from '../helpers/temp-site.ts';

const SEEDS = [
  {
    seed: '000_46898ae6534dde6d.txt',
    content: 'un-chief-met-with-putin.md',
    // The page prints the headline, NPR's transcript credit and the station's copyright line.
    found: { title: 'UN chief met with Putin to bridge differences with Russia over its actions in Ukraine', kind: 'transcript', publisher: 'NPR', republishedBy: 'Connecticut Public' },
    // No date anywhere; the two opening paragraphs carry no label, so the host is the user's call.
    attention: [/^published: the page does not state it/, /^host: the 2 paragraphs before the first speaker label/],
    // Every label is known to content/entities.yaml: KELLY and MAYNES as aliases, ANTONIO GUTERRES by name.
    decidedSpeakers: ['KELLY → Mary Louise Kelly', 'MAYNES → Charles Maynes', 'ANTONIO GUTERRES → António Guterres'],
  },
  {
    seed: '003_496cf8efe704d28b.txt',
    content: 'guterres-diplomatic-hellscape.md',
    // The intro names "the journal Foreign Policy"; the closing disclaimer names the Kyiv Post as the republisher.
    found: { kind: 'article', publisher: 'Foreign Policy', republishedBy: 'Kyiv Post' },
    // The page prints no headline and no date.
    attention: [/^title: the page does not state it/, /^published: the page does not state it/],
    decidedSpeakers: [],
  },
];

const { registry } = readRegistry(projectRoot);
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Frontmatter and body of a content file, split at its fences. */
function splitFile(text: string) {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { frontmatter: parse(yaml!) as Record<string, unknown>, blocks: body!.split(/\n[ \t]*\n/).map((b) => b.trim()).filter(Boolean) };
}

describe.each(SEEDS)('importing seed $seed', ({ seed, content, found, attention, decidedSpeakers }) => {
  const page = importPage(read(`../../../shared/seeds/${seed}`), { name: seed, registry });
  const committed = read(`../../content/articles/${content}`);

  it('writes the same paragraphs and framing markers as the committed content file, in order', () => {
    expect(splitFile(page.markdown).blocks).toEqual(splitFile(committed).blocks);
  });

  it('renders to the same paragraph text and framing flags as the committed file', async () => {
    const paragraphsOf = async (text: string) => (await renderMarkdown(text)).annotation.paragraphs.map((p) => ({ text: p.text, framing: p.framing }));
    expect(await paragraphsOf(page.markdown)).toEqual(await paragraphsOf(committed));
  });

  it('finds the frontmatter the page states, agreeing with the committed file', () => {
    const imported = splitFile(page.markdown).frontmatter;
    const hand = splitFile(committed).frontmatter;
    for (const [field, value] of Object.entries(found)) {
      expect(imported[field], field).toBe(value);
      expect(hand[field], field).toBe(value);
    }
  });

  it('reports what it could not decide, and how each speaker label resolves', () => {
    expect(page.report.attention).toHaveLength(attention.length);
    attention.forEach((pattern, i) => expect(page.report.attention[i]).toMatch(pattern));
    const speakers = page.report.decided.filter((line) => line.startsWith('speaker ')).map((line) => line.replace(/^speaker (.*?) \(.*$/, '$1'));
    expect(speakers).toEqual(decidedSpeakers);
  });
});

describe('seed chrome', () => {
  it('drops the station chrome and donation appeal of the NPR seed, naming each line and why', () => {
    const { report } = importPage(read('../../../shared/seeds/000_46898ae6534dde6d.txt'), { name: 'seed', registry });
    const reasons = new Map(report.dropped.map((d) => [d.line, d.reason]));
    // Read off the seed: line 1 is the copyright, 3-8 the player and menu, 10 the headline, 51 a slogan, 53-57 the appeal.
    expect([...reasons.keys()]).toEqual([1, 3, 4, 5, 6, 7, 8, 10, 51, 53, 55, 57]);
    expect(reasons.get(1)).toMatch(/copyright/);
    expect(reasons.get(10)).toMatch(/headline/);
    for (const line of [53, 55, 57]) expect(reasons.get(line)).toMatch(/donation/);
  });
});
