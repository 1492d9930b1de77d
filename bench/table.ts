export type Verdict = 'ok' | 'over' | 'info' | 'error' | 'n/a';

export interface Row {
  measure: string;
  value: string;
  baseline: string;
  ratio: string;
  budget: string;
  verdict: Verdict;
}

const COLUMNS = ['measure', 'value', 'baseline', 'ratio', 'budget', 'verdict'] as const;

/** A plain-text table for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const widths = COLUMNS.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(COLUMNS), line(widths.map((width) => '-'.repeat(width))), ...rows.map((row) => line(COLUMNS.map((column) => row[column])))].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(rows: readonly Row[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${COLUMNS.map((column) => escape(row[column])).join(' | ')} |`),
  ].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
export const times = (value: number) => `${value.toFixed(2)}x`;
