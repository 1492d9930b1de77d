import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempSite, projectRoot, removeTempSite, runAstro } from '../helpers/temp-site.ts';

const registry = readFileSync(join(projectRoot, 'content/entities.yaml'), 'utf8');
const good = '---\ntitle: A good article\nkind: article\npublisher: Example News\npublished: 2024-05-01\n---\n\nThe minister said nothing.\n';
const sites: string[] = [];
const build = (files: Record<string, string | Uint8Array>) => {
  const dir = createTempSite({ 'content/entities.yaml': registry, 'content/articles/good.md': good, ...files });
  sites.push(dir);
  return { dir, ...runAstro(dir) };
};

afterAll(() => sites.forEach(removeTempSite));

describe('a broken content file fails the build, naming the file and the field', () => {
  it('a missing title', () => {
    const { status, output } = build({ 'content/articles/no-title.md': '---\nkind: article\npublisher: X\npublished: 2024-05-01\n---\n\nText.\n' });
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/no-title.md:1: title: missing');
  });

  it('an invalid published date, with every other broken file in the same run', () => {
    const { status, output } = build({
      'content/articles/bad-date.md': '---\ntitle: T\nkind: article\npublisher: X\npublished: 2024-02-30\n---\n\nText.\n',
      'content/articles/bad-kind.md': '---\ntitle: T\nkind: podcast\npublisher: X\npublished: 2024-02-03\n---\n\nText.\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/bad-date.md:5: published: found "2024-02-30"; expected a real calendar date');
    expect(output).toContain('content/articles/bad-kind.md:3: kind: found "podcast"');
  });

  it('a speaker mapped to an id the registry lacks', () => {
    const { status, output } = build({
      'content/articles/unknown-speaker.md': '---\ntitle: T\nkind: transcript\npublisher: X\npublished: 2024-02-03\nspeakers:\n  SMITH: jane-smith\n---\n\nSMITH: Hello.\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/unknown-speaker.md:6: speakers.SMITH: names jane-smith, which is not in content/entities.yaml');
  });

  it('while valid content builds', () => {
    const { status, dir, output } = build({});
    expect(status, output).toBe(0);
    const page = readFileSync(join(dir, 'dist/articles/good/index.html'), 'utf8');
    expect(page).toContain('<p id="p-the-minister-said-nothing">The minister said nothing.</p>');
  });
});
