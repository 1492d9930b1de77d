import type { APIRoute } from 'astro';
import { quotesCsv } from '../../exports/quotes-csv.ts';
import { quotesJson } from '../../data/quotes-json.ts';
import { loadCorpus } from '../../lib/corpus.ts';

export const GET: APIRoute = async () => new Response(quotesCsv(quotesJson(await loadCorpus())), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
