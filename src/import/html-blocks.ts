import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Block } from './blocks.ts';
import { elements } from './hast-elements.ts';

/** Never shown as text: their content is code, media or form state. */
const INVISIBLE = new Set(['head', 'script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img', 'source', 'select', 'input', 'textarea', 'link', 'meta']);

/** Page furniture by element: why its text is not story. Header and footer count only outside the story's element. */
const FURNITURE: Record<string, string> = {
  nav: 'inside <nav>',
  aside: 'inside <aside>',
  form: 'inside <form>',
  button: 'a button',
  dialog: 'inside <dialog>',
  menu: 'inside <menu>',
  noscript: 'inside <noscript>',
  figure: 'image or media caption (<figure>)',
  figcaption: 'image or media caption (<figcaption>)',
};
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar']);
/** Class or id words that mark page furniture in most sites' markup. */
const FURNITURE_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'signup', 'related', 'share', 'sharing', 'social', 'promo', 'advert', 'advertisement', 'ad', 'ads',
  'sponsor', 'sponsored', 'subscribe', 'subscription', 'paywall', 'comments', 'breadcrumb', 'breadcrumbs', 'sidebar', 'popup', 'modal', 'recirculation',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'noscript', 'button',
]);

const words = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []).flatMap((w) => w.toLowerCase().split(/[-_]/));

/** Why an element's text is furniture, or null. */
function furnitureReason(element: Element, insideStory: boolean): string | null {
  const { tagName, properties } = element;
  if (properties['hidden'] || properties['ariaHidden'] === 'true' || /display\s*:\s*none/i.test(String(properties['style'] ?? ''))) return 'hidden';
  if (FURNITURE[tagName]) return FURNITURE[tagName]!;
  if ((tagName === 'header' || tagName === 'footer') && !insideStory) return `inside the page's <${tagName}>`;
  const role = String(properties['role'] ?? '').toLowerCase();
  if (FURNITURE_ROLES.has(role)) return `inside role="${role}"`;
  const word = [...words(properties['className']), ...words(properties['id'])].find((w) => FURNITURE_WORDS.has(w));
  return word ? `inside a "${word}" element` : null;
}

/** The element holding the story: the largest <article>, else <main>, else the body. */
export function storyElement(tree: Root): Element {
  const textLength = (element: Element) => toText(element).length;
  const articles = elements(tree, (e) => e.tagName === 'article' || (e.properties['itemProp'] !== undefined && words(e.properties['itemProp']).includes('articlebody')));
  const largest = articles.sort((a, b) => textLength(b) - textLength(a))[0];
  return (
    largest ??
    elements(tree, (e) => e.tagName === 'main' || String(e.properties['role'] ?? '') === 'main')[0] ??
    elements(tree, (e) => e.tagName === 'body')[0] ?? { type: 'element', tagName: 'body', properties: {}, children: tree.children.filter((c) => c.type !== 'doctype') as ElementContent[] }
  );
}

/**
 * The text blocks of an HTML page in reading order: one per block element (or run of inline
 * content), split at line breaks. Blocks in furniture or outside the story's element carry
 * the reason in `outside`, so the report can list them; invisible content is skipped.
 */
export function htmlBlocks(tree: Root, story: Element): Block[] {
  const blocks: Block[] = [];
  let group = 0;

  const emit = (run: ElementContent[], outside: string | null, preformatted: boolean) => {
    const nodes = run.filter((node) => node.type !== 'comment');
    if (nodes.length === 0) return;
    const wrapper: Element = { type: 'element', tagName: 'div', properties: {}, children: nodes };
    // A transcript pasted into <pre> keeps one line per paragraph.
    const text = toText(wrapper, { whitespace: preformatted ? 'pre' : 'normal' });
    if (!/\S/u.test(text.replace(/\u00a0/g, ' '))) return;
    const linkText = elements(wrapper, (e) => e.tagName === 'a').map((a) => toText(a)).join('').replace(/\s+/g, '');
    const linkOnly = linkText !== '' && linkText === text.replace(/\s+/g, '');
    const firstLine = nodes.find((node) => node.position)?.position?.start.line ?? 1;
    group++;
    text.split('\n').forEach((line, index) => {
      const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
      if (/\S/u.test(trimmed.replace(/\u00a0/g, ' '))) blocks.push({ text: trimmed, line: firstLine + index, group, outside, linkOnly });
    });
  };

  const visit = (element: Element, outside: string | null, insideStory: boolean, insidePre: boolean) => {
    if (INVISIBLE.has(element.tagName)) return;
    const inStory = insideStory || element === story;
    const pre = insidePre || element.tagName === 'pre';
    const reason = outside ?? furnitureReason(element, inStory);
    let run: ElementContent[] = [];
    for (const child of element.children) {
      if (child.type === 'element' && (BLOCK.has(child.tagName) || INVISIBLE.has(child.tagName) || furnitureReason(child, inStory))) {
        emit(run, reason ?? (inStory ? null : 'outside the story element'), pre);
        run = [];
        visit(child, reason, inStory, pre);
      } else run.push(child);
    }
    emit(run, reason ?? (inStory ? null : 'outside the story element'), pre);
  };

  const body = elements(tree, (e) => e.tagName === 'body')[0];
  for (const node of body ? [body] : tree.children) if (node.type === 'element') visit(node, null, false, false);
  return blocks;
}
