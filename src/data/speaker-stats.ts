/** Who speaks how much in a transcript: turns, words and share of the words per speaker, and the bar chart of them. */
import type { Turn } from '../annotate/types.ts';
import { percent, plural } from '../lib/format.ts';

/** One speaker of a transcript. */
export interface SpeakerStat {
  /** The entity id, or `label:<label as printed>` for a speaker the annotator could not place. */
  key: string;
  id: string | null;
  name: string;
  role: string | null;
  turns: number;
  words: number;
  /** Share of all words spoken in turns, 0..1. */
  share: number;
}

export interface SpeakerStats {
  /** In order of first appearance. */
  speakers: SpeakerStat[];
  totalWords: number;
  totalTurns: number;
}

/** Counts each speaker's turns and words; speakers with no entity are told apart by their printed label. */
export function speakerStats(turns: readonly Turn[]): SpeakerStats {
  const totalWords = turns.reduce((sum, turn) => sum + turn.words, 0);
  const speakers = new Map<string, SpeakerStat>();
  for (const turn of turns) {
    const key = turn.speaker ?? `label:${turn.label}`;
    const row = speakers.get(key) ?? speakers.set(key, { key, id: turn.speaker, name: turn.speakerName, role: turn.role, turns: 0, words: 0, share: 0 }).get(key)!;
    row.role ??= turn.role;
    row.turns++;
    row.words += turn.words;
    row.share = totalWords ? row.words / totalWords : 0;
  }
  return { speakers: [...speakers.values()], totalWords, totalTurns: turns.length };
}

/** Longest bar, as a percentage of the chart's width: the rest is room for the figures after it. */
export const MAX_BAR_PERCENT = 62;
/** Names longer than this are cut with an ellipsis in the chart (a phone is narrow); the table beside it has them whole. */
export const MAX_CHART_NAME = 34;

/** One bar of the chart. */
export interface ChartRow extends SpeakerStat {
  /** Bar length as a percentage of the chart's width: the speaker with the most words gets `MAX_BAR_PERCENT`. */
  bar: number;
  /** The name as the chart shows it. */
  shownName: string;
  /** The figures after the bar, e.g. `72% · 7 turns`. */
  figures: string;
}

/** The chart's bars: most words first (ties in order of first appearance), lengths proportional to the words. */
export function chartRows({ speakers }: SpeakerStats): ChartRow[] {
  const most = Math.max(0, ...speakers.map((row) => row.words));
  return speakers
    .map((row, order) => ({ row, order }))
    .sort((a, b) => b.row.words - a.row.words || a.order - b.order)
    .map(({ row }) => ({
      ...row,
      bar: most ? Math.round((row.words / most) * MAX_BAR_PERCENT * 10) / 10 : 0,
      shownName: row.name.length > MAX_CHART_NAME ? `${row.name.slice(0, MAX_CHART_NAME - 1).trimEnd()}…` : row.name,
      figures: `${percent(row.share)} · ${plural(row.turns, 'turn')}`,
    }));
}
