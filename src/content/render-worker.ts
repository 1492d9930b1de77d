/**
 * A worker thread that renders articles through the site's markdown pipeline, so the loader can annotate on every
 * core. Messages in: { id, text, fileURL }; out: { id, html, annotation, messages } or { id, error }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { ANNOTATION_KEY, MESSAGES_KEY } from '../annotate/remark.ts';
import { markdownOptions } from '../markdown.ts';
import type { RenderJob, RenderReply, RenderWorkerData } from './render-pool.ts';

const { root, shared } = workerData as RenderWorkerData;
let renderer: Promise<MarkdownRenderer> | undefined;

parentPort!.on('message', async ({ id, text, fileURL }: RenderJob & { id: number }) => {
  let reply: RenderReply;
  try {
    // The same steps as Astro's renderMarkdown in a loader: frontmatter cut off, the body rendered with it.
    renderer ??= unified(markdownOptions(root)).createRenderer(shared);
    const { frontmatter, content } = parseFrontmatter(text);
    const { code, metadata } = await (await renderer).render(content, { frontmatter, fileURL: new URL(fileURL) });
    reply = { id, html: code, annotation: metadata.frontmatter[ANNOTATION_KEY], messages: metadata.frontmatter[MESSAGES_KEY] ?? [] } as RenderReply;
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
