import { createMarkdownProcessor, parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { ANNOTATION_KEY, MESSAGES_KEY } from '../../src/annotate/remark.ts';
import { parseRegistry } from '../../src/annotate/registry.ts';
import type { Annotation } from '../../src/annotate/types.ts';
import { markdownOptions } from '../../src/markdown.ts';

export interface RenderedMessage {
  reason: string;
  line: number;
  column: number;
  ruleId: string;
}

const projectProcessor = createMarkdownProcessor(markdownOptions());

/**
 * Renders a markdown file (frontmatter included) as the site's markdown processor does,
 * with the project's registry or the given registry text. Message lines are file lines.
 */
export async function renderMarkdown(text: string, registryYaml?: string) {
  let processor: MarkdownRenderer;
  if (registryYaml === undefined) processor = await projectProcessor;
  else {
    const options = markdownOptions();
    options.remarkPlugins = [[options.remarkPlugins[0]![0 as never], { registry: parseRegistry(registryYaml, 'entities.yaml') }]];
    processor = await createMarkdownProcessor(options);
  }
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  const { code, metadata } = await processor.render(content, { frontmatter });
  return {
    html: code,
    annotation: metadata.frontmatter[ANNOTATION_KEY] as Annotation,
    messages: metadata.frontmatter[MESSAGES_KEY] as RenderedMessage[],
  };
}
