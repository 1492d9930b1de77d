/**
 * The public data files as design.md's data contract describes them, for the browser tests that read them.
 * Typed from the contract, not from src/, so a change to the builders cannot quietly change what the tests expect.
 */
import type { AttributionMethod } from '../../src/annotate/types.ts';

/** A paragraph of `/data/articles/<slug>.json`. */
export interface ParagraphJson {
  id: string;
  text: string;
  turn: string | null;
  speaker: string | null;
  framing?: boolean;
}

/**
 * A turn of `/data/articles/<slug>.json`. The contract has no name, role or word count per turn; tests that need
 * them use these when a later version adds them, else they derive them.
 */
export interface TurnJson {
  id: string;
  speaker: string | null;
  label: string | null;
  paragraphs: string[];
  speakerName?: string;
  role?: string | null;
  words?: number;
}

/** A quote of `/data/articles/<slug>.json`. */
export interface QuoteJson {
  id: string;
  text: string;
  paragraph: string;
  speaker: string | null;
  speakerName: string | null;
  attribution: AttributionMethod | null;
  confidence: number;
}

/** A row of `/data/quotes.json`: a quote with its article's slug and its permalink. */
export interface CorpusQuoteJson extends QuoteJson {
  article: string;
  url: string;
}

/** `/data/articles/<slug>.json`. */
export interface ArticleJson {
  slug: string;
  title: string;
  kind: 'transcript' | 'article';
  publisher: string;
  published: string;
  url: string;
  paragraphs: ParagraphJson[];
  turns: TurnJson[];
  quotes: QuoteJson[];
  mentions: { entity: string; text: string; paragraph: string; start: number; end: number }[];
}

/** A row of `/data/entities.json`. */
export interface EntityJson {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidata: string | null;
  articles: string[];
}
