import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkAnnotate from './annotate/remark.ts';
import { readRegistry } from './content/registry-file.ts';
import rehypeDistinctLandmarks from './pipeline/distinct-landmarks.ts';
import remarkRenderLog from './pipeline/render-log.ts';

/**
 * The markdown pipeline shared by the site, `npm run check` and the tests.
 * SmartyPants is off because it rewrites the publisher's quote marks and dashes: text stays verbatim.
 */
export function markdownOptions(root = process.cwd()) {
  const { registry } = readRegistry(root);
  const remarkPlugins: RemarkPlugins = [[remarkAnnotate, { registry }], remarkRenderLog];
  const rehypePlugins: RehypePlugins = [rehypeDistinctLandmarks];
  return { gfm: true, smartypants: false, remarkPlugins, rehypePlugins };
}
