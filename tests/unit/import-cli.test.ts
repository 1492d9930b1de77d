/** `npm run import`: files and stdin in, the content file out, the report on stderr, the path on stdout, documented exit codes. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/cli/check-content.ts';
import { projectRoot } from '../helpers/temp-site.ts';

mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
const scratch = mkdtempSync(join(projectRoot, 'tests/.tmp/import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fixture = (path: string) => join(projectRoot, 'tests/fixtures/import', path);
let runs = 0;

/** Runs the importer from the project root into a fresh output folder. */
function runImport(args: string[], { input, out = join(scratch, `out-${++runs}`) }: { input?: string | Uint8Array; out?: string } = {}) {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), ['src/cli/import.ts', ...args, '--out', out], {
    cwd: projectRoot,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, out };
}

// Each case starts the CLI in its own Node process, about a second each.
describe('npm run import', { timeout: 60_000 }, () => {
  it('writes the content file, prints its path alone on stdout and the report on stderr, and exits 0 when nothing needs attention', () => {
    const { status, stdout, stderr, out } = runImport([fixture('wire-story-text/page.txt')]);
    const path = join(out, 'shipping-insurers-raise-red-sea-premiums-as-attacks-spread.md');
    expect(status, stderr).toBe(0);
    expect(stdout).toBe(`${path}\n`);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(fixture('wire-story-text/expected.md'), 'utf8'));
    expect(stderr).toContain('line 19: advertisement marker: "Advertisement · Scroll to continue"');
    expect(stderr).not.toContain('needs attention');
  });

  it('exits 2 when the file was written but the report lists what the user must fix', () => {
    const { status, stdout, stderr, out } = runImport([fixture('community-radio-transcript-text/page.txt')]);
    expect(status).toBe(2);
    expect(existsSync(stdout.trim())).toBe(true);
    expect(stdout.trim().startsWith(out)).toBe(true);
    expect(stderr).toMatch(/needs attention \(4\):\n {2}published: .*\n {2}speakers: label HOST .*\n {2}speakers: label BRANDT .*\n {2}host: /);
    expect(stderr).toMatch(/wrote .*: fix the 4 items above, then run npm run check/);
  });

  it('reads stdin given `-` or no file, detecting HTML from the text, and names the slug from the title', () => {
    const html = readFileSync(fixture('newspaper-article-html/page.html'), 'utf8');
    for (const args of [['-'], []]) {
      const { status, stdout, stderr, out } = runImport(args, { input: html });
      expect(status, stderr).toBe(0);
      expect(stdout).toBe(`${join(out, 'harbour-council-approves-40m-flood-barrier-after-decade-of.md')}\n`);
      expect(stderr).toMatch(/^import: <stdin> \(HTML page\)/);
      expect(readFileSync(stdout.trim(), 'utf8')).toBe(readFileSync(fixture('newspaper-article-html/expected.md'), 'utf8'));
    }
  });

  it('takes --slug for the file name, and refuses a slug that is not one', () => {
    const named = runImport([fixture('wire-story-text/page.txt'), '--slug', 'red-sea-premiums']);
    expect(named.stdout).toBe(`${join(named.out, 'red-sea-premiums.md')}\n`);
    const bad = runImport([fixture('wire-story-text/page.txt'), '--slug', 'Red Sea!']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^error: --slug Red Sea!: expected lower-case letters, digits and hyphens, e\.g\. red-sea/);
    expect(existsSync(bad.out)).toBe(false);
  });

  it('asks for --slug when a page from stdin states no title', () => {
    const { status, stderr } = runImport(['-'], { input: readFileSync(join(projectRoot, '../shared/seeds/003_496cf8efe704d28b.txt')) });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error: <stdin>: the page states no title to make a file name from; pass --slug <slug>/);
  });

  it('refuses to overwrite an existing file unless --force', () => {
    const out = join(scratch, 'existing');
    mkdirSync(out);
    const path = join(out, 'shipping-insurers-raise-red-sea-premiums-as-attacks-spread.md');
    writeFileSync(path, 'hand-edited\n');
    const refused = runImport([fixture('wire-story-text/page.txt')], { out });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`error: ${fixture('wire-story-text/page.txt')}: ${path} already exists; pass --force to overwrite it, or --slug to choose another name`);
    expect(refused.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe('hand-edited\n');
    const forced = runImport([fixture('wire-story-text/page.txt'), '--force'], { out });
    expect(forced.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(fixture('wire-story-text/expected.md'), 'utf8'));
  });

  describe('bad input: a clear error naming the input, exit 1, nothing written', () => {
    const write = (name: string, bytes: string | Uint8Array) => {
      const path = join(scratch, name);
      writeFileSync(path, bytes);
      return path;
    };
    it.each([
      ['an empty file', () => write('empty.txt', ''), /^error: .*empty\.txt: the input is empty; expected the text or HTML of a scraped page$/m],
      ['only blank lines', () => write('blank.txt', '\n  \n\u00a0\n'), /^error: .*blank\.txt: the input is empty/m],
      // A PNG header: two line feeds (bytes 5 and 7) come before the NUL at byte 8, so line 3.
      ['binary data', () => write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), /^error: .*image\.txt:3: binary data \(a NUL byte at offset 8\)/m],
      ['Latin-1 text', () => write('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])), /^error: .*latin1\.txt:1: not valid UTF-8 \(first bad byte at offset 3\); expected a UTF-8 text file/m],
      ['a page with no story text', () => fixture('no-story-text/page.html'), /^error: .*page\.html: no story text: no paragraph of 15 or more words/m],
      ['a missing file', () => join(scratch, 'nope.txt'), /^error: .*nope\.txt: no such file$/m],
      ['a folder', () => fixture('wire-story-text'), /^error: .*wire-story-text: not a file; expected a saved \.html or \.txt page$/m],
    ])('%s', (_, makeInput, message) => {
      const { status, stdout, stderr, out } = runImport([makeInput()]);
      expect(status).toBe(1);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    });

    it('empty stdin', () => {
      const { status, stderr } = runImport(['-'], { input: '' });
      expect(status).toBe(1);
      expect(stderr).toMatch(/^error: <stdin>: the input is empty/);
    });

    it('an unknown option, with the usage line', () => {
      const { status, stderr } = runImport([fixture('wire-story-text/page.txt'), '--overwrite']);
      expect(status).toBe(1);
      expect(stderr).toBe('error: unknown option --overwrite\nusage: npm run import -- <file.txt|file.html|-> [--slug <slug>] [--out <dir>] [--force]\n');
    });
  });
});

describe('imported files and npm run check', { timeout: 60_000 }, () => {
  /** A project folder with the real registry and the given imported pages in content/articles. */
  function projectWith(pages: string[]) {
    const root = mkdtempSync(join(scratch, 'project-'));
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    cpSync(join(projectRoot, 'content/entities.yaml'), join(root, 'content/entities.yaml'));
    for (const page of pages) runImport([page], { out: join(root, 'content/articles') });
    return root;
  }

  it('passes the content check with no errors when the page stated every required field', async () => {
    const root = projectWith(['newspaper-article-html/page.html', 'broadcast-transcript-html/page.html', 'wire-story-text/page.txt'].map(fixture));
    expect(readdirSync(join(root, 'content/articles'))).toHaveLength(3);
    const report = await checkContent(root);
    expect(report.errors).toEqual([]);
    expect(report.articles).toBe(3);
  });

  it('fails the content check on a placeholder, naming the file, line and field to fill in', async () => {
    const root = projectWith([fixture('republished-article-no-date-html/page.html')]);
    const report = await checkContent(root);
    expect(report.errors).toEqual([
      'content/articles/why-coastal-towns-are-losing-their-beaches-faster-than.md:5: published: found ""; expected a date written YYYY-MM-DD',
    ]);
  });
});
