import { describe, expect, it } from 'vitest';
import { nameKey, parseRegistry } from '../../src/annotate/registry.ts';
import { readRegistry } from '../../src/content/registry-file.ts';

const FILE = 'content/entities.yaml';

describe('parseRegistry', () => {
  it('reads entries with defaults and looks names up without diacritics, dots or case', () => {
    const registry = parseRegistry('- id: antonio-guterres\n  name: António Guterres\n  type: person\n  aliases: [Guterres]\n', FILE);
    const guterres = registry.byId.get('antonio-guterres');
    expect(guterres).toMatchObject({ name: 'António Guterres', type: 'person', aliases: ['Guterres'], descriptions: [], wikidata: null });
    expect(registry.byName.get(nameKey('ANTONIO GUTERRES'))).toBe(guterres);
    expect(nameKey('U.N.')).toBe(nameKey('UN'));
  });

  it('names both entities when an alias is claimed twice', () => {
    const text = '- id: kelly-a\n  name: Ann Kelly\n  type: person\n  aliases: [Kelly]\n\n- id: kelly-b\n  name: Bob Kelly\n  type: person\n  aliases: [Kelly]\n';
    expect(() => parseRegistry(text, FILE)).toThrow(/entities\.yaml:6: aliases: "kelly" is claimed by both kelly-a \("Ann Kelly"\) and kelly-b \("Bob Kelly"\)/);
  });

  it('refuses a duplicate id, a bad type and a bad Wikidata id with their lines', () => {
    expect(() => parseRegistry('- {id: a, name: A, type: person}\n- {id: a, name: B, type: person}\n', FILE)).toThrow(/:2: id: duplicate id a/);
    expect(() => parseRegistry('- id: a\n  name: A\n  type: planet\n', FILE)).toThrow(/:1: type: entity 1: expected one of person, organization/);
    expect(() => parseRegistry('- id: a\n  name: A\n  type: person\n  wikidata: 311440\n', FILE)).toThrow(/wikidata/);
    expect(() => parseRegistry('id: a\n', FILE)).toThrow(/expected a list of entities/);
  });

  it('accepts the project registry', () => {
    const { registry } = readRegistry(process.cwd());
    expect(registry.entities.length).toBeGreaterThan(0);
    for (const entity of registry.entities) expect(registry.byId.get(entity.id)).toBe(entity);
  });
});
