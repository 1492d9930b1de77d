import type { Element, Nodes } from 'hast';

/** Every element under `tree` (itself included) that passes `test`, in document order. */
export function elements(tree: Nodes, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (tree.type === 'element' && test(tree)) found.push(tree);
  if ('children' in tree) for (const child of tree.children) elements(child, test, found);
  return found;
}

/** An attribute as text (a list attribute such as `rel` joined with spaces), or undefined. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : undefined;
}
