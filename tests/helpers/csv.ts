/**
 * A strict RFC 4180 reader for tests: rows end in CRLF, fields are quoted when they hold a comma, quote mark or
 * line break, quote marks inside are doubled. Anything else (a bare LF, a stray quote mark) throws with the offset.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  if (text === '') return rows;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: quoted field never closed');
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          field += '"';
          i += 2;
        } else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && !',\r\n'.includes(text[i]!)) {
        if (text[i] === '"') throw new Error(`CSV: quote mark in an unquoted field at offset ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (i >= text.length) {
      rows.push(row);
      return rows;
    }
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i >= text.length) return rows;
    } else throw new Error(`CSV: unexpected ${JSON.stringify(text[i])} at offset ${i}; expected a comma or CRLF`);
  }
}
