// `npm run eval [-- --errors] [-- --heldout]`: precision and recall of quote finding and attribution on a hand-checked corpus.
import { EVAL_DIR, loadEvalCorpus } from './corpus.ts';
import { metrics, scoreDocument, total, type Score } from './score.ts';

const showErrors = process.argv.includes('--errors');
// The held-out corpus is for measuring, never for tuning rules: read its errors only to report them.
const dir = process.argv.includes('--heldout') ? 'tests/eval/heldout' : process.argv.includes('--dev2') ? 'tests/eval/dev2' : EVAL_DIR;
const { documents, registry } = await loadEvalCorpus(process.cwd(), dir);
console.log(`corpus: ${dir}`);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, score: Score) => {
  const m = metrics(score);
  return `${name.padEnd(34)} ${String(score.gold).padStart(5)} ${String(score.found).padStart(6)} ${percent(m.detectionPrecision)} ${percent(m.detectionRecall)} ${percent(m.attributionPrecision)} ${percent(m.attributionRecall)}`;
};

console.log(`${'document'.padEnd(34)}  gold  found  det. P  det. R  attr. P attr. R`);
const scores = documents.map((document) => {
  const score = scoreDocument(document.gold, document.quotes, registry);
  console.log(row(`${document.name} (${document.kind})`, score));
  return score;
});
const byKind = (kind: string) => total(scores.filter((_, i) => documents[i]!.kind === kind));
console.log('-'.repeat(84));
console.log(row('articles', byKind('article')));
console.log(row('transcripts', byKind('transcript')));
console.log(row('all', total(scores)));
console.log('\ndet. = quote spans found; attr. P = right speaker among quotes given one; attr. R = right speaker among quotes that have one.');

if (showErrors) {
  documents.forEach((document, i) => {
    for (const pairing of scores[i]!.pairings) {
      if (pairing.verdict === 'right' || pairing.verdict === 'rightly-abstained') continue;
      const gold = pairing.gold ? (pairing.gold.speaker ?? pairing.gold.descriptor ?? 'nobody') : '-';
      const found = pairing.found ? `${pairing.found.speakerName ?? 'nobody'} (${pairing.found.attribution ?? '-'} ${pairing.found.confidence}; ${pairing.found.cue ?? ''})` : '-';
      const text = (pairing.gold?.text ?? pairing.found?.text ?? '').slice(0, 60);
      console.log(`${document.name}: ${pairing.verdict}: “${text}” gold: ${gold}; found: ${found}`);
    }
  });
}
