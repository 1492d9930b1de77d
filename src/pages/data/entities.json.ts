import type { APIRoute } from 'astro';
import { entitiesJson } from '../../data/entities-json.ts';
import { loadCorpus } from '../../lib/corpus.ts';
import { registry } from '../../lib/registry.ts';

export const GET: APIRoute = async () => Response.json(entitiesJson(await loadCorpus(), registry));
