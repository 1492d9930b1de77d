/** Schema.org JSON-LD for an article page: the article, who and what it names, and its quotes with their speakers. */
import { nameKey, type EntityType, type Registry } from '../annotate/registry.ts';
import type { Quote } from '../annotate/types.ts';
import { articleUrl } from '../data/article-json.ts';
import type { CorpusArticle } from '../data/corpus.ts';
import { absoluteUrl } from './site-url.ts';
import { entityUrl } from './urls.ts';

/** A schema.org node: `@type` plus properties. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

/** Schema.org has no type for a nationality or people ("Ukrainian"), so it stays a plain Thing. */
const SCHEMA_TYPE: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  nationality: 'Thing',
  event: 'Event',
  work: 'CreativeWork',
};

interface EntityInfo {
  id: string;
  name: string;
  type: EntityType;
  wikidata: string | null;
}

export const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${qid}`;

/** Registry entries first, then entities the annotator found in this article's text. */
function entityResolver({ annotation }: CorpusArticle, registry: Registry) {
  const found = new Map(annotation.entities.map((entity) => [entity.id, entity]));
  return (id: string, fallback: { name: string; type: EntityType }): EntityInfo => {
    const curated = registry.byId.get(id);
    if (curated) return { id, name: curated.name, type: curated.type, wikidata: curated.wikidata };
    const discovered = found.get(id);
    return { id, name: discovered?.name ?? fallback.name, type: discovered?.type ?? fallback.type, wikidata: null };
  };
}

/** Ids with an entity page because this article refers to them (as `entitiesJson` counts them). */
function referencedIds({ frontmatter, annotation }: CorpusArticle): Set<string> {
  return new Set(
    [
      frontmatter.host,
      ...Object.values(frontmatter.speakers ?? {}),
      ...annotation.turns.map((turn) => turn.speaker),
      ...annotation.quotes.map((quote) => quote.speaker),
      ...annotation.mentions.map((mention) => mention.entity),
    ].filter((id): id is string => !!id),
  );
}

const entityNode = (entity: EntityInfo, type: string, site: URL): JsonLdNode => ({
  '@type': type,
  name: entity.name,
  url: absoluteUrl(entityUrl(entity.id), site),
  ...(entity.wikidata ? { sameAs: wikidataUrl(entity.wikidata) } : {}),
});

/** The byline as a Person, linked to the registry's person of that name when the article refers to them. */
function authorNode(byline: string, article: CorpusArticle, registry: Registry, site: URL): JsonLdNode {
  const person = registry.byName.get(nameKey(byline));
  if (person?.type !== 'person') return { '@type': 'Person', name: byline };
  const linked: JsonLdNode = { '@type': 'Person', name: byline, ...(person.wikidata ? { sameAs: wikidataUrl(person.wikidata) } : {}) };
  return referencedIds(article).has(person.id) ? { ...linked, url: absoluteUrl(entityUrl(person.id), site) } : linked;
}

/**
 * One quote as a Quotation. A named speaker is its creator and spokenByCharacter (both take only a Person or an
 * Organization, so a group or place quoted as a speaker is an Organization); an unnamed source ("one Western
 * diplomat") is named in creditText only; an unattributed quote names no one.
 */
function quotationNode(quote: Quote, pageUrl: string, resolve: ReturnType<typeof entityResolver>, site: URL): JsonLdNode {
  const node: JsonLdNode = { '@type': 'Quotation', text: quote.text, url: `${pageUrl}#${quote.id}` };
  if (quote.speakerName) node['creditText'] = quote.speakerName;
  if (quote.speaker) {
    const speaker = resolve(quote.speaker, { name: quote.speakerName ?? quote.speaker, type: 'person' });
    const agent = entityNode(speaker, speaker.type === 'person' ? 'Person' : 'Organization', site);
    node['creator'] = agent;
    node['spokenByCharacter'] = agent;
  }
  return node;
}

/** The NewsArticle node of one article page, with absolute URLs on `site`. */
export function articleJsonLd(article: CorpusArticle, registry: Registry, site: URL): JsonLdNode & { '@context': string } {
  const { slug, frontmatter, annotation } = article;
  const pageUrl = absoluteUrl(articleUrl(slug), site);
  const resolve = entityResolver(article, registry);
  const mentioned = new Map<string, EntityInfo>();
  for (const mention of annotation.mentions) {
    if (!mentioned.has(mention.entity)) mentioned.set(mention.entity, resolve(mention.entity, { name: mention.text, type: mention.type }));
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: frontmatter.title,
    datePublished: frontmatter.published,
    url: pageUrl,
    publisher: { '@type': 'Organization', name: frontmatter.publisher },
    ...(frontmatter.byline ? { author: authorNode(frontmatter.byline, article, registry, site) } : {}),
    ...(frontmatter.summary ? { description: frontmatter.summary } : {}),
    ...(frontmatter.url ? { isBasedOn: frontmatter.url } : {}),
    ...(frontmatter.kind === 'transcript' ? { genre: 'transcript' } : {}),
    mentions: [...mentioned.values()].map((entity) => entityNode(entity, SCHEMA_TYPE[entity.type], site)),
    hasPart: annotation.quotes.map((quote) => quotationNode(quote, pageUrl, resolve, site)),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` as \u escapes, so no text can close the
 * element or open a comment; U+2028/2029 too, for readers that treat them as line ends.
 */
export const serializeJsonLd = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
