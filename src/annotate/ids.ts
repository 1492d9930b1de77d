/** Removes diacritics so "Karaçelik" and "Karacelik" give the same slug. */
export function foldDiacritics(text: string): string {
  // Most text is ASCII, which has nothing to fold.
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text;
}

/** Lower-case ASCII words of `text`, diacritics folded, punctuation dropped. */
export function slugWords(text: string): string[] {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A URL-safe slug of the first `maxWords` words, at most `maxLength` characters, cut at a word end. */
export function slugify(text: string, { maxWords = Infinity, maxLength = 60 } = {}): string {
  let slug = '';
  for (const word of slugWords(text).slice(0, maxWords)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/**
 * Hands out ids made from content, so editing one paragraph never renames another.
 * A repeated base gets `-2`, `-3`… in document order.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** Next suffix to try per base, so a thousand repeats of one opening stay linear. */
  private readonly nextSuffix = new Map<string, number>();

  allocate(prefix: string, text: string): string {
    const base = `${prefix}-${slugify(text, { maxWords: 6, maxLength: 40 }) || 'x'}`;
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    if (this.used.has(id)) {
      for (id = `${base}-${n}`; this.used.has(id); id = `${base}-${++n}`);
      this.nextSuffix.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }
}
