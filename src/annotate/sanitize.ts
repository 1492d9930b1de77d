import type { Parent, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'framing']);
const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);

/** True for relative URLs and http(s)/mailto; false for `javascript:`, `data:` and every other scheme. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme, so must we.
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_PROTOCOLS.has(scheme.toLowerCase());
}

const preview = (value: string) => {
  const line = value.trim().split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
};

/** Raw HTML in content is shown as text, never run, and reported with its position. */
export function escapeRawHtml(tree: Root, file: VFile): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    file.message(`Unexpected raw HTML \`${preview(node.value)}\`, expected plain text: it is shown as text and never run`, {
      place: node.position,
      ruleId: 'raw-html',
      source: 'annotate',
    });
    const text: Text = { type: 'text', value: node.value };
    if (node.position) text.position = node.position;
    const replacement: Text | Paragraph = BLOCK_PARENTS.has(parent.type)
      ? { type: 'paragraph', children: [text], ...(node.position ? { position: node.position } : {}) }
      : text;
    (parent as Parent).children.splice(index, 1, replacement as never);
    return SKIP;
  });
}

/** Links and images with a script-capable URL keep their text but lose the URL, with a message. */
export function dropUnsafeUrls(tree: Root, file: VFile): void {
  visit(tree, (node, index, parent) => {
    if (!('url' in node) || isSafeUrl(node.url)) return;
    file.message(`Unexpected URL \`${preview(node.url)}\`, expected http, https, mailto or a relative link: the link is dropped, its text kept`, {
      place: node.position,
      ruleId: 'unsafe-url',
      source: 'annotate',
    });
    if (node.type === 'definition') {
      node.url = '';
      return;
    }
    if (!parent || index === undefined) return;
    const keep: PhrasingContent[] = node.type === 'link' ? node.children : [{ type: 'text', value: node.alt ?? '' }];
    (parent as Parent).children.splice(index, 1, ...(keep as never[]));
    return [SKIP, index];
  });
}
