import type { CorpusQuoteJson } from '../data/quotes-json.ts';
import { csvTable } from './csv.ts';

export const QUOTES_CSV_COLUMNS = ['article', 'speaker', 'text', 'attribution', 'confidence', 'url'] as const;

/**
 * `/data/quotes.csv`: the rows of `/data/quotes.json` for a spreadsheet. `speaker` is the name as shown (an
 * unnamed source's description), empty when unattributed; `attribution` is the method, or `unattributed`.
 */
export function quotesCsv(quotes: readonly CorpusQuoteJson[]): string {
  return csvTable(
    QUOTES_CSV_COLUMNS,
    quotes.map((quote) => [quote.article, quote.speakerName, quote.text, quote.attribution ?? 'unattributed', quote.confidence, quote.url]),
  );
}
