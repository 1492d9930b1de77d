import type { APIRoute } from 'astro';
import { quotesJson } from '../../data/quotes-json.ts';
import { loadCorpus } from '../../lib/corpus.ts';

export const GET: APIRoute = async () => Response.json(quotesJson(await loadCorpus()));
