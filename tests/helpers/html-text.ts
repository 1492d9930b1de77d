const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references hast-util-to-html writes. */
export const decodeEntities = (html: string) =>
  html.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITIES[name!] ?? whole),
  );

/**
 * The reader-visible text of rendered story HTML, without what the annotator adds
 * (speaker lines): what must equal the source text, since the annotator only wraps.
 */
export function storyText(html: string): string {
  const withoutAdded = html.replace(/<p class="speaker">[\s\S]*?<\/p>/g, '');
  // Inline elements wrap words without separating them; block elements end a line.
  const inlineDropped = withoutAdded.replace(/<\/?(?:q|span|a|strong|em|b|i|code|mark|abbr|cite|sup|sub|del|s)(?:\s[^>]*)?>/g, '');
  return decodeEntities(inlineDropped.replace(/<[^>]+>/g, ' '));
}

/** Collapses runs of whitespace, for comparing texts across block boundaries. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
