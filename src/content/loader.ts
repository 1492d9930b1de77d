import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ANNOTATION_KEY, MESSAGES_KEY } from '../annotate/remark.ts';
import type { Annotation } from '../annotate/types.ts';
import { ARTICLES_DIR, readArticles } from './articles.ts';
import { readRegistry } from './registry-file.ts';
import { hasRendered, pruneRendered, renderedCacheDir, writeRendered } from './rendered-cache.ts';

/** Hash of the markdown pipeline's own source, so changing a plugin re-renders every article without --force. */
function pipelineDigest(root: string): string {
  const hash = createHash('sha256');
  for (const dir of ['src/annotate', 'src/content', 'src/pipeline']) {
    for (const name of readdirSync(`${root}/${dir}`).sort()) hash.update(name).update(readFileSync(`${root}/${dir}/${name}`));
  }
  return hash.update(readFileSync(`${root}/src/markdown.ts`)).digest('hex');
}

interface RenderedMessage {
  reason: string;
  line?: number;
  column?: number;
}

/**
 * Loads `content/articles/*.md` with our own frontmatter validation (file, line, field),
 * re-rendering only files whose text, the registry or the annotator changed. The store keeps frontmatter and
 * digest; the rendered HTML and annotation go to our own cache (rendered-cache.ts).
 */
export function articlesLoader(): Loader {
  return {
    name: 'articles',
    async load({ store, config, renderMarkdown, generateDigest, parseData, logger }) {
      const root = fileURLToPath(config.root).replace(/\/$/, '');
      const cacheDir = renderedCacheDir(fileURLToPath(config.cacheDir));
      const { text: registryText, registry } = readRegistry(root);
      const articles = readArticles(root, registry);
      const shared = `${registryText}\n${pipelineDigest(root)}`;
      const stale = new Set(store.keys());
      const digests = new Set<string>();
      let renders = 0;
      for (const article of articles) {
        stale.delete(article.slug);
        const digest = generateDigest(`${article.text}\n${shared}`);
        digests.add(digest);
        if (store.get(article.slug)?.digest === digest && hasRendered(cacheDir, digest)) continue;
        renders++;
        const fileURL = new URL(`${ARTICLES_DIR}/${article.path.split('/').pop()}`, config.root);
        const rendered = await renderMarkdown(article.text, { fileURL });
        const messages = (rendered.metadata?.frontmatter?.[MESSAGES_KEY] ?? []) as RenderedMessage[];
        // Astro renders the body with the frontmatter block cut out, one line above where the file has it.
        const lineOffset = article.bodyLine - 2;
        for (const message of messages) logger.warn(`${article.path}:${(message.line ?? 1) + lineOffset}:${message.column ?? 1}: ${message.reason}`);
        const annotation = rendered.metadata?.frontmatter?.[ANNOTATION_KEY] as Annotation | undefined;
        if (!annotation) throw new Error(`${article.path}: the markdown pipeline left no annotation (is the remark plugin configured?)`);
        writeRendered(cacheDir, digest, rendered.html, annotation);
        // No `body` or `rendered`: Astro keeps the whole store in one JSON string, which V8 caps at 512 MB.
        store.set({
          id: article.slug,
          data: await parseData({ id: article.slug, data: article.frontmatter, filePath: article.path }),
          filePath: article.path,
          digest,
        });
      }
      for (const slug of stale) store.delete(slug);
      pruneRendered(cacheDir, digests);
      logger.info(`${renders} of ${articles.length} articles annotated and rendered, ${articles.length - renders} unchanged from the content cache`);
    },
  };
}
