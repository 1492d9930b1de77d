/**
 * Hostile content never runs: an article full of script, event handlers, javascript: links and frames is built
 * into a throwaway site and opened in real headless Chromium, where nothing it carries may execute.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

// Each payload, if it ran, would set a flag the test looks for.
const HOSTILE = `---
title: "A <script>window.pwned = 'title'</script> headline"
kind: article
publisher: Example
published: 2026-01-05
---

<script>window.pwned = 'script'</script>

An image: <img src="x" onerror="window.pwned = 'img'"> and <svg onload="window.pwned = 'svg'"></svg>.

A [link](javascript:window.pwned='link') and [another](JAVASCRIPT:window.pwned='upper') and [data](data:text/html,<script>window.pwned='data'</script>).

<iframe srcdoc="<script>parent.pwned = 'iframe'</script>"></iframe>

“<b onmouseover="window.pwned = 'quote'">Hello</b>,” said Mallory Quinn.

<a href="#" onclick="window.pwned = 'click'">click me</a>
`;

const site = servedSite({ 'content/articles/hostile.md': HOSTILE });

it('the built page holds the hostile markup as text, with no inline script, live handler or javascript: URL', () => {
  const html = readFileSync(join(site.dir, 'dist/articles/hostile/index.html'), 'utf8');
  const story = html.slice(html.indexOf('<div class="story">'));
  // Each check names the offending markup with the words around it.
  const found = (pattern: RegExp) => new RegExp(`.{0,60}${pattern.source}.{0,60}`, 'i').exec(story)?.[0] ?? null;
  // The site's own scripts are files (src=…); no script in the page is inline.
  expect(found(/<script\b(?![^>]*\ssrc=)/)).toBeNull();
  expect(found(/<(?:img|svg|iframe|b|a)\b[^>]*\son\w+=/)).toBeNull();
  expect(found(/href="\s*(?:javascript|data):/)).toBeNull();
  expect(found(/<iframe\b/)).toBeNull();
  // Shown as text, so a reader sees what the source said.
  expect(story).toContain('&#x3C;script>window.pwned');
});

it('the exports carry the hostile title as data: JSON-LD that cannot close its element, escaped XML in the feed', () => {
  const html = readFileSync(join(site.dir, 'dist/articles/hostile/index.html'), 'utf8');
  const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  expect(jsonLd).not.toContain('<');
  expect((JSON.parse(jsonLd) as { headline: string }).headline).toBe("A <script>window.pwned = 'title'</script> headline");
  const feed = readFileSync(join(site.dir, 'dist/feed.xml'), 'utf8');
  expect(feed).toContain('<title>A &lt;script&gt;window.pwned = &apos;title&apos;&lt;/script&gt; headline</title>');
  expect(feed).not.toMatch(/<script/i);
});

it('nothing runs in Chromium: loading, hovering, clicking every link and element of the story', async () => {
  const page = await site.browser.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}/articles/hostile/`, { waitUntil: 'load' });
  for (const element of await page.locator('.story a, .story b, .story q, .story p').all()) {
    await element.hover().catch(() => undefined);
    await element.click({ noWaitAfter: true, timeout: 2000 }).catch(() => undefined);
  }
  await page.goto(`${site.url}/articles/hostile/`, { waitUntil: 'load' });
  expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  // The page declares a policy that forbids inline scripts even if one slipped through.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  await page.close();
});

it('the attribution still works around the escaped markup', async () => {
  const data = JSON.parse(readFileSync(join(site.dir, 'dist/data/articles/hostile.json'), 'utf8')) as { quotes: { text: string; speakerName: string | null }[] };
  const quote = data.quotes.find((q) => q.text.includes('Hello'));
  expect(quote?.speakerName).toBe('Mallory Quinn');
});
