import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { renderedCacheDir } from '../content/rendered-cache.ts';

/** Tells the pages where the loader keeps rendered articles (the folder depends on the project root). */
export function renderedCacheIntegration(): AstroIntegration {
  return {
    name: 'rendered-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { define: { __RENDERED_CACHE_DIR__: JSON.stringify(renderedCacheDir(fileURLToPath(config.root))) } } });
      },
    },
  };
}
