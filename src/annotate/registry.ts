import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ContentError } from '../content/errors.ts';
import { foldDiacritics } from './ids.ts';
import { memoizeByText } from './memo.ts';

export const ENTITY_TYPES = ['person', 'organization', 'place', 'nationality', 'event', 'work'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One entry of `content/entities.yaml`: what text alone cannot tell about an entity. */
export const registryEntrySchema = z
  .object({
    id: z
      .string({ error: 'expected an id' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and hyphens, e.g. antonio-guterres')
      .describe('Stable id used in URLs and data files.'),
    name: z.string({ error: 'expected the canonical name' }).trim().min(1).describe('Canonical name, with diacritics.'),
    type: z.enum(ENTITY_TYPES, { error: `expected one of ${ENTITY_TYPES.join(', ')}` }).describe('Kind of entity.'),
    aliases: z.array(z.string().trim().min(1)).default([]).describe('Other names and spellings: surname, acronym, name without diacritics.'),
    descriptions: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('Descriptions that refer to it in text, e.g. "the U.N. chief".'),
    wikidata: z
      .string()
      .regex(/^Q\d+$/, 'expected a Wikidata id such as Q311440')
      .nullable()
      .default(null)
      .describe('Wikidata item id, when one exists.'),
    note: z.string().trim().optional().describe('One-line note shown on the entity page.'),
  })
  .strict();

export type RegistryEntity = z.output<typeof registryEntrySchema>;

export interface Registry {
  entities: RegistryEntity[];
  byId: Map<string, RegistryEntity>;
  /** Name, alias or description (see `nameKey`) → entity. */
  byName: Map<string, RegistryEntity>;
}

/** Comparison key for names: diacritics folded, dots dropped, spaces collapsed, case ignored. */
export const nameKey: (name: string) => string = memoizeByText((name) => foldDiacritics(name).replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase());

export const emptyRegistry = (): Registry => ({ entities: [], byId: new Map(), byName: new Map() });

/** Parses and validates the registry; throws ContentError naming the line, the field and both claimants of a clash. */
export function parseRegistry(text: string, file: string): Registry {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    throw new ContentError(file, `not valid YAML (${firstError.message.split('\n')[0]})`, {
      line: lineCounter.linePos(firstError.pos[0]).line,
    });
  }
  if (document.contents === null) return emptyRegistry();
  if (!isSeq(document.contents)) throw new ContentError(file, 'expected a list of entities, each starting with `- id:`', { line: 1 });

  const registry = emptyRegistry();
  const claimedBy = new Map<string, { id: string; name: string }>();
  document.contents.items.forEach((item, index) => {
    const line = isMap(item) && item.range ? lineCounter.linePos(item.range[0]).line : undefined;
    const result = registryEntrySchema.safeParse((item as { toJSON(): unknown }).toJSON());
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.map(String).join('.');
      const detail = issue.code === 'unrecognized_keys' ? 'unknown field; expected id, name, type, aliases, descriptions, wikidata, note' : issue.message;
      throw new ContentError(file, `entity ${index + 1}: ${detail}`, { line, field });
    }
    const entity = result.data;
    if (registry.byId.has(entity.id)) {
      throw new ContentError(file, `duplicate id ${entity.id}: used by "${registry.byId.get(entity.id)!.name}" and "${entity.name}"`, { line, field: 'id' });
    }
    registry.byId.set(entity.id, entity);
    registry.entities.push(entity);
    for (const name of new Set([entity.name, ...entity.aliases, ...entity.descriptions].map(nameKey))) {
      const other = claimedBy.get(name);
      if (other) {
        throw new ContentError(file, `"${name}" is claimed by both ${other.id} ("${other.name}") and ${entity.id} ("${entity.name}")`, {
          line,
          field: 'aliases',
        });
      }
      claimedBy.set(name, entity);
      registry.byName.set(name, entity);
    }
  });
  return registry;
}
