import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/cli/check-content.ts';

const dirs: string[] = [];
const project = (files: Record<string, string | Uint8Array>) => {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const header = '---\ntitle: T\nkind: article\npublisher: X\npublished: 2024-05-01\n---\n';

describe('checkContent (npm run check)', () => {
  it('reports annotator warnings at their line and column in the file', async () => {
    const report = await checkContent(project({ 'content/articles/hostile.md': `${header}\nFine text.\n\nA <script>alert(1)</script> here.\n` }));
    expect(report.errors).toEqual([]);
    expect(report.warnings[0]).toMatch(/^content\/articles\/hostile\.md:10:3: warning: Unexpected raw HTML `<script>`.*\[raw-html\]$/);
    expect(report.articles).toBe(1);
  });

  it('reports every broken file as an error, and a broken registry first', async () => {
    const broken = await checkContent(
      project({ 'content/articles/a.md': '---\ntitle: T\n---\n', 'content/articles/b.md': `${header.replace('X', "''")}\nText\n` }),
    );
    expect(broken.errors).toEqual([
      expect.stringMatching(/^content\/articles\/a\.md:1: kind: missing/),
      expect.stringMatching(/^content\/articles\/b\.md:4: publisher: found ""; expected the publisher/),
    ]);
    const badRegistry = await checkContent(project({ 'content/entities.yaml': '- id: Bad Id\n  name: X\n  type: person\n' }));
    expect(badRegistry.errors).toEqual([expect.stringMatching(/^content\/entities\.yaml:1: id: entity 1: expected lower-case letters/)]);
  });

  it('refuses two files that give one slug, and a file that is not UTF-8', async () => {
    const report = await checkContent(
      project({
        'content/articles/Report.md': `${header}\nOne.\n`,
        'content/articles/report.md': `${header}\nTwo.\n`,
        'content/articles/latin1.md': Buffer.concat([Buffer.from(`${header}\nCaf`), Buffer.from([0xe9]), Buffer.from('\n')]),
      }),
    );
    expect(report.errors).toContainEqual(expect.stringMatching(/^content\/articles\/report\.md: slug "report" is also the slug of content\/articles\/Report\.md/));
    expect(report.errors).toContainEqual(expect.stringMatching(/^content\/articles\/latin1\.md:8: not valid UTF-8/));
  });
});
