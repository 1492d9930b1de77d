import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Framing } from './mdast-nodes.ts';

const START = /^<!--\s*framing\s*-->$/i;
const END = /^<!--\s*\/framing\s*-->$/i;

const isMarker = (node: RootContent, marker: RegExp) => node.type === 'html' && marker.test(node.value.trim());

/**
 * Gathers top-level blocks between `<!-- framing -->` and `<!-- /framing -->` into one
 * `framing` node rendered as `<aside class="framing">`; the markers themselves are consumed.
 */
export function groupFraming(tree: Root, file: VFile): void {
  const children: RootContent[] = [];
  let open: Framing | undefined;
  for (const node of tree.children) {
    if (isMarker(node, START)) {
      if (open) {
        file.message('Unexpected `<!-- framing -->` inside a framing block, expected `<!-- /framing -->` first', {
          place: node.position,
          ruleId: 'framing-nested',
          source: 'annotate',
        });
        continue;
      }
      open = {
        type: 'framing',
        children: [],
        data: { hName: 'aside', hProperties: { className: ['framing'], ariaLabel: 'Note from the republisher' } },
      };
      if (node.position) open.position = node.position;
      children.push(open);
    } else if (isMarker(node, END)) {
      if (!open) {
        file.message('Unexpected `<!-- /framing -->` with no open framing block', {
          place: node.position,
          ruleId: 'framing-unopened',
          source: 'annotate',
        });
      }
      open = undefined;
    } else {
      (open ? open.children : children).push(node);
    }
  }
  if (open) {
    file.message('Unexpected unclosed framing block, expected `<!-- /framing -->`: it runs to the end of the file', {
      place: open.position,
      ruleId: 'framing-unclosed',
      source: 'annotate',
    });
  }
  tree.children = children;
}
