import type { APIRoute, GetStaticPaths } from 'astro';
import { articleJson } from '../../../data/article-json.ts';
import { articlePaths, renderArticle, type ArticleEntry } from '../../../lib/articles.ts';

export const getStaticPaths = articlePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry }> = async ({ props: { entry } }) => {
  const { annotation } = await renderArticle(entry);
  return Response.json(articleJson(entry.id, entry.data, annotation));
};
