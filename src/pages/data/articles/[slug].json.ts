import type { APIRoute, GetStaticPaths } from 'astro';
import { articleJson } from '../../../data/article-json.ts';
import { articleAnnotation, articlePaths, type ArticleEntry } from '../../../lib/articles.ts';

export const getStaticPaths = articlePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry }> = ({ props: { entry } }) => {
  const annotation = articleAnnotation(entry);
  return Response.json(articleJson(entry.id, entry.data, annotation));
};
