import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins] }),
  },
});
