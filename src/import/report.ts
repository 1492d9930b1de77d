import { excerpt } from './blocks.ts';
import type { ImportReport } from './import-page.ts';

/** The report as lines for stderr: what was decided and from where, every dropped block, and what needs the user. */
export function formatReport(name: string, report: ImportReport): string[] {
  const lines = [`import: ${name} (${report.format === 'html' ? 'HTML' : 'text'} page)`, 'decided:', ...report.decided.map((line) => `  ${line}`)];
  lines.push(`dropped ${report.dropped.length === 1 ? '1 block' : `${report.dropped.length} blocks`} (not story text):`);
  for (const block of report.dropped) lines.push(`  line ${block.line}: ${block.reason}: "${excerpt(block.text)}"`);
  if (report.attention.length) {
    lines.push(`needs attention (${report.attention.length}):`);
    for (const line of report.attention) lines.push(`  ${line}`);
  }
  return lines;
}
