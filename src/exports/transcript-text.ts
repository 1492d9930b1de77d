/** A transcript as plain text: its heading, then `SPEAKER NAME: words` per turn, with each turn's permalink. */
import type { AnnotatedParagraph, Turn } from '../annotate/types.ts';
import { articleUrl } from '../data/article-json.ts';
import type { CorpusArticle } from '../data/corpus.ts';
import { formatDate } from '../lib/format.ts';
import { absoluteUrl } from './site-url.ts';

/** `MARY LOUISE KELLY, HOST:`, keeping an aside the label printed, as in `VLADIMIR PUTIN (through translator):`. */
export function turnHeading(turn: Turn, label: string | null): string {
  const aside = label ? /\([^)]*\)/.exec(label)?.[0] : undefined;
  return `${turn.speakerName.toUpperCase()}${turn.role ? `, ${turn.role.toUpperCase()}` : ''}${aside ? ` ${aside}` : ''}:`;
}

/** A paragraph that belongs to no turn: stage directions and credits as printed, a republisher's note marked as such. */
const unspokenText = (paragraph: AnnotatedParagraph) => (paragraph.role === 'framing' ? `[Note from the republisher] ${paragraph.text}` : paragraph.text);

/** The text file of one transcript; links are absolute on `site`, so the file still leads back once downloaded. */
export function transcriptText({ slug, frontmatter, annotation }: CorpusArticle, site: URL): string {
  const pageUrl = absoluteUrl(articleUrl(slug), site);
  const heading = [
    frontmatter.title,
    [frontmatter.publisher, frontmatter.program].filter(Boolean).join(', '),
    frontmatter.byline && (/^by\s/i.test(frontmatter.byline) ? frontmatter.byline : `By ${frontmatter.byline}`),
    formatDate(frontmatter.published),
    frontmatter.republishedBy && `Republished by ${frontmatter.republishedBy}`,
    frontmatter.url && `Original: ${frontmatter.url}`,
    `Annotated transcript: ${pageUrl}`,
  ].filter((line): line is string => !!line);
  const turns = new Map(annotation.turns.map((turn) => [turn.id, turn]));
  const blocks: string[] = [heading.join('\n')];
  annotation.paragraphs.forEach((paragraph, index) => {
    const turn = paragraph.turn ? turns.get(paragraph.turn) : undefined;
    const opensTurn = !!turn && annotation.paragraphs[index - 1]?.turn !== turn.id;
    const closesTurn = !!turn && annotation.paragraphs[index + 1]?.turn !== turn.id;
    const text = !turn ? unspokenText(paragraph) : opensTurn ? `${turnHeading(turn, paragraph.label)} ${paragraph.text}` : paragraph.text;
    blocks.push(closesTurn ? `${text}\n<${pageUrl}#${turn!.id}>` : text);
  });
  return `${blocks.join('\n\n')}\n`;
}
