import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { groupFraming } from './framing.ts';
import { evidenceOf } from './methods.ts';
import { annotate } from './index.ts';
import type { TurnNode } from './mdast-nodes.ts';
import type { Registry } from './registry.ts';
import { dropUnsafeUrls, escapeRawHtml } from './sanitize.ts';
import { splitPhrasing, splitPhrasingAt, wrapPhrasing } from './split.ts';
import type { AnnotatedParagraph, Annotation, DocumentKind, Mention, Quote, Turn } from './types.ts';

/** Key under which the plugin leaves its summary in the page's frontmatter data. */
export const ANNOTATION_KEY = 'annotation';
/** Key under which the plugin leaves the problems it reported. */
export const MESSAGES_KEY = 'messages';

export interface RemarkAnnotateOptions {
  /** The curated entity registry used to resolve speakers and names. Default: none. */
  registry?: Registry | undefined;
  /** Builds the link of an entity page from its id. Default: `/entities/<id>/`. */
  entityUrl?: ((id: string) => string) | undefined;
}

interface FoundParagraph {
  node: Paragraph;
  parent: Parent;
  framing: boolean;
}

/** Every paragraph in document order, with its parent, noting which sit inside a framing block. */
function collectParagraphs(tree: Root): FoundParagraph[] {
  const found: FoundParagraph[] = [];
  visit(tree, 'paragraph', (node, _index, parent) => {
    if (parent) found.push({ node, parent, framing: false });
  });
  const framed = new Set<Paragraph>();
  for (const child of tree.children) if (child.type === 'framing') visit(child, 'paragraph', (node) => void framed.add(node));
  for (const item of found) item.framing = framed.has(item.node);
  return found;
}

/** The frontmatter object Astro hands to remark plugins (`file.data.astro.frontmatter`), created when absent. */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}

const stringField = (value: unknown) => (typeof value === 'string' ? value : undefined);
const recordField = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, string>) : undefined);

/** [start, end) ranges of a paragraph's plain text inside link text or code, where quote marks do not make quotes. */
function excludedRanges(paragraph: Paragraph): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      const length = toString(node).length;
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode') ranges.push([offset, offset + length]);
      else if ('children' in node) {
        walk(node.children as PhrasingContent[]);
        continue;
      }
      offset += length;
    }
  };
  walk(paragraph.children);
  return ranges;
}

/** Line and column of a character offset in a paragraph's plain text (exact unless markup precedes it on its line). */
function placeOf(node: Paragraph, offset: number) {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = toString(node).slice(0, offset);
  const newline = before.lastIndexOf('\n');
  const line = start.line + (before.match(/\n/g)?.length ?? 0);
  return { line, column: newline < 0 ? start.column + offset : offset - newline };
}

/** What a reader sees on hover over a quote: who said it and how the annotator knows. */
export function quoteTitle(quote: Quote): string {
  return quote.speakerName ? `${quote.speakerName} (${evidenceOf(quote)})` : 'Unattributed: no clear speaker';
}

/** The `<q>` element of a quote, per the HTML contract. */
function quoteNode(quote: Quote, children: PhrasingContent[]): PhrasingContent {
  const properties: Record<string, string> = { id: quote.id, dataQuote: '' };
  if (quote.speaker) properties['dataSpeaker'] = quote.speaker;
  if (quote.speakerName) properties['dataSpeakerName'] = quote.speakerName;
  properties['dataAttribution'] = quote.attribution ?? 'unattributed';
  properties['dataConfidence'] = String(quote.confidence);
  properties['title'] = quoteTitle(quote);
  return { type: 'annotationSpan', children, data: { hName: 'q', hProperties: properties } };
}

/** The `<span>` of a name, per the HTML contract. */
const mentionNode = (mention: Mention, children: PhrasingContent[]): PhrasingContent => ({
  type: 'annotationSpan',
  children,
  data: { hName: 'span', hProperties: { dataEntity: mention.entity, dataEntityType: mention.type } },
});

/**
 * Wraps names, then quotes, in a paragraph node whose text starts `offset` characters before the annotated text.
 * Names first: a name sits inside a quote, and wrapping the quote last never splits it.
 */
function wrapAnnotations(node: Paragraph, mentions: Mention[], quotes: Quote[], offset: number): void {
  for (const mention of [...mentions].sort((a, b) => b.start - a.start)) {
    node.children = wrapPhrasing(node.children, offset + mention.start, offset + mention.end, (children) => mentionNode(mention, children));
  }
  wrapQuotes(node, quotes, offset);
}

/** Wraps each quote's words in its `<q>`; the paragraph node's text starts `offset` characters before the annotated text. */
function wrapQuotes(node: Paragraph, quotes: Quote[], offset: number): void {
  // From the last quote back, so earlier offsets stay valid.
  for (const quote of [...quotes].sort((a, b) => b.start - a.start)) {
    node.children = wrapPhrasing(node.children, offset + quote.start, offset + quote.end, (children) => quoteNode(quote, children));
  }
}

const CLASS_BY_ROLE: Partial<Record<AnnotatedParagraph['role'], string>> = { 'stage-direction': 'stage-direction', credit: 'credit' };

/** Makes the paragraph node(s) for one source paragraph: split at credit lines, label wrapped, ids set. */
function paragraphNodes(found: FoundParagraph, segments: AnnotatedParagraph[]): Paragraph[] {
  const pieces = splitPhrasingAt(found.node.children, segments.slice(1).map((segment) => segment.source.start));
  return segments.map((segment, i) => {
    let children = pieces[i]!;
    if (segment.label) {
      const [label, rest] = splitPhrasing(children, segment.label.length);
      // The printed label names the turn's speaker: it links to the same entity as any mention of them.
      const entity = segment.speaker ? { dataEntity: segment.speaker, dataEntityType: 'person' } : {};
      const span: PhrasingContent = { type: 'annotationSpan', children: label, data: { hName: 'span', hProperties: { className: ['label'], ...entity } } };
      children = [span, ...rest];
    }
    const className = CLASS_BY_ROLE[segment.role];
    const node: Paragraph = i === 0 ? found.node : { type: 'paragraph', children: [] };
    node.children = children;
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: segment.id, ...(className ? { className: [className] } : {}) } };
    return node;
  });
}

/** The visible speaker line at the top of a turn: name (linked to the speaker's page), role, permalink. */
function speakerLine(turn: Turn, entityUrl: (id: string) => string): Paragraph {
  const name: PhrasingContent = turn.speaker ? { type: 'link', url: entityUrl(turn.speaker), children: [{ type: 'text', value: turn.speakerName }] } : { type: 'text', value: turn.speakerName };
  const children: PhrasingContent[] = [name];
  if (turn.role) {
    children.push({ type: 'annotationSpan', children: [{ type: 'text', value: turn.role }], data: { hName: 'span', hProperties: { className: ['role'], dataPagefindIgnore: '' } } });
  }
  children.push({
    type: 'link',
    url: `#${turn.id}`,
    children: [{ type: 'text', value: 'Link' }],
    data: { hProperties: { className: ['permalink'], ariaLabel: `Link to this turn by ${turn.speakerName}`, dataPagefindIgnore: '' } },
  });
  return { type: 'paragraph', children, data: { hProperties: { className: ['speaker'] } } };
}

/**
 * Wraps each turn's paragraphs at the top level in one `<section class="turn">`. A stage direction or other block
 * between two paragraphs of the same turn stays inside it, so a turn is one element with one id.
 */
function groupTurns(tree: Root, annotation: Annotation, entityUrl: (id: string) => string): void {
  const turnOf = new Map(annotation.paragraphs.map((p) => [p.id, p.turn]));
  const turns = new Map(annotation.turns.map((turn) => [turn.id, turn]));
  const children: RootContent[] = [];
  let open: { id: string; node: TurnNode } | undefined;
  let between: RootContent[] = [];
  for (const node of tree.children) {
    const id = node.type === 'paragraph' ? (node.data?.hProperties?.['id'] as string | undefined) : undefined;
    const turnId = id ? turnOf.get(id) : null;
    if (!turnId) {
      // Held until the next turn paragraph says whether the open turn goes on after it.
      if (open) between.push(node);
      else children.push(node);
      continue;
    }
    if (open?.id === turnId) {
      open.node.children.push(...between);
    } else {
      children.push(...between);
      const turn = turns.get(turnId)!;
      const properties: Record<string, string | string[]> = { className: ['turn'], id: turn.id, dataTurn: '' };
      if (turn.speaker) properties['dataSpeaker'] = turn.speaker;
      if (turn.role) properties['dataRole'] = turn.role;
      open = { id: turnId, node: { type: 'turn', children: [speakerLine(turn, entityUrl)], data: { hName: 'section', hProperties: properties } } };
      children.push(open.node);
    }
    between = [];
    open.node.children.push(node);
  }
  children.push(...between);
  tree.children = children;
}

/**
 * The remark plugin: makes content safe to render, runs the framework-free annotator,
 * and maps its result onto the tree (`data.hName` / `data.hProperties`) for remark-rehype.
 */
export default function remarkAnnotate(options: RemarkAnnotateOptions = {}) {
  const entityUrl = options.entityUrl ?? ((id: string) => `/entities/${id}/`);
  return function transform(tree: Root, file: VFile): void {
    const frontmatter = frontmatterOf(file);
    const kind: DocumentKind = frontmatter['kind'] === 'transcript' ? 'transcript' : 'article';
    groupFraming(tree, file);
    escapeRawHtml(tree, file);
    dropUnsafeUrls(tree, file);

    const found = collectParagraphs(tree);
    const annotation = annotate({
      kind,
      paragraphs: found.map(({ node, framing }) => ({ text: toString(node), framing, excluded: excludedRanges(node) })),
      host: stringField(frontmatter['host']),
      speakers: recordField(frontmatter['speakers']),
      registry: options.registry,
    });
    const segmentsOf = Map.groupBy(annotation.paragraphs, (p) => p.source.index);
    const quotesOf = Map.groupBy(annotation.quotes, (quote) => quote.paragraph);
    const mentionsOf = Map.groupBy(annotation.mentions, (mention) => mention.paragraph);
    found.forEach((item, index) => {
      const segments = segmentsOf.get(index) ?? [];
      const nodes = paragraphNodes(item, segments);
      // The first node keeps the speaker label before the annotated text; later ones start at their segment.
      segments.forEach((segment, i) => wrapAnnotations(nodes[i]!, mentionsOf.get(segment.id) ?? [], quotesOf.get(segment.id) ?? [], i === 0 ? segment.source.start : 0));
      if (nodes.length > 1) item.parent.children.splice(item.parent.children.indexOf(item.node), 1, ...(nodes as never[]));
    });
    groupTurns(tree, annotation, entityUrl);
    for (const warning of annotation.warnings) {
      const paragraph = found[warning.paragraph];
      file.message(warning.reason, { place: paragraph && placeOf(paragraph.node, warning.offset), ruleId: warning.ruleId, source: 'annotate' });
    }

    frontmatter[ANNOTATION_KEY] = annotation;
    // Astro drops vfile messages; keeping them lets the content loader print them as build warnings.
    frontmatter[MESSAGES_KEY] = file.messages.map(({ reason, line, column, ruleId }) => ({ reason, line, column, ruleId }));
  };
}
