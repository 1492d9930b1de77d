import { headNoun, isOrganizationNoun } from './nouns.ts';
import type { Source } from './sources.ts';

/** Someone a sentence names: as the one speaking (a speech verb's subject, a quote's speaker) or just mentioned. */
export interface Referent {
  source: Source;
  offset: number;
  speaking: boolean;
  /** True when the speaking comes from a quote rather than reported speech ("Guterres conceded that …"). */
  quoted: boolean;
  /** The words that name them, titles included ("Gov. Helen Marchbanks"), for "the governor" later. */
  text?: string;
  /** The speaker of the turn the sentence is in: "I" in that turn, never "he" or "she"; someone else's turn may say "she". */
  self?: boolean;
}

/** What one sentence contributed to the discourse, in reading order. */
export interface SentenceRecord {
  key: string;
  block: number;
  /** Turn of the paragraph, in transcripts: a pronoun or continuation never crosses turns. */
  turn: string | null;
  section: number;
  referents: Referent[];
}

export interface Antecedent {
  source: Source;
  /** How far back it was found, in paragraphs (soft ones counted). */
  distance: number;
  speaking: boolean;
}

// "the company" can mean any company named before; "the ministry" only a name with "Ministry" in it.
const GENERIC_ORGANIZATION = /^(?:company|firm|group|carrier|airline|maker|manufacturer|retailer|operator|developer|insurer|lender|startup|consultancy|shipper|utility|bank|organization|organisation|charity|business|employer|owner|landlord)$/u;

// A title as a noun, and how names carry it: "the governor" is "Gov. Helen Marchbanks".
const TITLE_FORMS: Record<string, string[]> = {
  governor: ['governor', 'gov.', 'gov'],
  senator: ['senator', 'sen.', 'sen'],
  representative: ['representative', 'rep.', 'rep', 'congressman', 'congresswoman'],
  general: ['general', 'gen.', 'gen'],
  professor: ['professor', 'prof.', 'prof'],
  doctor: ['doctor', 'dr.', 'dr'],
  president: ['president', 'pres.'],
  leader: ['leader'],
  mayor: ['mayor'],
  minister: ['minister'],
  chancellor: ['chancellor'],
  secretary: ['secretary'],
  judge: ['judge'],
  justice: ['justice'],
  chief: ['chief'],
  commissioner: ['commissioner'],
  ambassador: ['ambassador'],
  detective: ['detective', 'det.'],
  inspector: ['inspector', 'insp.'],
  superintendent: ['superintendent', 'supt.'],
  sheriff: ['sheriff'],
  councillor: ['councillor', 'cllr', 'councilor', 'councilman', 'councilwoman'],
};

/** True for a head noun that is a title someone can be named with, so "the governor" can be resolved. */
export const isTitleNoun = (noun: string) => noun in TITLE_FORMS;

const nameWords = (name: string) => name.split(/\s+/).filter((word) => word.length >= 3 && /^\p{Lu}/u.test(word));

/** The sentences read so far, and who they named: what pronouns and "the company" are resolved against. */
export class Discourse {
  readonly sentences: SentenceRecord[] = [];
  /** What the text's own pronouns say of a person: "Osei … she" makes "he said" never mean Osei. */
  private readonly gender = new Map<string, 'm' | 'f'>();

  /**
   * Adds a sentence. `text` is its words outside quotes with `start` its offset in the paragraph, read for
   * gender: the one person a sentence names and a he/she later in it or opening the next sentence.
   */
  add(record: SentenceRecord, text = '', start = 0): void {
    record.referents.sort((a, b) => a.offset - b.offset);
    const people = (referents: Referent[]) => [...new Map(referents.filter((r) => r.source.kind === 'person' && r.source.id && !r.self).map((r) => [r.source.id, r])).values()];
    const named = people(record.referents);
    if (named.length === 1) {
      const after = text.slice(Math.max(0, named[0]!.offset - start));
      const pronoun = /(?<!\p{L})(he|his|she|hers)(?!\p{L})/iu.exec(after.slice(after.search(/\s/u) + 1))?.[1];
      if (pronoun) this.learn(named[0]!.source, pronoun);
    }
    const opener = /^(?:(?:But|And|Still|Then|Now|So),?\s+)?(He|She)\b/u.exec(text)?.[1];
    const before = this.previous && people(this.previous.referents);
    if (opener && before?.length === 1) this.learn(before[0]!.source, opener);
    this.sentences.push(record);
  }

  private learn(source: Source, pronoun: string): void {
    if (!source.id || this.gender.has(source.id)) return;
    this.gender.set(source.id, /^(?:he|his)$/iu.test(pronoun) ? 'm' : 'f');
  }

  /** The sentence read just before the current one. */
  get previous(): SentenceRecord | undefined {
    return this.sentences.at(-1);
  }

  /**
   * Who "he", "she" or "they" refers to: looking back sentence by sentence (at most `maxDistance` paragraphs),
   * in the nearest sentence that names someone who fits, the one speaking there, else the first named (the subject, usually).
   * Someone named inside the quote itself is not its speaker ("Karin Eide has never stood on a quay," she said).
   */
  resolvePronoun(
    word: string,
    { section, turn, quoteText = '', before = [], maxDistance = 2 }: { section: number; turn: string | null; quoteText?: string; before?: Referent[]; maxDistance?: number },
  ): Antecedent | null {
    const clash = (source: Source) => !!source.id && this.gender.get(source.id) === (word === 'he' ? 'f' : word === 'she' ? 'm' : undefined);
    const fits = (source: Source) => (word === 'they' ? source.kind === 'group' || source.kind === 'organization' : source.kind === 'person' && !clash(source));
    const namedInQuote = (source: Source) => source.id !== null && nameWords(source.name).some((part) => new RegExp(`(?<!\\p{L})${escape(part)}(?!\\p{L})`, 'u').test(quoteText));
    const choose = (referents: Referent[], sameTurn: boolean) => {
      const eligible = referents.filter((referent) => fits(referent.source) && !namedInQuote(referent.source) && !(referent.self && sameTurn));
      const others = eligible.filter((referent) => !referent.self);
      // The one speaking in that sentence, else the first named (the subject, usually), else someone described, else the turn's own speaker.
      return others.filter((referent) => referent.speaking).at(-1) ?? others.find((referent) => referent.source.id) ?? others[0] ?? eligible[0];
    };
    // Earlier in the same sentence, before a cue that precedes its quote: "My neighbor was pounding on the door, and he said, “…”".
    const local = choose(before, true);
    if (local) return { source: local.source, distance: 0, speaking: local.speaking };
    for (let i = this.sentences.length - 1; i >= 0; i--) {
      const record = this.sentences[i]!;
      const distance = section - record.section;
      if (distance > maxDistance) return null;
      const chosen = choose(record.referents, record.turn === turn);
      if (chosen) return { source: chosen.source, distance, speaking: chosen.speaking };
    }
    return null;
  }

  /** Who "the governor" or "the majority leader" is: the latest person named with that title, in text or a transcript label. */
  resolveTitle(noun: string, { section, maxDistance = Infinity }: { section: number; maxDistance?: number }): Source | null {
    const titles = TITLE_FORMS[noun] ?? [noun];
    const pattern = new RegExp(`(?<!\\p{L})(?:${titles.map(escape).join('|')})(?!\\p{L})`, 'iu');
    for (let i = this.sentences.length - 1; i >= 0; i--) {
      const record = this.sentences[i]!;
      if (section - record.section > maxDistance) break;
      const match = record.referents.filter((referent) => referent.source.kind === 'person' && referent.source.id && referent.text && pattern.test(referent.text)).at(-1);
      if (match) return match.source;
    }
    return null;
  }

  /** An unnamed source described before with the same head noun: "the letter" after "the joint letter". */
  resolveDescribed(noun: string, { section, maxDistance = 6 }: { section: number; maxDistance?: number }): Source | null {
    for (let i = this.sentences.length - 1; i >= 0; i--) {
      const record = this.sentences[i]!;
      if (section - record.section > maxDistance) break;
      const match = record.referents.filter((referent) => referent.speaking && referent.source.descriptor && headNoun(referent.source.name) === noun).at(-1);
      if (match) return match.source;
    }
    return null;
  }

  /** Which organisation "the company" or "the ministry" means: the latest fitting one named, preferring one that has spoken. */
  resolveDefinite(noun: string, { section, maxDistance = 6 }: { section: number; maxDistance?: number }): Source | null {
    if (!isOrganizationNoun(noun)) return null;
    const generic = GENERIC_ORGANIZATION.test(noun);
    const fits = (source: Source) =>
      source.kind === 'organization' && source.id !== null && (generic || new RegExp(`(?<!\\p{L})${escape(noun)}(?!\\p{L})`, 'iu').test(source.name));
    let mentioned: Source | null = null;
    for (let i = this.sentences.length - 1; i >= 0; i--) {
      const record = this.sentences[i]!;
      if (section - record.section > maxDistance) break;
      const eligible = record.referents.filter((referent) => fits(referent.source));
      const speaking = eligible.find((referent) => referent.speaking);
      if (speaking) return speaking.source;
      mentioned ??= eligible.at(-1)?.source ?? null;
    }
    return mentioned;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
