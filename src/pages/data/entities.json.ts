import type { APIRoute } from 'astro';
import { entitiesJson } from '../../data/entities-json.ts';
import { allArticles } from '../../lib/articles.ts';
import { registry } from '../../lib/registry.ts';

export const GET: APIRoute = async () => {
  const articles = (await allArticles()).map((entry) => ({ slug: entry.id, frontmatter: entry.data }));
  return Response.json(entitiesJson(articles, registry));
};
