import type { APIRoute, GetStaticPaths } from 'astro';
import type { CorpusArticle } from '../../../data/corpus.ts';
import { requireSite } from '../../../exports/site-url.ts';
import { transcriptText } from '../../../exports/transcript-text.ts';
import { loadCorpus } from '../../../lib/corpus.ts';

/** One text file per transcript; an article of prose has no turns to write out. */
export const getStaticPaths = (async () =>
  (await loadCorpus()).filter((article) => article.frontmatter.kind === 'transcript').map((article) => ({ params: { slug: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: CorpusArticle }> = ({ props: { article }, site }) =>
  new Response(transcriptText(article, requireSite(site)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
