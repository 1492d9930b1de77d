/**
 * The annotator against hand-checked gold on documents written for the purpose (tests/eval/).
 * Floors sit a little under the measured scores (README, "How well it attributes"), so a rule
 * that helps one sentence but breaks others fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadEvalCorpus } from '../eval/corpus.ts';
import { metrics, scoreDocument, total } from '../eval/score.ts';

const scoreOf = async (dir: string) => {
  const { documents, registry } = await loadEvalCorpus(process.cwd(), dir);
  expect(documents.length, `documents in ${dir}`).toBeGreaterThanOrEqual(8);
  return metrics(total(documents.map((document) => scoreDocument(document.gold, document.quotes, registry))));
};

describe('quote finding and attribution on the evaluation corpora', () => {
  it('development corpus: finds quotes and names speakers with high precision and recall', async () => {
    const m = await scoreOf('tests/eval/quotes');
    expect(m.detectionPrecision).toBeGreaterThanOrEqual(0.96);
    expect(m.detectionRecall).toBeGreaterThanOrEqual(0.96);
    expect(m.attributionPrecision).toBeGreaterThanOrEqual(0.95);
    expect(m.attributionRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('second development corpus: rarely names the wrong speaker', async () => {
    const m = await scoreOf('tests/eval/dev2');
    expect(m.detectionPrecision).toBeGreaterThanOrEqual(0.95);
    expect(m.detectionRecall).toBeGreaterThanOrEqual(0.95);
    expect(m.attributionPrecision).toBeGreaterThanOrEqual(0.82);
    expect(m.attributionRecall).toBeGreaterThanOrEqual(0.6);
  });
});
