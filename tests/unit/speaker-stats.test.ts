import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.ts';
import type { Turn } from '../../src/annotate/types.ts';
import { chartRows, MAX_BAR_PERCENT, MAX_CHART_NAME, speakerStats } from '../../src/data/speaker-stats.ts';

// Counted by hand, a word being a run of letters or digits ("2.5" and "3rd" are one word each):
// Ruth Calloway: 7 (Good evening Tonight we talk about rivers) + 5 (What happened to the river) + 5 (It flooded twice
// this year) + 3 (Thank you both) = 20 words in 3 turns; Dev Patel: 4 (Thanks for having me) + 10 (It did The water
// reached 2.5 metres on the 3rd) = 14 words in 2 turns; the unidentified person: 3 (We lost everything) in 1 turn.
// The stage direction is nobody's. Total: 37 words, 6 turns.
const TRANSCRIPT = [
  'RUTH CALLOWAY, HOST: Good evening. Tonight we talk about rivers.',
  'DEV PATEL, BYLINE: Thanks for having me.',
  'CALLOWAY: What happened to the river?',
  'It flooded twice this year.',
  'PATEL: It did. The water reached 2.5 metres on the 3rd.',
  '(SOUNDBITE OF RAIN)',
  'UNIDENTIFIED PERSON #1: We lost everything.',
  'CALLOWAY: Thank you both.',
];

const { turns } = annotate({ kind: 'transcript', paragraphs: TRANSCRIPT.map((text) => ({ text })) });

const turn = (speaker: string | null, speakerName: string, words: number, label: string | null = null): Turn => ({
  id: `t-${speakerName}-${words}`,
  speaker,
  speakerName,
  label,
  role: null,
  paragraphs: [],
  words,
});

describe('speaker statistics of a transcript', () => {
  const stats = speakerStats(turns);

  it('counts turns and words per speaker, in order of first appearance', () => {
    expect(stats.totalWords).toBe(37);
    expect(stats.totalTurns).toBe(6);
    expect(stats.speakers.map(({ id, turns: count, words }) => [id, count, words])).toEqual([
      ['ruth-calloway', 3, 20],
      ['dev-patel', 2, 14],
      [null, 1, 3],
    ]);
  });

  it('gives each speaker their share of all the words', () => {
    const shares = stats.speakers.map((row) => row.share);
    expect(shares[0]).toBeCloseTo(20 / 37, 10);
    expect(shares[1]).toBeCloseTo(14 / 37, 10);
    expect(shares[2]).toBeCloseTo(3 / 37, 10);
  });

  it('keeps the role of the first labelled turn and tells unplaced speakers apart by their label', () => {
    expect(stats.speakers.map((row) => [row.key, row.role])).toEqual([
      ['ruth-calloway', 'host'],
      ['dev-patel', 'byline'],
      ['label:UNIDENTIFIED PERSON #1', null],
    ]);
  });

  it('lays out the chart: most words first, bars proportional to words, figures rounded as the legend rounds them', () => {
    const rows = chartRows(stats);
    expect(rows.map((row) => row.name)).toEqual(['Ruth Calloway', 'Dev Patel', 'Unidentified person #1']);
    // 20 words is the longest bar; 14/20 and 3/20 of it, to one decimal.
    expect(rows.map((row) => row.bar)).toEqual([MAX_BAR_PERCENT, Math.round(((14 / 20) * MAX_BAR_PERCENT) * 10) / 10, Math.round(((3 / 20) * MAX_BAR_PERCENT) * 10) / 10]);
    // 20/37 = 54.05%, 14/37 = 37.8%, 3/37 = 8.1%.
    expect(rows.map((row) => row.figures)).toEqual(['54% · 3 turns', '38% · 2 turns', '8% · 1 turn']);
  });

  it('breaks ties in words by first appearance and cuts only overlong names in the chart', () => {
    const long = 'A Speaker Whose Name Is Far Too Long For A Phone Screen';
    const rows = chartRows(speakerStats([turn('b', 'Bea', 5), turn('a', 'Al', 5), turn(null, long, 1, long.toUpperCase())]));
    expect(rows.map((row) => row.name)).toEqual(['Bea', 'Al', long]);
    expect(rows.map((row) => row.bar)).toEqual([MAX_BAR_PERCENT, MAX_BAR_PERCENT, Math.round((MAX_BAR_PERCENT / 5) * 10) / 10]);
    expect(rows[0]!.shownName).toBe('Bea');
    expect(rows[2]!.shownName.length).toBeLessThanOrEqual(MAX_CHART_NAME);
    expect(rows[2]!.shownName.endsWith('…')).toBe(true);
    expect(long.startsWith(rows[2]!.shownName.slice(0, -1))).toBe(true);
  });

  it('has no bars for no turns, and zero-length bars when no one says a word', () => {
    expect(speakerStats([])).toEqual({ speakers: [], totalWords: 0, totalTurns: 0 });
    expect(chartRows(speakerStats([turn('a', 'Al', 0)]))).toMatchObject([{ bar: 0, share: 0, figures: '0% · 1 turn' }]);
  });
});
