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
  /** The words right before the name ("Harbour coach", "Gov."), and right after it for an appositive ("Zakaria, the striker,"). */
  lead?: string;
  after?: string;
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

// Words that give a person's gender: kinship, honorifics.
const MALE = 'father|son|brother|husband|uncle|nephew|grandfather|grandson|boyfriend|man|boy|Mr\\.?|Sir|Lord|King|Prince|Duke';
const FEMALE = 'mother|daughter|sister|wife|aunt|niece|grandmother|granddaughter|girlfriend|woman|girl|Mrs\\.?|Ms\\.?|Miss|Dame|Lady|Queen|Princess|Duchess';
const GENDERED = new RegExp(`(?<!\\p{L})(${MALE}|${FEMALE})(?!\\p{L})`, 'u');
const MALE_WORDS = new RegExp(`^(?:${MALE})$`, 'u');

const patternCache = new Map<string, { before: RegExp; after: RegExp }>();

/** How a name carries a role, right before it ("Harbour coach Kofi …", "Gov. Helen …") or in an appositive after it ("Zakaria, the striker,"). */
function titlePatterns(role: string): { before: RegExp; after: RegExp } {
  const cached = patternCache.get(role);
  if (cached) return cached;
  // "prime minister" as a phrase; a one-word title in all its written forms ("governor", "Gov.").
  const words = role.split(/\s+/);
  const titles = (words.length === 1 ? (TITLE_FORMS[words[0]!] ?? words) : [words.join(' ')]).map((title) => escape(title).replace(/ /g, '\\s+')).join('|');
  const patterns = {
    before: new RegExp(`(?<!\\p{L})(?:${titles}),?\\s+(?:\\p{Lu}\\S*\\s+){0,3}$|^(?:${titles})(?!\\p{L})`, 'iu'),
    after: new RegExp(`^,\\s+(?:the|a|an|his|her|their|its|\\p{Lu}\\S*[’']s)\\s+(?:\\S+\\s+){0,3}?(?:${titles})(?!\\p{L})`, 'iu'),
  };
  patternCache.set(role, patterns);
  return patterns;
}

const nameWords = (name: string) => name.split(/\s+/).filter((word) => word.length >= 3 && /^\p{Lu}/u.test(word));

/** The sentences read so far, and who they named: what pronouns and "the company" are resolved against. */
export class Discourse {
  readonly sentences: SentenceRecord[] = [];
  /** What the text's own pronouns say of a person: "Osei … she" makes "he said" never mean Osei. */
  private readonly gender = new Map<string, 'm' | 'f'>();
  /** Named people in reading order, for "the coach"; answers per role, valid while no one new is named. */
  private readonly people: Referent[] = [];
  /** Every word beside a named person, lower case: which roles are worth a search. */
  private readonly roleWords = new Set<string>();
  private readonly titleCache = new Map<string, { scanned: number; holders: Map<string, Source>; latest: Source | null }>();
  /** "my mother" → Ana Tavares, from "my mother, Ana Tavares,". */
  private readonly described = new Map<string, Source>();

  /**
   * Adds a sentence. `text` is its words outside quotes with `start` its offset in the paragraph, read for
   * gender: the one person a sentence names and a he/she later in it or opening the next sentence.
   */
  add(record: SentenceRecord, text = '', start = 0): void {
    record.referents.sort((a, b) => a.offset - b.offset);
    for (const referent of record.referents) {
      if (!referent.source.id) continue;
      if (referent.source.kind === 'person' && (referent.lead !== undefined || referent.after)) {
        this.people.push(referent);
        for (const word of `${referent.lead ?? ''} ${referent.after ?? ''}`.toLowerCase().match(/\p{L}+/gu) ?? []) this.roleWords.add(word);
      }
      if (referent.text) this.described.set(referent.text.toLowerCase().replace(/^(?:the|a|an)\s+/u, ''), referent.source);
    }
    const people = (referents: Referent[]) => [...new Map(referents.filter((r) => r.source.kind === 'person' && r.source.id && !r.self).map((r) => [r.source.id, r])).values()];
    const named = people(record.referents);
    if (named.length === 1) {
      const after = text.slice(Math.max(0, named[0]!.offset - start));
      const pronoun = /(?<!\p{L})(he|his|she|hers)(?!\p{L})/iu.exec(after.slice(after.search(/\s/u) + 1))?.[1];
      if (pronoun) this.learn(named[0]!.source, pronoun);
    }
    // "Her nephew, Arlindo …", "Mrs Ashdown", "Dame Marian …": the words beside a name can say it too.
    for (const referent of named) {
      const beside = `${referent.lead?.slice(-24) ?? ''} | ${referent.after?.slice(0, 40) ?? ''}`;
      const gendered = GENDERED.exec(beside)?.[1];
      if (gendered) this.learn(referent.source, MALE_WORDS.test(gendered) ? 'he' : 'she');
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
    {
      section,
      turn,
      quoteText = '',
      before = [],
      maxDistance = 2,
      namedFirst = false,
    }: { section: number; turn: string | null; quoteText?: string; before?: Referent[]; maxDistance?: number; namedFirst?: boolean },
  ): Antecedent | null {
    const clash = (source: Source) => !!source.id && this.gender.get(source.id) === (word === 'he' ? 'f' : word === 'she' ? 'm' : undefined);
    const fits = (source: Source) => (word === 'they' ? source.kind === 'group' || source.kind === 'organization' : source.kind === 'person' && !clash(source));
    const namedInQuote = (source: Source) => source.id !== null && nameWords(source.name).some((part) => new RegExp(`(?<!\\p{L})${escape(part)}(?!\\p{L})`, 'u').test(quoteText));
    const choose = (referents: Referent[], sameTurn: boolean, selves: boolean) => {
      const eligible = referents.filter((referent) => fits(referent.source) && !namedInQuote(referent.source) && !(referent.self && sameTurn));
      const others = eligible.filter((referent) => !referent.self);
      // The one speaking in that sentence, else the first named (the subject, usually), else someone described;
      // another turn's speaker only when nobody in the text fits ("she" right after a clip of her).
      return others.filter((referent) => referent.speaking).at(-1) ?? others.find((referent) => referent.source.id) ?? others[0] ?? (selves ? eligible[0] : undefined);
    };
    // Earlier in the same sentence, before a cue that precedes its quote: "My neighbor was pounding on the door, and he said, “…”".
    const local = choose(before, true, false);
    if (local) return { source: local.source, distance: 0, speaking: local.speaking };
    // In prose, a named person a sentence or two back beats someone only described since ("a friend", "a contractor").
    const passes = [...(namedFirst && word !== 'they' ? [{ named: true, selves: false }] : []), { named: false, selves: false }, { named: false, selves: true }];
    for (const { named, selves } of passes) {
      for (let i = this.sentences.length - 1; i >= 0; i--) {
        const record = this.sentences[i]!;
        const distance = section - record.section;
        if (distance > maxDistance) break;
        const chosen = choose(named ? record.referents.filter((referent) => referent.source.id) : record.referents, record.turn === turn, selves);
        if (chosen) return { source: chosen.source, distance, speaking: chosen.speaking };
      }
    }
    return null;
  }

  /**
   * Who "the governor", "the coach" or "the striker" is: the latest person named with that title or described with
   * that word right beside the name ("coach Jean-Baptiste Ndiaye-Lefèvre", "Zakaria, the striker,"), in text or a label.
   */
  resolveTitle(role: string): Source | null {
    const key = role.toLowerCase();
    // A role no name has beside it cannot be resolved: answer at once rather than test every name.
    const head = key.split(/\s+/).at(-1)!;
    if (!(TITLE_FORMS[head] ?? [head]).some((form) => this.roleWords.has(form.replace(/\.$/u, '')))) return null;
    // Each role's holders are kept and extended with the people named since the last question, not searched anew.
    const entry = this.titleCache.get(key) ?? this.titleCache.set(key, { scanned: 0, holders: new Map(), latest: null }).get(key)!;
    const { before, after } = titlePatterns(key);
    for (; entry.scanned < this.people.length; entry.scanned++) {
      const referent = this.people[entry.scanned]!;
      if (!((referent.lead !== undefined && before.test(referent.lead)) || (referent.after && after.test(referent.after)))) continue;
      entry.holders.set(referent.source.id!, referent.source);
      entry.latest = referent.source;
    }
    // Two people described as "the coach": which one is meant is a guess.
    return entry.holders.size === 1 ? entry.latest : null;
  }

  /** The person an appositive named for a description: "My mother" after "my mother, Ana Tavares,". */
  resolveNamedDescription(description: string): Source | null {
    return this.described.get(description.toLowerCase().replace(/^(?:the|a|an)\s+/u, '')) ?? null;
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
    const nounPattern = new RegExp(`(?<!\\p{L})${escape(noun)}(?!\\p{L})`, 'iu');
    const fits = (source: Source, text?: string) =>
      source.id !== null &&
      ((source.kind === 'organization' && (generic || nounPattern.test(source.name))) || (generic && !!text && nounPattern.test(text) && source.kind !== 'document'));
    let mentioned: Source | null = null;
    for (let i = this.sentences.length - 1; i >= 0; i--) {
      const record = this.sentences[i]!;
      if (section - record.section > maxDistance) break;
      const eligible = record.referents.filter((referent) => fits(referent.source, referent.text));
      const speaking = eligible.find((referent) => referent.speaking);
      if (speaking) return speaking.source;
      mentioned ??= eligible.at(-1)?.source ?? null;
    }
    return mentioned;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
