import type { Paragraph, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast'; // adds data.hName / data.hProperties to mdast nodes
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { groupFraming } from './framing.ts';
import { annotate } from './index.ts';
import { dropUnsafeUrls, escapeRawHtml } from './sanitize.ts';
import type { Annotation, DocumentKind } from './types.ts';

/** Key under which the plugin leaves its summary in the page's frontmatter data. */
export const ANNOTATION_KEY = 'annotation';
/** Key under which the plugin leaves the problems it reported. */
export const MESSAGES_KEY = 'messages';

interface FoundParagraph {
  node: Paragraph;
  framing: boolean;
}

/** Every paragraph in document order, noting which sit inside a framing block. */
function collectParagraphs(tree: Root): FoundParagraph[] {
  const found: FoundParagraph[] = [];
  const collect = (node: RootContent, framing: boolean) =>
    visit(node, 'paragraph', (paragraph) => {
      found.push({ node: paragraph, framing });
    });
  for (const child of tree.children) {
    if (child.type === 'framing') for (const inner of child.children) collect(inner, true);
    else collect(child, false);
  }
  return found;
}

/** The frontmatter object Astro hands to remark plugins (`file.data.astro.frontmatter`), created when absent. */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}

/** Reads the annotation summary the plugin left on a processed file. */
export function annotationOf(file: VFile): Annotation | undefined {
  return frontmatterOf(file)[ANNOTATION_KEY] as Annotation | undefined;
}

/**
 * The remark plugin: makes content safe to render, runs the framework-free annotator,
 * and maps its result onto the tree (`data.hProperties`) for remark-rehype.
 */
export default function remarkAnnotate() {
  return function transform(tree: Root, file: VFile): void {
    const frontmatter = frontmatterOf(file);
    const kind: DocumentKind = frontmatter['kind'] === 'transcript' ? 'transcript' : 'article';
    groupFraming(tree, file);
    escapeRawHtml(tree, file);
    dropUnsafeUrls(tree, file);

    const found = collectParagraphs(tree);
    const annotation = annotate({
      kind,
      paragraphs: found.map(({ node, framing }) => ({ text: toString(node), framing })),
    });
    found.forEach(({ node }, index) => {
      const paragraph = annotation.paragraphs[index];
      if (!paragraph) return;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: paragraph.id } };
    });
    frontmatter[ANNOTATION_KEY] = annotation;
    // Astro drops vfile messages; keeping them lets the content loader print them as build warnings.
    frontmatter[MESSAGES_KEY] = file.messages.map(({ reason, line, column, ruleId }) => ({ reason, line, column, ruleId }));
  };
}
