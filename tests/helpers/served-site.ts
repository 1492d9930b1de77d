/**
 * A throwaway site built from the given content files and served, with Chromium open, for the tests of one file:
 * built in beforeAll (a failed build fails them with Astro's output), taken down in afterAll.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { createTempSite, removeTempSite, runAstro } from './temp-site.ts';

export interface ServedSite {
  /** The site's folder (its build in `dist/`). */
  dir: string;
  /** Where `dist/` is served. */
  url: string;
  browser: Browser;
}

/** `prepare` may change the site's folder before the build (e.g. its astro.config.ts). */
export function servedSite(files: Record<string, string | Uint8Array>, prepare?: (dir: string) => void): ServedSite {
  const site = {} as ServedSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    site.dir = createTempSite(files);
    prepare?.(site.dir);
    const { status, output } = runAstro(site.dir);
    expect(status, output).toBe(0);
    server = await serveStatic(join(site.dir, 'dist'));
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
    if (site.dir) removeTempSite(site.dir);
  });
  return site;
}
