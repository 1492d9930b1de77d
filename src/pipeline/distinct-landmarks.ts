import type { Element, Root, RootContent } from 'hast';

const isNamedAside = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'aside' && typeof node.properties['ariaLabel'] === 'string';
const isContent = (node: RootContent) => node.type === 'element' && !isNamedAside(node);

/**
 * Gives top-level asides that share a name (a republisher's note before and after the story are both "Note from
 * the republisher") distinct names by where they stand, because a screen reader lists landmarks by name and
 * axe's `landmark-unique` rule fails on two alike: "…, before the story", "…, after the story", else "…, 2 of 3".
 */
export default function rehypeDistinctLandmarks() {
  return (tree: Root): void => {
    const groups = new Map<string, number[]>();
    tree.children.forEach((node, index) => {
      if (!isNamedAside(node)) return;
      const name = String(node.properties['ariaLabel']);
      groups.set(name, [...(groups.get(name) ?? []), index]);
    });
    for (const [name, indices] of groups) {
      if (indices.length < 2) continue;
      const places = indices.map((index) => {
        if (!tree.children.slice(0, index).some(isContent)) return 'before the story';
        if (!tree.children.slice(index + 1).some(isContent)) return 'after the story';
        return 'within the story';
      });
      const distinct = new Set(places).size === places.length;
      indices.forEach((index, i) => {
        (tree.children[index] as Element).properties['ariaLabel'] = `${name}, ${distinct ? places[i] : `${i + 1} of ${indices.length}`}`;
      });
    }
  };
}
