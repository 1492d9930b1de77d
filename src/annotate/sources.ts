import { slugify } from './ids.ts';
import { dropPossessive, findNameRuns, isOnlyTitles, isOrganizationName, isPlaceName, stripTitles, TITLES } from './names.ts';
import { descriptionKind } from './nouns.ts';
import { nameKey, type Registry, type RegistryEntity } from './registry.ts';
import type { DiscoveredEntity } from './types.ts';

/** What kind of source: who "he"/"she" (a person), "they" (a group or organisation) or neither (a document) can refer to. */
export type SourceKind = 'person' | 'group' | 'organization' | 'document';

/** Who said something, as far as the text tells: an entity, or a description with no entity. */
export interface Source {
  id: string | null;
  name: string;
  /** How sure the name is: a full name beats a lone surname or a description the registry knows. */
  confidence: number;
  kind: SourceKind;
  /** True for an unnamed source ("one Western diplomat"): the attribution method is `descriptor`. */
  descriptor: boolean;
}

const firstWord = (name: string) => name.split(' ')[0]!;
const lastWord = (name: string) => name.split(' ').at(-1)!;
const add = (index: Map<string, Set<string>>, key: string, name: string) => (index.get(key) ?? index.set(key, new Set()).get(key)!).add(name);

/**
 * Resolves the names and descriptions that speech cues give to sources: the registry first
 * (name, alias, description), then a full name used elsewhere in the same document for a lone
 * surname or first name, then a new entity with an id made from the name.
 */
export class SourceResolver {
  private readonly registry: Registry | undefined;
  private readonly discovered: DiscoveredEntity[];
  /** Surname → full names the document uses with it; first word → full names (first names, "Aldermoor" of "Aldermoor Pharmaceuticals"). */
  private readonly byLastWord = new Map<string, Set<string>>();
  private readonly byFirstWord = new Map<string, Set<string>>();
  /** Shorter forms of two words or more → the longer names they start or end ("de Villiers", "Brosnan Ward"). */
  private readonly longerNames = new Map<string, Set<string>>();
  /** Nickname → full name: Clarence “Bud” Whitaker. */
  private readonly nicknames = new Map<string, string>();
  /** Words the document writes in lower case: "Local" or "Sentencing" at a sentence's start is no part of a name. */
  private readonly lowercase = new Set<string>();

  constructor(registry: Registry | undefined, discovered: DiscoveredEntity[], texts: string[]) {
    this.registry = registry;
    this.discovered = discovered;
    for (const text of texts) {
      for (const word of text.match(/(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu) ?? []) this.lowercase.add(word);
    }
    for (const text of texts) {
      for (const match of text.matchAll(/(\p{Lu}[\p{L}\p{M}’'-]+)\s+[“"‘'](\p{Lu}[\p{L}\p{M}.’'-]*)[”"’']\s+(\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+)?)/gu)) {
        this.nicknames.set(nameKey(match[2]!), `${match[1]} ${match[3]}`);
      }
      for (const run of findNameRuns(text)) {
        const name = this.withoutCommonOpener(dropPossessive(stripTitles(run.text)));
        if (name.split(' ').length < 2 || /\p{Lu}\./u.test(name) || isOnlyTitles(name)) continue;
        const parts = name.split(' ');
        for (let cut = 2; cut < parts.length; cut++) {
          add(this.longerNames, parts.slice(0, cut).join(' '), name);
          add(this.longerNames, parts.slice(parts.length - cut).join(' '), name);
        }
        add(this.byLastWord, nameKey(lastWord(name)), name);
        add(this.byFirstWord, nameKey(firstWord(name)), name);
      }
    }
  }

  /** "Local TD Aisling Nic Aodha" → the name without a sentence-opening word the document also writes in lower case. */
  private withoutCommonOpener(name: string): string {
    const [first, ...rest] = name.split(' ');
    // A participle ("Sentencing Kettering, the judge …") or a common modifier the document writes in lower case.
    const participle = /\p{Ll}(?:ing|ed)$/u.test(first!);
    const modifier = /ly$|^(?:Local|Former|Veteran|Retired|Senior|Junior|Top|New|Young|Old|Longtime|Acting|Outgoing|Incoming|Embattled)$/u.test(first!);
    return rest.length >= 1 && (participle || (modifier && this.lowercase.has(first!.toLowerCase()))) ? stripTitles(rest.join(' ')) : name;
  }

  /** A registry entity for a name or description, in any of its spellings. */
  private lookup(text: string): RegistryEntity | undefined {
    return this.registry?.byName.get(nameKey(text)) ?? this.registry?.byName.get(nameKey(text.replace(/^the\s+/iu, '')));
  }

  private entitySource(entity: RegistryEntity, confidence: number): Source {
    const kind: SourceKind = entity.type === 'person' ? 'person' : entity.type === 'work' ? 'document' : 'organization';
    return { id: entity.id, name: entity.name, confidence, kind, descriptor: false };
  }

  /** The one full name a lone word stands for in this document, undefined when none, null when several. */
  private fullNameOf(word: string): string | null | undefined {
    const key = nameKey(word);
    const bySurname = this.byLastWord.get(key);
    if (bySurname) return bySurname.size === 1 ? [...bySurname][0]! : null;
    const byFirst = this.byFirstWord.get(key);
    if (byFirst) return byFirst.size === 1 ? [...byFirst][0]! : null;
    return undefined;
  }

  /**
   * A person or organisation named in text, e.g. "Ukrainian Defense Minister Oleksii Reznikov" or "Dujarric"; null for
   * titles alone or a surname two people share. `register: false` looks without recording a new entity.
   */
  name(text: string, register = true): Source | null {
    const name = this.withoutCommonOpener(dropPossessive(stripTitles(text)));
    // An office alone ("Speaker", "the Chief Whip") is resolved as a title, by the caller.
    if (name === '' || !/\p{Lu}/u.test(name) || isOnlyTitles(name) || (TITLES.has(name) && !name.includes(' '))) return null;
    const known = this.lookup(name) ?? this.lookup(text);
    if (known) return this.entitySource(known, 0.95);
    const nickname = this.nicknames.get(nameKey(name));
    if (nickname && nickname !== name) return this.name(nickname, register);
    if (name.split(' ').length >= 2) {
      // "de Villiers", "Brosnan Ward": the end or start of one longer name the document uses.
      const longer = this.longerNames.get(name);
      const full = longer?.size === 1 ? [...longer][0]! : name;
      const fullKnown = this.lookup(full);
      return fullKnown ? this.entitySource(fullKnown, 0.95) : this.discover(full, 0.95, register);
    }
    const full = this.fullNameOf(name);
    if (full) {
      const fullKnown = this.lookup(full);
      return fullKnown ? this.entitySource(fullKnown, 0.9) : this.discover(full, 0.9, register);
    }
    // Two people share the name: naming either would be a guess.
    if (full === null) return null;
    return this.discover(name, 0.6, register);
  }

  /**
   * An unnamed source: "one Western diplomat", "the letter", or a registry description such as "the U.N. chief";
   * null when the words cannot be a source ("the closures", "it was").
   */
  description(text: string): Source | null {
    const known = this.lookup(text);
    if (known) return this.entitySource(known, 0.85);
    const kind = descriptionKind(text);
    if (!kind) return null;
    const plural = /(?:s|people|staff|police|public)$/u.test(text.replace(/\s(?:at|of|on|in|from|with|for)\s.*$/u, '').trim());
    const sourceKind: SourceKind = kind === 'person' ? (plural ? 'group' : 'person') : kind;
    return { id: null, name: text, confidence: 0.9, kind: sourceKind, descriptor: true };
  }

  /**
   * A person or organisation a name in narrative text refers to, for working out who "he" or "the company" is later:
   * stricter than `name`, so a lone unknown word ("Monday", "Boston") or a place is no one.
   */
  mention(text: string): Source | null {
    const name = this.withoutCommonOpener(dropPossessive(stripTitles(text)));
    if (name === '' || isOnlyTitles(name)) return null;
    const known = this.lookup(name) ?? this.lookup(text);
    if (known) return known.type === 'person' || known.type === 'organization' ? this.entitySource(known, 0.95) : null;
    if (isPlaceName(name) && !isOrganizationName(name)) return null;
    if (name.split(' ').length >= 2) return this.name(name, false);
    return this.fullNameOf(name) ? this.name(name, false) : null;
  }

  /** Records the entity of a source that now attributes a quote (it may come from a cue looked at without recording). */
  adopt(source: Source): void {
    if (!source.id || this.registry?.byId.has(source.id) || this.discovered.some((entity) => entity.id === source.id)) return;
    this.discovered.push({ id: source.id, name: source.name, type: source.kind === 'organization' ? 'organization' : 'person' });
  }

  private discover(name: string, confidence: number, register: boolean): Source {
    const id = slugify(name, { maxLength: 80 });
    const organization = isOrganizationName(name);
    if (register && !this.discovered.some((entity) => entity.id === id)) this.discovered.push({ id, name, type: organization ? 'organization' : 'person' });
    const shown = this.discovered.find((entity) => entity.id === id)?.name ?? name;
    return { id, name: shown, confidence, kind: organization ? 'organization' : 'person', descriptor: false };
  }
}
