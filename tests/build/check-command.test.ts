import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/temp-site.ts';

describe('npm run check', () => {
  it('type-checks the project and validates the real content without errors or warnings', () => {
    const result = spawnSync('npm', ['run', '--silent', 'check', '--', '--strict'], { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/Result \(\d+ files\):\s*\n- 0 errors/);
    expect(output).toMatch(/checked \d+ articles: 0 errors, 0 warnings \(strict\)/);
  });
});

describe('the content check exits non-zero on errors, zero on warnings only, non-zero on warnings with --strict', () => {
  const header = '---\ntitle: T\nkind: article\npublisher: X\npublished: 2024-05-01\n---\n';
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** Runs the content half of `npm run check` (src/cli/check.ts, on Node 22) in a throwaway project holding `files`. */
  const check = (files: Record<string, string>, ...args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'content/articles'), { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
    const node = join(projectRoot, 'node_modules/.bin/node');
    return spawnSync(node, [join(projectRoot, 'src/cli/check.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  };
  const withWarning = { 'content/articles/open.md': `${header}\n"A quote nobody closes, she said.\n\nNext paragraph.\n` };

  it('a warning alone: printed with file:line:column, exit 0', () => {
    const result = check(withWarning);
    expect(result.stderr).toMatch(/^content\/articles\/open\.md:8:1: warning: Unclosed quote mark.*\[unclosed-quote\]$/m);
    expect(result.stdout).toMatch(/checked 1 article: 0 errors, \d+ warnings?/);
    expect(result.status).toBe(0);
  });

  it('the same warning with --strict: exit 1', () => {
    const result = check(withWarning, '--strict');
    expect(result.stderr).toMatch(/\[unclosed-quote\]/);
    expect(result.status).toBe(1);
  });

  it('an error: printed with file, line and field, exit 1', () => {
    const result = check({ 'content/articles/bad.md': header.replace('kind: article', 'kind: podcast') });
    expect(result.stderr).toMatch(/^error: content\/articles\/bad\.md:3: kind: found "podcast"/m);
    expect(result.status).toBe(1);
  });
});
