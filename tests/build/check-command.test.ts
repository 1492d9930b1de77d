import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
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
