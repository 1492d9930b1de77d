import { stringify } from 'yaml';
import { escapeParagraph } from './markdown-text.ts';
import type { StoryParagraph } from './story.ts';

/** Frontmatter the importer fills; a required field left undefined is written as a placeholder. */
export interface ImportedFrontmatter {
  title: string | undefined;
  kind: 'transcript' | 'article';
  publisher: string | undefined;
  published: string | undefined;
  byline?: string | undefined;
  program?: string | undefined;
  url?: string | undefined;
  republishedBy?: string | undefined;
  speakers?: Record<string, string> | undefined;
}

/** What to write in place of a required field the page does not state. */
export const PLACEHOLDER_HINTS = {
  title: 'write the headline',
  publisher: 'write who published it, e.g. NPR',
  published: 'write the publication date as YYYY-MM-DD',
} as const;

const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

// An empty value fails `npm run check` with the field's name, so a placeholder can never be published.
const placeholder = (field: keyof typeof PLACEHOLDER_HINTS) => `${field}: ''  # FIXME: not found on the page; ${PLACEHOLDER_HINTS[field]}`;

function frontmatterLines(fields: ImportedFrontmatter): string[] {
  const required = (field: 'title' | 'publisher' | 'published') => {
    const value = fields[field];
    return value === undefined ? placeholder(field) : `${field}: ${scalar(value)}`;
  };
  const optional = (field: 'byline' | 'program' | 'url' | 'republishedBy') => {
    const value = fields[field];
    return value === undefined ? [] : [`${field}: ${scalar(value)}`];
  };
  const speakers = Object.entries(fields.speakers ?? {});
  return [
    required('title'),
    `kind: ${fields.kind}`,
    required('publisher'),
    required('published'),
    ...optional('byline'),
    ...optional('program'),
    ...optional('url'),
    ...optional('republishedBy'),
    ...(speakers.length ? ['speakers:', ...speakers.map(([label, id]) => `  ${scalar(label)}: ${id}`)] : []),
  ];
}

/** Paragraphs separated by blank lines, each run of framing paragraphs between framing markers. */
function bodyText(paragraphs: StoryParagraph[]): string {
  const parts: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const previous = paragraphs[index - 1];
    if (paragraph.framing && !previous?.framing) parts.push('<!-- framing -->');
    if (!paragraph.framing && previous?.framing) parts.push('<!-- /framing -->');
    parts.push(escapeParagraph(paragraph.text));
  });
  if (paragraphs.at(-1)?.framing) parts.push('<!-- /framing -->');
  return parts.join('\n\n');
}

/** The content file: frontmatter, then the story text verbatim (escaped only where markdown would change it). */
export function articleFileText(fields: ImportedFrontmatter, paragraphs: StoryParagraph[]): string {
  return ['---', ...frontmatterLines(fields), '---', '', bodyText(paragraphs), ''].join('\n');
}
