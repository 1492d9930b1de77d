import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Splits inline content at a character offset of its plain text, cloning any
 * emphasis or link that straddles the offset, so both halves keep their markup.
 */
export function splitPhrasing(nodes: PhrasingContent[], offset: number): [PhrasingContent[], PhrasingContent[]] {
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  let position = 0;
  for (const node of nodes) {
    const length = toString(node).length;
    if (position + length <= offset) before.push(node);
    else if (position >= offset) after.push(node);
    else if (node.type === 'text') {
      before.push({ ...node, value: node.value.slice(0, offset - position) });
      after.push({ ...node, value: node.value.slice(offset - position) });
    } else if ('children' in node) {
      const [left, right] = splitPhrasing(node.children as PhrasingContent[], offset - position);
      before.push({ ...node, children: left } as PhrasingContent);
      after.push({ ...node, children: right } as PhrasingContent);
    } else {
      // Inline code or an image cannot be cut: it stays whole on the left.
      before.push(node);
    }
    position += length;
  }
  return [before, after];
}

/** Splits inline content at several increasing offsets. */
export function splitPhrasingAt(nodes: PhrasingContent[], offsets: number[]): PhrasingContent[][] {
  const pieces: PhrasingContent[][] = [];
  let rest = nodes;
  let consumed = 0;
  for (const offset of offsets) {
    const [left, right] = splitPhrasing(rest, offset - consumed);
    pieces.push(left);
    rest = right;
    consumed = offset;
  }
  pieces.push(rest);
  return pieces;
}

/** Wraps the inline content between two offsets of its plain text in the node `wrap` makes. */
export function wrapPhrasing(nodes: PhrasingContent[], start: number, end: number, wrap: (children: PhrasingContent[]) => PhrasingContent): PhrasingContent[] {
  const [before, rest] = splitPhrasing(nodes, start);
  const [inside, after] = splitPhrasing(rest, end - start);
  return [...before, wrap(inside), ...after];
}
