import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { buildSearchIndex } from './src/integrations/pagefind.ts';
import { markdownOptions } from './src/markdown.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Never inline scripts: the Content-Security-Policy only allows script files from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified(markdownOptions()),
  },
  integrations: [
    {
      name: 'search-index',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const { pages } = await buildSearchIndex(fileURLToPath(dir));
          logger.info(`search index: ${pages} pages indexed into pagefind/`);
        },
      },
    },
  ],
});
