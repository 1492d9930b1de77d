import { slugify } from './ids.ts';
import { stripTitles } from './names.ts';
import { nameKey, type Registry } from './registry.ts';
import type { DiscoveredEntity } from './types.ts';

/** Who a printed label stands for. */
export interface ResolvedSpeaker {
  /** Entity id, or null when nobody can be named. */
  id: string | null;
  /** Name to show. */
  name: string;
  /** True when the label itself says the speaker is unknown (`UNIDENTIFIED PERSON #1`, `CROWD`). */
  anonymous: boolean;
}

const ANONYMOUS = /^(?:UNIDENTIFIED|UNKNOWN|UNNAMED|CROWD|GROUP|CHORUS|AUDIENCE|PROTESTERS?|DEMONSTRATORS?|CROSSTALK|MULTIPLE|SEVERAL|ALL)\b/u;

/** "TOBIAS NJOROGE" → "Tobias Njoroge", "O'BRIEN" → "O'Brien", "JEAN-PIERRE" → "Jean-Pierre". */
export function titleCase(upper: string): string {
  return upper.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "UNIDENTIFIED PERSON #1" → "Unidentified person #1". */
const sentenceCase = (upper: string) => upper.charAt(0) + upper.slice(1).toLowerCase();

const lastWord = (name: string) => name.trim().split(/\s+/).pop() ?? name;

/**
 * Resolves transcript labels to speakers, in this order: the frontmatter `speakers` map,
 * the registry (name, alias, or the name without leading titles), an earlier full-name
 * label in the same transcript, the host's surname; a full name nobody knows becomes a
 * new entity with an id made from the name; a lone unknown word stays unresolved.
 */
export class SpeakerResolver {
  /** Entities made from labels the registry lacks. */
  readonly discovered: DiscoveredEntity[] = [];
  private readonly bySurname = new Map<string, ResolvedSpeaker>();
  private readonly mapped: Map<string, string>;
  private readonly registry: Registry | undefined;
  private readonly host: string | undefined;

  constructor({ speakers = {}, registry, host }: { speakers?: Record<string, string> | undefined; registry?: Registry | undefined; host?: string | undefined }) {
    this.mapped = new Map(Object.entries(speakers).map(([label, id]) => [nameKey(label.replace(/:$/, '')), id]));
    this.registry = registry;
    this.host = host;
  }

  /** The speaker of an entity id (frontmatter host or mapped label). */
  known(id: string): ResolvedSpeaker {
    return { id, name: this.registry?.byId.get(id)?.name ?? titleCase(id.replace(/-/g, ' ').toUpperCase()), anonymous: false };
  }

  resolve(name: string, printed: string): ResolvedSpeaker | null {
    const key = nameKey(name);
    const mappedId = this.mapped.get(key) ?? this.mapped.get(nameKey(printed.replace(/:$/, '')));
    const words = name.split(/\s+/);
    const resolved =
      (mappedId ? this.known(mappedId) : undefined) ??
      this.fromRegistry(words) ??
      (words.length === 1 ? this.bySurname.get(key) : undefined) ??
      this.fromHost(words) ??
      (ANONYMOUS.test(name) ? { id: null, name: sentenceCase(name), anonymous: true } : undefined) ??
      (words.length > 1 ? this.discover(name) : undefined);
    if (!resolved) return null;
    if (resolved.id && words.length > 1 && !this.bySurname.has(nameKey(lastWord(name)))) this.bySurname.set(nameKey(lastWord(name)), resolved);
    return resolved;
  }

  /** The registry entry for the full name, or for the name with leading titles dropped ("PRESIDENT JOE BIDEN"). */
  private fromRegistry(words: string[]): ResolvedSpeaker | undefined {
    for (let start = 0; start < words.length; start++) {
      // A lone trailing word only counts when it was the whole label: "BIDEN:", not "PRESIDENT ... BIDEN" guessing.
      if (start > 0 && words.length - start < 2) break;
      const entity = this.registry?.byName.get(nameKey(words.slice(start).join(' ')));
      if (entity?.type === 'person') return { id: entity.id, name: entity.name, anonymous: false };
    }
    return undefined;
  }

  private fromHost(words: string[]): ResolvedSpeaker | undefined {
    if (!this.host || words.length !== 1) return undefined;
    const host = this.known(this.host);
    return nameKey(lastWord(host.name)) === nameKey(words[0]!) ? host : undefined;
  }

  private discover(name: string): ResolvedSpeaker {
    // "SEN. GORDON PRYCE-WHITFIELD" is the person Gordon Pryce-Whitfield; the label keeps the title as printed.
    const display = stripTitles(titleCase(name)) || titleCase(name);
    const id = slugify(display, { maxLength: 80 });
    if (!this.discovered.some((entity) => entity.id === id)) this.discovered.push({ id, name: display, type: 'person' });
    return { id, name: display, anonymous: false };
  }
}
