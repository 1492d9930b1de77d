import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { ANNOTATION_KEY, MESSAGES_KEY } from '../../src/annotate/remark.ts';
import type { Annotation } from '../../src/annotate/types.ts';
import { markdownOptions } from '../../src/markdown.ts';

export interface RenderedMessage {
  reason: string;
  line: number;
  column: number;
  ruleId: string;
}

const processor = createMarkdownProcessor({ ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins] });

/** Renders a markdown file (frontmatter included) exactly as the site's markdown processor does. */
export async function renderMarkdown(text: string) {
  const { frontmatter, content } = parseFrontmatter(text);
  const { code, metadata } = await (await processor).render(content, { frontmatter });
  return {
    html: code,
    annotation: metadata.frontmatter[ANNOTATION_KEY] as Annotation,
    messages: metadata.frontmatter[MESSAGES_KEY] as RenderedMessage[],
  };
}
