/** CSV as RFC 4180 writes it (CRLF rows, fields quoted when needed), safe to open in a spreadsheet. */

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @, and tab or CR before them). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that would start a formula gets a leading apostrophe, which spreadsheets show as text and hide. */
export const guardFormula = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/** One field: quoted when it holds a comma, a quote mark or a line break, with quote marks doubled. */
export const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** A header row and data rows; null is an empty cell, numbers are written as JavaScript prints them. */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`csvTable: row ${index + 1} has ${row.length} cells; expected ${header.length} (${header.join(', ')})`);
  }
  const line = (cells: readonly (string | number | null)[]) => cells.map((cell) => csvField(guardFormula(cell === null ? '' : String(cell)))).join(',');
  return [header, ...rows].map((cells) => `${line(cells)}\r\n`).join('');
}
