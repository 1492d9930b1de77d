import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Never inline scripts: the Content-Security-Policy only allows script files from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified(markdownOptions()),
  },
});
