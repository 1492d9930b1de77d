import type { APIRoute } from 'astro';
import { rssFeed } from '../exports/feed.ts';
import { requireSite } from '../exports/site-url.ts';
import { loadCorpus } from '../lib/corpus.ts';

export const GET: APIRoute = async ({ site }) => new Response(rssFeed(await loadCorpus(), requireSite(site)), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
