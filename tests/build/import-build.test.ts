/**
 * Issue 10's promise for the importer: a raw page the importer reports nothing to fix for builds into an
 * annotated page with no hand edits. The pages are the raw fixtures under tests/fixtures/import/ whose import
 * leaves no attention items; they are imported, written into a throwaway site with the project's registry, built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistry } from '../../src/content/registry-file.ts';
import { importPage, type ImportedPage } from '../../src/import/import-page.ts';
import { squash } from '../helpers/html-text.ts';
import { createTempSite, projectRoot, removeTempSite, runAstro } from '../helpers/temp-site.ts';

const FIXTURES = join(projectRoot, 'tests/fixtures/import');
const { registry } = readRegistry(projectRoot);
const imported = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const page = readdirSync(join(FIXTURES, entry.name)).find((file) => file.startsWith('page.'));
    if (!page) return [];
    try {
      return [{ name: entry.name, page: importPage(readFileSync(join(FIXTURES, entry.name, page), 'utf8'), { name: page, registry }) }];
    } catch {
      return []; // A page with no story text is refused; tests/unit/import-cli.test.ts covers that.
    }
  })
  .filter(({ page }) => page.report.attention.length === 0);

interface ArticleJson {
  paragraphs: { text: string }[];
  turns: { speaker: string | null; label: string | null }[];
}

let dir: string;
let output = '';
let status: number | null = null;
beforeAll(() => {
  const files: Record<string, string> = { 'content/entities.yaml': readFileSync(join(projectRoot, 'content/entities.yaml'), 'utf8') };
  for (const { page } of imported) files[`content/articles/${page.slug}.md`] = page.markdown;
  dir = createTempSite(files);
  ({ status, output } = runAstro(dir));
});
afterAll(() => {
  if (dir) removeTempSite(dir);
});

describe('raw pages imported with nothing to fix build into annotated pages', () => {
  it('has such pages of both kinds among the fixtures', () => {
    expect(new Set(imported.map(({ page }) => page.frontmatter.kind))).toEqual(new Set(['article', 'transcript']));
  });

  it('builds without an error or an annotator warning', () => {
    expect(status, output).toBe(0);
    expect(output, 'annotator warnings in the build log').not.toMatch(/\[(?:unknown-speaker|unclosed-quote|raw-html|unsafe-url|framing-\w+)\]/);
  });

  it.each(imported.map(({ name, page }) => [name, page] as [string, ImportedPage]))('%s: every imported paragraph is a paragraph of the page, and a transcript has its speakers', (_, page) => {
    const data = JSON.parse(readFileSync(join(dir, `dist/data/articles/${page.slug}.json`), 'utf8')) as ArticleJson;
    const onPage = data.paragraphs.map((p) => squash(p.text));
    // A transcript paragraph's label ("KELLY:") becomes its turn's speaker line: the rest is the paragraph's text.
    for (const paragraph of page.paragraphs) {
      expect.soft(onPage.some((text) => text !== '' && squash(paragraph.text).endsWith(text)), `line ${paragraph.line} on the page`).toBe(true);
    }
    if (page.frontmatter.kind === 'transcript') {
      expect(data.turns.length, 'turns').toBeGreaterThan(1);
      // Only a voice the broadcaster itself leaves unnamed ("UNIDENTIFIED MALE") has no speaker.
      expect(data.turns.filter((turn) => !turn.speaker && !/^UNIDENTIFIED\b/.test(turn.label ?? '')), 'turns with no speaker').toEqual([]);
      expect(data.turns.filter((turn) => turn.speaker).length, 'turns with a speaker').toBeGreaterThan(1);
    }
  });
});
