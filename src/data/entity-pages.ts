import type { EntityType, Registry } from '../annotate/registry.ts';
import type { Mention } from '../annotate/types.ts';
import type { CorpusArticle } from './corpus.ts';
import { entitiesJson } from './entities-json.ts';
import { summarizeSpeakers, type SpeakerSummary } from './speakers.ts';

/** Where an article names an entity: the paragraph, and the words around the name. */
export interface MentionExcerpt {
  paragraph: string;
  before: string;
  name: string;
  after: string;
}

export interface EntityInArticle {
  slug: string;
  title: string;
  publisher: string;
  published: string;
  mentions: number;
  excerpts: MentionExcerpt[];
}

/** Everything one entity page shows. */
export interface EntityPage {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata: string | null;
  note: string | null;
  /** True when the registry has it; otherwise it was found in the text. */
  curated: boolean;
  articles: EntityInArticle[];
  mentions: number;
  /** Turns and quotes, for people who speak or are quoted. */
  speaker: SpeakerSummary | null;
}

const WORDS_AROUND = 12;
const EXCERPTS_PER_ARTICLE = 3;

/** The words around a name in its paragraph, so a reader sees how the article names it. */
function excerptAround(text: string, start: number, end: number, paragraph: string): MentionExcerpt {
  const before = text.slice(0, start).split(/\s+/).slice(-WORDS_AROUND).join(' ');
  const after = text.slice(end).split(/\s+/).slice(0, WORDS_AROUND + 1).join(' ');
  return { paragraph, before: start > 0 && before ? `…${before.startsWith(' ') ? '' : ' '}${before.trimStart()}` : before, name: text.slice(start, end), after: `${after}${end < text.length ? '…' : ''}` };
}

/** One page per entity any article refers to, with its mentions per article, newest article first. */
export function entityPages(articles: CorpusArticle[], registry: Registry): EntityPage[] {
  const speakers = summarizeSpeakers(articles);
  // One pass over every mention (not one per entity): the cost grows with the corpus, not with corpus x entities.
  const byEntity = new Map<string, EntityInArticle[]>();
  for (const article of articles) {
    const mentionsOf = new Map<string, Mention[]>();
    for (const mention of article.annotation.mentions) (mentionsOf.get(mention.entity) ?? mentionsOf.set(mention.entity, []).get(mention.entity)!).push(mention);
    const paragraphs = new Map(article.annotation.paragraphs.map((p) => [p.id, p.text]));
    const { title, publisher, published } = article.frontmatter;
    for (const [entity, mentions] of mentionsOf) {
      const entry: EntityInArticle = {
        slug: article.slug,
        title,
        publisher,
        published,
        mentions: mentions.length,
        excerpts: mentions.slice(0, EXCERPTS_PER_ARTICLE).map((m) => excerptAround(paragraphs.get(m.paragraph) ?? '', m.start, m.end, m.paragraph)),
      };
      (byEntity.get(entity) ?? byEntity.set(entity, []).get(entity)!).push(entry);
    }
  }
  return entitiesJson(articles, registry).map((entity) => {
    const curated = registry.byId.get(entity.id);
    const inArticles = byEntity.get(entity.id) ?? [];
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type as EntityType,
      aliases: entity.aliases,
      wikidata: entity.wikidata,
      note: curated?.note ?? null,
      curated: !!curated,
      articles: inArticles,
      mentions: inArticles.reduce((sum, a) => sum + a.mentions, 0),
      speaker: speakers.get(entity.id) ?? null,
    };
  });
}
