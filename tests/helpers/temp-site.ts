import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Astro's and Vite's caches inside node_modules, which a site with its own caches does not share. */
const CACHES = new Set(['.astro', '.vite', '.cache', '.vitest']);

/**
 * A throwaway copy of the site (our src/ and config, the real node_modules) with the given
 * content files, so a test can build hostile or broken content without touching ours.
 * With `ownCaches`, node_modules is a folder of links to the real packages, so Astro's content cache
 * (node_modules/.astro) is the site's own and no other build can clear it between two of its builds.
 */
export function createTempSite(files: Record<string, string | Uint8Array>, options: { ownCaches?: boolean } = {}): string {
  mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
  const dir = mkdtempSync(join(projectRoot, 'tests/.tmp/site-'));
  for (const item of ['src', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  if (options.ownCaches) {
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
      if (!CACHES.has(name)) symlinkSync(join(projectRoot, 'node_modules', name), join(dir, 'node_modules', name));
    }
  } else symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

/** Runs `astro <command>` in a site directory, with `env` added; returns the exit status and everything it printed. */
export function runAstro(dir: string, command: 'build' | 'sync' = 'build', env: Record<string, string> = {}) {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), [command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export const removeTempSite = (dir: string) => rmSync(dir, { recursive: true, force: true });
