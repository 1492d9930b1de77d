/**
 * What every browser test of the built site shares: one Chromium per test file, a fresh context per page
 * (which fails on an HTTP error or a script error), viewports, and the waits readers' pages need.
 */
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { laterPageNumbers } from '../helpers/audit-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { E2E_DIST, PROJECT_ROOT } from './global-setup.ts';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 740 };
export const SCREENSHOTS = join(PROJECT_ROOT, 'tests', '.tmp', 'screenshots');

/** Whitespace as a reader sees it: runs collapsed, ends trimmed. */
export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
export const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/**
 * Every page of a listing that may span several (`/quotes/`, `/entities/<id>/`): the path itself, then
 * `<path>2/`, `<path>3/`… as built. The browser tests build with a small page size (global-setup.ts).
 */
export function listingPaths(path: string): string[] {
  return [path, ...laterPageNumbers(E2E_DIST, path).map((n) => `${path}${n}/`)];
}

/**
 * Launches Chromium for the calling test file and returns its base URL and `withPage`, which opens a path in a
 * fresh browser context (closed when `use` settles), expects HTTP 200, and fails on any script error.
 */
export function sitePages() {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  async function withPage<T>(path: string, options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
    const context = await browser!.newContext({ viewport: DESKTOP, ...options });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      expect(response?.status(), `HTTP status of ${path}`).toBe(200);
      const result = await use(page);
      expect(errors, `script errors on ${path}`).toEqual([]);
      return result;
    } finally {
      await context.close();
    }
  }
  return { baseUrl, withPage };
}

/**
 * Waits until the element has come to rest in the viewport: its top edge visible and, unless it
 * is taller than the viewport, its bottom edge too. Polls, with no timing assumption, because the
 * page scrolls smoothly to a fragment when the reader has no reduced-motion preference.
 */
export async function expectScrolledIntoView(locator: Locator, viewportHeight: number): Promise<void> {
  let previousY: number | undefined;
  await expect
    .poll(
      async () => {
        const box = await locator.boundingBox();
        if (!box) return 'no bounding box';
        const moving = box.y !== previousY;
        previousY = box.y;
        if (moving) return `still scrolling: y=${box.y}`;
        const top = box.y >= 0 && box.y < viewportHeight;
        const bottom = box.y + box.height <= viewportHeight || box.height > viewportHeight;
        return top && bottom ? 'in viewport' : `outside the viewport: y=${box.y}, height=${box.height}`;
      },
      { message: `${locator.toString()} scrolled into the viewport`, timeout: 5_000 },
    )
    .toBe('in viewport');
}

/** The page fits its window: no horizontal scrolling, and no visible element reaches past the screen's edges. */
export async function expectFitsWidth(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, 'page width vs window width').toBeLessThanOrEqual(widths.inner);
  expect(widths.scroll, 'page width vs window width without the scrollbar').toBeLessThanOrEqual(widths.client);
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((element) => element.checkVisibility() && !element.closest('.visually-hidden'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
      .map(({ element, box }) => `<${element.tagName.toLowerCase()} id="${element.id}" class="${element.className}">: ${Math.round(box.left)}…${Math.round(box.right)}`);
  });
  expect(outside, 'elements reaching outside the screen width').toEqual([]);
}
