import { slugify } from './ids.ts';
import { dropPossessive, findNameRuns, stripTitles } from './names.ts';
import { nameKey, type Registry, type RegistryEntity } from './registry.ts';
import { isDocumentLike, isPluralDescription } from './speech-cues.ts';
import type { DiscoveredEntity } from './types.ts';

/** Who said something, as far as the text tells: an entity, or a description with no entity. */
export interface Source {
  id: string | null;
  name: string;
  /** How sure the name is: a full name beats a lone surname or a description the registry knows. */
  confidence: number;
  /** "Several U.S. diplomats", "former officials": what "they" can refer to. */
  plural: boolean;
  /** A person or a group of people, not a letter or statement: what "he" or "she" can refer to. */
  personLike: boolean;
  /** True for an unnamed source ("one Western diplomat"): the attribution method is `descriptor`. */
  descriptor: boolean;
}

const lastWord = (name: string) => name.split(' ').at(-1)!;

// Words that make a capitalised name an organisation, not a person: "International Crisis Group", "Security Council".
const ORGANIZATION_WORD =
  /\b(?:Council|Court|Group|Nations|Union|Agency|Ministry|Office|Committee|Organi[sz]ation|Party|University|Institute|Center|Centre|Bank|Fund|Department|Commission|Army|Forces|House|Senate|Congress|Parliament|Government|Times|Post|News|Association|Federation|Republic|Kingdom|States|Foundation|Corporation|Company|Inc|Ltd|Network|Service|Police|Guard|Authority|Administration|Board|Bureau|Tribunal|Assembly|Alliance|Coalition|Movement|Front|Church|Club|Team|Press|Radio|Television|TV)\b/u;

/**
 * Resolves the names and descriptions that speech cues give to sources: the registry first
 * (name, alias, description), then a full name used elsewhere in the same document for a lone
 * surname, then a new entity with an id made from the name.
 */
export class SourceResolver {
  private readonly registry: Registry | undefined;
  private readonly discovered: DiscoveredEntity[];
  /** Surname → full names the document uses with it. */
  private readonly fullNames = new Map<string, Set<string>>();

  constructor(registry: Registry | undefined, discovered: DiscoveredEntity[], texts: string[]) {
    this.registry = registry;
    this.discovered = discovered;
    for (const text of texts) {
      for (const run of findNameRuns(text)) {
        const name = dropPossessive(stripTitles(run.text));
        if (name.split(' ').length < 2 || /\p{Lu}\./u.test(name)) continue;
        const key = nameKey(lastWord(name));
        (this.fullNames.get(key) ?? this.fullNames.set(key, new Set()).get(key)!).add(name);
      }
    }
  }

  /** A registry entity for a name or description, in any of its spellings. */
  private lookup(text: string): RegistryEntity | undefined {
    return this.registry?.byName.get(nameKey(text)) ?? this.registry?.byName.get(nameKey(text.replace(/^the\s+/iu, '')));
  }

  private entitySource(entity: RegistryEntity, confidence: number): Source {
    const plural = entity.type === 'organization' || entity.type === 'place' || entity.type === 'nationality';
    return { id: entity.id, name: entity.name, confidence, plural, personLike: entity.type !== 'work', descriptor: false };
  }

  /**
   * A person named in text, e.g. "Ukrainian Defense Minister Oleksii Reznikov" or "Dujarric"; null for titles alone.
   * `register: false` looks without recording a new entity (for cues that attribute no quote).
   */
  name(text: string, register = true): Source | null {
    const name = dropPossessive(stripTitles(text));
    if (name === '') return null;
    const known = this.lookup(name) ?? this.lookup(text);
    if (known) return this.entitySource(known, 0.95);
    if (name.split(' ').length >= 2) return this.discover(name, 0.95, register);
    const fullNames = this.fullNames.get(nameKey(name));
    if (fullNames?.size === 1) {
      const [full] = fullNames;
      const source = this.name(full!, register);
      return source && { ...source, confidence: 0.9 };
    }
    // Two people share the surname: naming either would be a guess.
    if (fullNames && fullNames.size > 1) return null;
    return this.discover(name, 0.7, register);
  }

  /** An unnamed source: "one Western diplomat", "the letter"; or a registry description such as "the U.N. chief". */
  description(text: string): Source {
    const known = this.lookup(text);
    if (known) return this.entitySource(known, 0.85);
    return { id: null, name: text, confidence: 0.9, plural: isPluralDescription(text), personLike: !isDocumentLike(text), descriptor: true };
  }

  /** True when a name is a person the document or registry knows, used to find a sentence's subject. */
  isPerson(text: string): boolean {
    const name = dropPossessive(stripTitles(text));
    if (name === '') return false;
    const known = this.lookup(name) ?? this.lookup(text);
    if (known) return known.type === 'person';
    if (ORGANIZATION_WORD.test(name)) return false;
    return name.split(' ').length >= 2 || this.fullNames.get(nameKey(name))?.size === 1;
  }

  /** Records the entity of a source that now attributes a quote (it may come from a cue looked at without recording). */
  adopt(source: Source): void {
    if (!source.id || this.registry?.byId.has(source.id) || this.discovered.some((entity) => entity.id === source.id)) return;
    this.discovered.push({ id: source.id, name: source.name, type: ORGANIZATION_WORD.test(source.name) ? 'organization' : 'person' });
  }

  private discover(name: string, confidence: number, register: boolean): Source {
    const id = slugify(name, { maxLength: 80 });
    const organization = ORGANIZATION_WORD.test(name);
    if (register && !this.discovered.some((entity) => entity.id === id)) this.discovered.push({ id, name, type: organization ? 'organization' : 'person' });
    const shown = this.discovered.find((entity) => entity.id === id)?.name ?? name;
    return { id, name: shown, confidence, plural: organization, personLike: true, descriptor: false };
  }
}
