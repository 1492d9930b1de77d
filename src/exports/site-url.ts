/** Where the site is published, for the absolute links feeds, sitemaps and JSON-LD need. */

/** Used when `SITE_URL` is not set: the address `npm run preview` serves the build at. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * The site's origin from `SITE_URL` (e.g. `https://news.example.org`), or `DEFAULT_SITE_URL` when unset.
 * Throws on anything but a bare http(s) origin: the site is built for the root of its host.
 */
export function siteUrlFromEnv(env: Record<string, string | undefined>): string {
  const raw = env['SITE_URL']?.trim();
  if (!raw) return DEFAULT_SITE_URL;
  const expected = 'expected the public address of the site as an http(s) URL without a path, e.g. https://news.example.org';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: found ${JSON.stringify(raw)}; ${expected}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL: found ${JSON.stringify(raw)}; ${expected}`);
  }
  return url.origin;
}

/** Astro's `site` (set in astro.config.ts), or a clear error when a page needing absolute links is built without it. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.ts: site is not set; expected the public address of the site (see SITE_URL in README.md)');
  return site;
}

/** A site path as an absolute URL: `/articles/x/` → `https://news.example.org/articles/x/`. */
export const absoluteUrl = (path: string, site: URL) => new URL(path, site).href;
