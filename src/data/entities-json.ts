import type { Registry } from '../annotate/registry.ts';
import type { ArticleFrontmatter } from '../content/schema.ts';

/** One row of `/data/entities.json`. */
export interface EntityJson {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidata: string | null;
  articles: string[];
}

/** Entities the articles refer to (so far: hosts and mapped speakers), each with the slugs that refer to it. */
export function entitiesJson(articles: { slug: string; frontmatter: ArticleFrontmatter }[], registry: Registry): EntityJson[] {
  const slugsById = new Map<string, Set<string>>();
  for (const { slug, frontmatter } of articles) {
    const ids = [frontmatter.host, ...Object.values(frontmatter.speakers ?? {})];
    for (const id of ids) if (id) (slugsById.get(id) ?? slugsById.set(id, new Set()).get(id)!).add(slug);
  }
  return [...slugsById.keys()].sort().flatMap((id) => {
    const entity = registry.byId.get(id);
    if (!entity) return [];
    return [{ id, name: entity.name, type: entity.type, aliases: entity.aliases, wikidata: entity.wikidata, articles: [...slugsById.get(id)!].sort() }];
  });
}
