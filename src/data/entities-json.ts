import type { Registry } from '../annotate/registry.ts';
import type { CorpusArticle } from './corpus.ts';

/** One row of `/data/entities.json`. */
export interface EntityJson {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidata: string | null;
  articles: string[];
}

/** Ids an article refers to: its host, its mapped speakers, every turn's and quote's speaker, every name it mentions. */
function referencedIds({ frontmatter, annotation }: CorpusArticle): string[] {
  return [
    frontmatter.host,
    ...Object.values(frontmatter.speakers ?? {}),
    ...annotation.turns.map((turn) => turn.speaker),
    ...annotation.quotes.map((quote) => quote.speaker),
    ...annotation.mentions.map((mention) => mention.entity),
  ].filter((id): id is string => !!id);
}

/** Every entity an article refers to, from the registry or discovered in the text, with the slugs that refer to it. */
export function entitiesJson(articles: CorpusArticle[], registry: Registry): EntityJson[] {
  const slugsById = new Map<string, Set<string>>();
  const discovered = new Map(articles.flatMap((article) => article.annotation.entities.map((entity) => [entity.id, entity] as const)));
  for (const article of articles) {
    for (const id of referencedIds(article)) (slugsById.get(id) ?? slugsById.set(id, new Set()).get(id)!).add(article.slug);
  }
  return [...slugsById.keys()].sort().flatMap((id) => {
    const articlesOf = [...slugsById.get(id)!].sort();
    const entity = registry.byId.get(id);
    if (entity) return [{ id, name: entity.name, type: entity.type, aliases: entity.aliases, wikidata: entity.wikidata, articles: articlesOf }];
    const found = discovered.get(id);
    return found ? [{ id, name: found.name, type: found.type, aliases: [], wikidata: null, articles: articlesOf }] : [];
  });
}
