import type { EntityInArticle, EntityPage } from './entity-pages.ts';
import { listPageSize, pack } from './pagination.ts';
import type { SpeakerInArticle } from './speakers.ts';

/** What one page of an entity shows: a run of its turns, then quotes, then mentions, each grouped by article. */
export interface EntityPagePart {
  /** From 1. */
  number: number;
  turns: SpeakerInArticle[];
  quotes: SpeakerInArticle[];
  mentions: EntityInArticle[];
  /** Lists that began on an earlier page, so their heading here says "continued". */
  continued: Record<EntityList, boolean>;
}

type EntityList = 'turns' | 'quotes' | 'mentions';

type Item = { list: 'turns'; article: SpeakerInArticle } | { list: 'quotes'; article: SpeakerInArticle } | { list: 'mentions'; article: EntityInArticle };

const weight = (item: Item) =>
  item.list === 'turns' ? item.article.turns.length : item.list === 'quotes' ? item.article.quotes.length : Math.max(1, item.article.excerpts.length);

/** An entity's page cut into parts of about `size` items, never splitting one article's list; at least one part. */
export function entityPageParts(entity: EntityPage, size = listPageSize()): EntityPagePart[] {
  const speakerArticles = entity.speaker?.articles ?? [];
  const items: Item[] = [
    ...speakerArticles.filter((article) => article.turns.length > 0).map((article) => ({ list: 'turns' as const, article })),
    ...speakerArticles.filter((article) => article.quotes.length > 0).map((article) => ({ list: 'quotes' as const, article })),
    ...entity.articles.map((article) => ({ list: 'mentions' as const, article })),
  ];
  const begun = new Set<EntityList>();
  return pack(items, weight, size).map((page, i) => {
    const part: EntityPagePart = { number: i + 1, turns: [], quotes: [], mentions: [], continued: { turns: begun.has('turns'), quotes: begun.has('quotes'), mentions: begun.has('mentions') } };
    for (const item of page) {
      if (item.list === 'mentions') part.mentions.push(item.article);
      else part[item.list].push(item.article);
      begun.add(item.list);
    }
    return part;
  });
}
