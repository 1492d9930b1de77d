/**
 * A proper name as printed: capitalised words, with the small words names carry ("of", "and",
 * "the", "&"). Used after a cue such as "provided by" or "the journal".
 */
const NAME = String.raw`((?:\p{Lu}|\d)[\p{L}\p{M}\d'’.&-]*(?:[ \u00a0]+(?:(?:\p{Lu}|\d)[\p{L}\p{M}\d'’.&-]*|of|and|&|for|on|the|de|du|des|la|le|y))*)`;

/** A name cue: `cue` (a regex source) followed by a proper name, matched case-sensitively. */
export const nameAfter = (cue: string) => new RegExp(`${cue}\\s*${NAME}`, 'u');

/** Trims what the name pattern over-reaches: a following sentence ("Reuters. All rights…"), trailing small words and punctuation. */
export function cleanName(raw: string): string {
  let name = raw.split(/(?<=\p{L}{2})\.[ \u00a0]/u)[0]!;
  name = name.replace(/[ \u00a0]+(?:of|and|&|for|on|the|de|du|des|la|le|y)$/u, '');
  name = name.replace(/[,;:]+$/, '').replace(/(?<=\p{L}{2})\.$/u, '');
  // "© The Riverside Gazette 2019-2024": the years are not part of the name.
  name = name.replace(/[ \u00a0]+\d{4}(?:[ \u00a0]*[-–][ \u00a0]*\d{4})?$/u, '');
  return name.trim();
}

/** The name following a cue in `text`, cleaned, or null. */
export function findNameAfter(text: string, cue: RegExp): string | null {
  const match = cue.exec(text);
  const name = match?.[1] ? cleanName(match[1]) : '';
  return name.length > 1 ? name : null;
}

/** Compares two names of the same outlet loosely: case, a leading "The", dots and spaces ignored. */
export const sameName = (a: string, b: string) => {
  const key = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[.\s]+/g, '');
  return key(a) === key(b);
};
