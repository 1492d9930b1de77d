import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { siteUrlFromEnv } from './src/exports/site-url.ts';
import { buildSearchIndex } from './src/integrations/pagefind.ts';
import { renderedCacheIntegration } from './src/integrations/rendered-cache.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { markdownOptions } from './src/markdown.ts';

export default defineConfig({
  // Absolute links in the feed, sitemap and JSON-LD: SITE_URL, or the preview server's address (README: Deploy).
  site: siteUrlFromEnv(process.env),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Never inline scripts: the Content-Security-Policy only allows script files from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified(markdownOptions()),
  },
  integrations: [
    renderedCacheIntegration(),
    {
      name: 'search-index',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const { pages } = await buildSearchIndex(fileURLToPath(dir));
          logger.info(`search index: ${pages} pages indexed into pagefind/`);
        },
      },
    },
    sitemapIntegration(),
  ],
});
