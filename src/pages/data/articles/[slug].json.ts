import type { APIRoute, GetStaticPaths } from 'astro';
import { articleJson } from '../../../data/article-json.ts';
import { allArticles, renderArticle, type ArticleEntry } from '../../../lib/articles.ts';

export const getStaticPaths = (async () =>
  (await allArticles()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry }> = async ({ props: { entry } }) => {
  const { annotation } = await renderArticle(entry);
  return Response.json(articleJson(entry.id, entry.data, annotation));
};
