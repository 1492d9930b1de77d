import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Loader } from 'astro/loaders';
import { ARTICLES_DIR, readArticles } from './articles.ts';
import { readRegistry } from './registry-file.ts';
import { renderInWorkers, type RenderedMessage } from './render-pool.ts';
import { hasRendered, pruneRendered, renderedCacheDir, writeRendered } from './rendered-cache.ts';

/** Hash of the markdown pipeline's own source, so changing a plugin re-renders every article without --force. */
function pipelineDigest(root: string): string {
  const hash = createHash('sha256');
  for (const dir of ['src/annotate', 'src/content', 'src/pipeline']) {
    for (const name of readdirSync(`${root}/${dir}`).sort()) hash.update(name).update(readFileSync(`${root}/${dir}/${name}`));
  }
  return hash.update(readFileSync(`${root}/src/markdown.ts`)).digest('hex');
}

/** Astro's markdown settings the renderer is built with, as Astro's own renderMarkdown passes them. */
function sharedMarkdownOptions(config: AstroConfig): Record<string, unknown> {
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
  return { image: config.image, syntaxHighlight, shikiConfig, gfm, smartypants };
}

/** Logs "annotated n of N" about ten times over a long run, so a big first build shows it is moving. */
function progress(total: number, log: (line: string) => void): () => void {
  let done = 0;
  const step = total >= 200 ? Math.ceil(total / 10) : Infinity;
  return () => {
    done++;
    if (done % step === 0 && done < total) log(`annotated ${done} of ${total} articles`);
  };
}

/**
 * Loads `content/articles/*.md` with our own frontmatter validation (file, line, field),
 * re-rendering only files whose text, the registry or the annotator changed, on worker threads
 * (render-pool.ts). The store keeps frontmatter and digest; the rendered HTML and annotation go to our own
 * cache (rendered-cache.ts).
 */
export function articlesLoader(): Loader {
  return {
    name: 'articles',
    async load({ store, config, generateDigest, parseData, logger }) {
      const root = fileURLToPath(config.root).replace(/\/$/, '');
      const cacheDir = renderedCacheDir(root);
      const { text: registryText, registry } = readRegistry(root);
      const articles = readArticles(root, registry);
      const shared = `${registryText}\n${pipelineDigest(root)}`;
      const stale = new Set(store.keys());
      const digests = new Set<string>();
      const jobs: { article: (typeof articles)[number]; digest: string }[] = [];
      for (const article of articles) {
        stale.delete(article.slug);
        const digest = generateDigest(`${article.text}\n${shared}`);
        digests.add(digest);
        if (store.get(article.slug)?.digest !== digest || !hasRendered(cacheDir, digest)) jobs.push({ article, digest });
      }

      const messages: RenderedMessage[][] = [];
      const tick = progress(jobs.length, (line) => logger.info(line));
      const renderJobs = jobs.map(({ article }) => ({ label: article.path, text: article.text, fileURL: new URL(`${ARTICLES_DIR}/${article.path.split('/').pop()}`, config.root).href }));
      await renderInWorkers(renderJobs, { root, shared: sharedMarkdownOptions(config) }, (index, rendered) => {
        const { article, digest } = jobs[index]!;
        if (!rendered.annotation) throw new Error(`${article.path}: the markdown pipeline left no annotation (is the remark plugin configured?)`);
        writeRendered(cacheDir, digest, rendered.html, rendered.annotation);
        messages[index] = rendered.messages;
        tick();
      });

      // In file order, so the log and the store do not depend on which thread finished first.
      for (const [index, { article, digest }] of jobs.entries()) {
        // The body is rendered with the frontmatter block cut out, one line above where the file has it.
        const lineOffset = article.bodyLine - 2;
        for (const message of messages[index] ?? []) logger.warn(`${article.path}:${(message.line ?? 1) + lineOffset}:${message.column ?? 1}: ${message.reason}`);
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
      logger.info(`${jobs.length} of ${articles.length} articles annotated and rendered, ${articles.length - jobs.length} unchanged from the content cache`);
    },
  };
}
