import { z } from 'zod';

/** Registry ids and slugs: lower-case ASCII words joined by hyphens. */
export const entityIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens, e.g. mary-louise-kelly');

const isCalendarDate = (value: string) => {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** A calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string({ error: 'expected a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'expected a real calendar date (YYYY-MM-DD)');

const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, `expected ${what}, found an empty value`);

/** Frontmatter of `content/articles/<slug>.md`. Unknown fields are refused so a typo is never silently ignored. */
export const articleFrontmatterSchema = z
  .object({
    title: text('the headline').describe('Headline as published.'),
    kind: z
      .enum(['transcript', 'article'], { error: 'expected transcript (speaker turns) or article (prose with quotes)' })
      .describe('`transcript` for speaker turns, `article` for prose with quotes.'),
    publisher: text('the publisher, e.g. NPR').describe('Who published it, e.g. NPR, Foreign Policy.'),
    published: isoDateSchema.describe('Publication date, YYYY-MM-DD.'),
    byline: text('the byline').optional().describe('Reporter or author, as credited.'),
    program: text('the program name').optional().describe('Broadcast program, e.g. All Things Considered.'),
    url: z.url({ error: 'expected an absolute http(s) URL', protocol: /^https?$/ }).optional().describe('Where the original is published.'),
    republishedBy: text('the republisher').optional().describe('Outlet this copy was taken from, when not the publisher.'),
    summary: text('a summary').optional().describe('One or two sentences shown under the title.'),
    host: entityIdSchema.optional().describe('Registry id of the speaker of unlabeled paragraphs at the start of a transcript.'),
    speakers: z
      .record(z.string().min(1), entityIdSchema)
      .optional()
      .describe('Map from a transcript label as printed (e.g. KELLY) to a registry id.'),
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
