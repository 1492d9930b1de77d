import { fromHtml } from 'hast-util-from-html';
import { slugify } from '../annotate/ids.ts';
import type { Registry } from '../annotate/registry.ts';
import { articleFileText, PLACEHOLDER_HINTS, type ImportedFrontmatter } from './article-file.ts';
import { excerpt, textBlocks, type Block } from './blocks.ts';
import { htmlBlocks, storyElement } from './html-blocks.ts';
import { readHtmlMeta, type HtmlMeta } from './html-meta.ts';
import { detectFormat, ImportError, type PageFormat } from './input.ts';
import { sameName } from './names.ts';
import { bylineFrom, bylineOf, dateFrom, isDateLine, originalPublisherFrom, programFrom, programOf, siteFrom, titleFrom, type Fact } from './page-facts.ts';
import { readSpeakerLabels } from './speaker-labels.ts';
import { locateStory, NoStoryError, splitStory, type DroppedBlock, type StoryParagraph, type StoryRange } from './story.ts';

export interface ImportOptions {
  /** Input name for messages (file path, or `<stdin>`). */
  name: string;
  /** The project's registry: speaker labels are resolved against it. */
  registry: Registry;
  /** Forces the format; detected from the name and the text when absent. */
  format?: PageFormat | undefined;
}

/** What the importer decided, dropped and could not decide, for the user to review. */
export interface ImportReport {
  format: PageFormat;
  /** Each decision with where on the page it came from. */
  decided: string[];
  /** Every block left out of the story, with why. */
  dropped: DroppedBlock[];
  /** What the user must fill in or check: placeholders, unknown speaker labels, a missing host. */
  attention: string[];
}

export interface ImportedPage {
  frontmatter: ImportedFrontmatter;
  paragraphs: StoryParagraph[];
  /** The content file's text. */
  markdown: string;
  /** A slug made from the title, or null when the page has none. */
  slug: string | null;
  report: ImportReport;
}

// A "Published …" line closing an article sits right below it; dates further down belong to other stories' teasers.
const FOOTER_DATE_LINES = 3;

const NO_META: HtmlMeta = { title: null, site: null, published: null, byline: null, url: null, notes: [] };
const where = (fact: Fact) => `line ${fact.line}, ${fact.source}`;

function readBlocks(text: string, format: PageFormat): { blocks: Block[]; meta: HtmlMeta } {
  if (format === 'text') return { blocks: textBlocks(text), meta: NO_META };
  const tree = fromHtml(text);
  const story = storyElement(tree);
  return { blocks: htmlBlocks(tree, story), meta: readHtmlMeta(tree, story) };
}

/** Turns a scraped page into a content file: the story verbatim, framing marked, frontmatter from what the page states. */
export function importPage(text: string, { name, registry, format = detectFormat(text, name) }: ImportOptions): ImportedPage {
  const { blocks, meta } = readBlocks(text, format);
  let range: StoryRange;
  try {
    range = locateStory(blocks);
  } catch (error) {
    if (!(error instanceof NoStoryError)) throw error;
    const found = blocks.length === 0 ? 'found no visible text' : `found only ${blocks.length} short lines or page furniture`;
    throw new ImportError(name, `${error.message}; expected a page with the story's paragraphs (${found})`);
  }
  const header = blocks.slice(0, range.firstProse);
  const footer = blocks.slice(range.end + 1);
  const decided: string[] = [...meta.notes];
  const attention: string[] = [];

  // Header lines whose facts go to the frontmatter are reported as used, not as dropped.
  const used = new Map<Block, string>();
  const title = meta.title ?? titleFrom(header);
  for (const block of header) {
    if (title && block.text.replace(/\s+/g, ' ') === title.value.replace(/\s+/g, ' ')) used.set(block, 'the headline (frontmatter title)');
    else if (bylineOf(block.text)) used.set(block, 'the byline (frontmatter byline)');
    else if (isDateLine(block.text)) used.set(block, 'a date line (frontmatter published)');
    else if (programOf(block.text)) used.set(block, 'the program (frontmatter program)');
  }
  const byline = meta.byline ?? bylineFrom(header);
  const program = programFrom(header);
  const date = meta.published ? { ...meta.published, updateOnly: false } : (dateFrom(header) ?? dateFrom(footer.slice(0, FOOTER_DATE_LINES)));

  const { paragraphs, dropped } = splitStory(blocks, range, used);
  const original = originalPublisherFrom(paragraphs);
  const site = meta.site ?? siteFrom([...header, ...footer], paragraphs);
  const publisher = original ?? site;
  const republishedBy = original && site && !sameName(original.value, site.value) ? site : null;
  const speakers = readSpeakerLabels(paragraphs, registry);

  const frontmatter: ImportedFrontmatter = {
    title: title?.value,
    kind: speakers.kind,
    publisher: publisher?.value,
    published: date?.value,
    byline: byline?.value,
    program: program?.value,
    url: meta.url?.value,
    republishedBy: republishedBy?.value,
    speakers: Object.keys(speakers.speakers).length ? speakers.speakers : undefined,
  };

  decided.push(`kind: ${speakers.kind} (${speakers.kindReason})`);
  const facts: [string, Fact | null][] = [
    ['title', title],
    ['publisher', publisher],
    ['published', date],
    ['byline', byline],
    ['program', program],
    ['url', meta.url],
    ['republishedBy', republishedBy],
  ];
  for (const [field, fact] of facts) if (fact) decided.push(`${field}: ${fact.value} (${where(fact)})`);
  for (const field of ['title', 'publisher', 'published'] as const) {
    if (frontmatter[field] === undefined) attention.push(`${field}: the page does not state it; wrote an empty value marked FIXME: ${PLACEHOLDER_HINTS[field]}`);
  }
  if (date?.updateOnly) attention.push(`published: the page gives only an update date (line ${date.line}); check the date of first publication`);
  const framing = paragraphs.filter((p) => p.framing);
  decided.push(`story: ${paragraphs.length - framing.length} paragraphs from line ${paragraphs.find((p) => !p.framing)?.line}`);
  if (framing.length) decided.push(`framing: ${framing.map((p) => `line ${p.line} "${excerpt(p.text, 40)}"`).join(', ')}`);
  decided.push(...speakers.decided.map((line) => `speaker ${line}`));
  attention.push(...speakers.attention);

  return {
    frontmatter,
    paragraphs,
    markdown: articleFileText(frontmatter, paragraphs),
    slug: title ? slugify(title.value, { maxLength: 60 }) || null : null,
    report: { format, decided, dropped, attention },
  };
}
