import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireSite } from '../exports/site-url.ts';
import { sitemapFiles, type SitemapEntry } from '../exports/sitemap.ts';

/** Folders of files that are not pages. */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/** Site paths of every built page (`index.html` of a folder), root first, then sorted, so the file is stable. */
export function builtPagePaths(siteDir: string): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (dir !== siteDir || !NOT_PAGES.has(name)) walk(full);
      } else if (name === 'index.html') {
        const folder = relative(siteDir, dir).split(sep).join('/');
        paths.push(folder ? `/${folder}/` : '/');
      }
    }
  };
  walk(siteDir);
  return paths.sort((a, b) => Number(b === '/') - Number(a === '/') || (a < b ? -1 : a > b ? 1 : 0));
}

/** Publication dates of article pages, from the public data files the build wrote (`url` → `published`). */
function articleDates(siteDir: string): Map<string, string> {
  const dir = join(siteDir, 'data', 'articles');
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { url: string; published: string })
      .map(({ url, published }) => [url, published]),
  );
}

/** Writes `sitemap.xml` (and its parts, on a very large site) listing every page of the built site. */
export function writeSitemap(siteDir: string, site: URL): { pages: number; files: string[] } {
  const dates = articleDates(siteDir);
  const entries: SitemapEntry[] = builtPagePaths(siteDir).map((path) => ({ loc: new URL(path, site).href, lastmod: dates.get(path) }));
  const files = sitemapFiles(entries, site);
  for (const { name, xml } of files) writeFileSync(join(siteDir, name), xml);
  return { pages: entries.length, files: files.map((file) => file.name) };
}

/** Writes the sitemap after the build, with links on Astro's `site`; warns while that is only the local default. */
export function sitemapIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, files } = writeSitemap(fileURLToPath(dir), requireSite(site));
        logger.info(`${pages} pages listed in ${files.join(', ')}, linking to ${site!.origin}`);
        if (!process.env['SITE_URL']) logger.warn(`SITE_URL is not set: the feed, sitemap and JSON-LD link to ${site!.origin}; set it to the public address before deploying`);
      },
    },
  };
}
