/**
 * Vitest globalSetup for the browser tests: builds the real site once into
 * tests/.tmp/e2e-dist, serves it on 127.0.0.1 and provides the base URL to the
 * tests as `inject('baseUrl')`.
 */
import { spawn } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { LIST_PAGE_SIZE_ENV } from '../../src/data/pagination.ts';
import { serveStatic } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site, without a trailing slash. */
    baseUrl: string;
  }
}

/** Items per page of /quotes/ and entity pages in the browser tests' build (the site's default is 300). */
export const E2E_LIST_PAGE_SIZE = 8;

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const E2E_DIST = join(PROJECT_ROOT, 'tests', '.tmp', 'e2e-dist');

function build(outDir: string): Promise<void> {
  const bin = join(PROJECT_ROOT, 'node_modules', '.bin');
  return new Promise((resolveBuild, reject) => {
    const child = spawn(join(bin, 'astro'), ['build', '--outDir', outDir], {
      cwd: PROJECT_ROOT,
      // node_modules/.bin first, so the `node@22` devDependency runs Astro, as in npm scripts.
      // A small page size, so the seeds' quotes and busiest entities span several pages and the pagers are tested.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [LIST_PAGE_SIZE_ENV]: String(E2E_LIST_PAGE_SIZE), PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolveBuild();
      else reject(new Error(`astro build for the browser tests failed (${signal ?? `exit code ${code}`}):\n${output}`));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  console.log('building the site for browser tests…');
  await build(E2E_DIST);
  const server = await serveStatic(E2E_DIST);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
