import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvTable, guardFormula } from '../../src/exports/csv.ts';
import { quotesCsv } from '../../src/exports/quotes-csv.ts';
import { parseCsv } from '../helpers/csv.ts';

describe('csvField (RFC 4180 quoting)', () => {
  it('leaves plain text alone and quotes fields with a comma, quote mark or line break, doubling quote marks', () => {
    expect(csvField('plain words')).toBe('plain words');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('“curly” quotes need nothing')).toBe('“curly” quotes need nothing');
  });
});

describe('guardFormula (CSV formula injection)', () => {
  it('puts an apostrophe before a cell a spreadsheet would read as a formula', () => {
    expect(guardFormula('=HYPERLINK("http://evil.example","x")')).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(guardFormula('+1')).toBe("'+1");
    expect(guardFormula('-2+3')).toBe("'-2+3");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('\t=1')).toBe("'\t=1");
  });

  it('leaves every other cell as it is', () => {
    for (const value of ['', 'a = b', 'email@example.org', '0.95', ' =1', "'quoted'"]) expect(guardFormula(value)).toBe(value);
  });
});

describe('csvTable', () => {
  it('writes a header and rows, each ended by CRLF, with null as an empty cell', () => {
    expect(csvTable(['a', 'b'], [['x', 1], [null, 'y, z']])).toBe('a,b\r\nx,1\r\n,"y, z"\r\n');
  });

  it('refuses a row with the wrong number of cells, naming the row', () => {
    expect(() => csvTable(['a', 'b'], [['x', 'y'], ['z']])).toThrow('row 2 has 1 cells; expected 2 (a, b)');
  });

  it('reads back, cell for cell, as a strict RFC 4180 reader parses it (formula guard applied)', () => {
    const cell = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '=', '-', '@', '+', ' ', 'é', '😀') }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const parsed = parseCsv(csvTable(['one', 'two', 'three'], rows));
        expect(parsed).toEqual([['one', 'two', 'three'], ...rows.map((row) => row.map(guardFormula))]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('quotesCsv', () => {
  const base = { paragraph: 'p-x', article: 'some-slug' };
  it('writes one row per quote: name as shown, method or "unattributed", confidence and permalink', () => {
    const csv = quotesCsv([
      { ...base, id: 'q-a', text: 'We will, "soon", rebuild', speaker: 'ana-lopes', speakerName: 'Ana Lopes', attribution: 'stated', confidence: 0.95, url: '/articles/some-slug/#q-a' },
      { ...base, id: 'q-b', text: 'Nobody told us', speaker: null, speakerName: 'one resident', attribution: 'descriptor', confidence: 0.9, url: '/articles/some-slug/#q-b' },
      { ...base, id: 'q-c', text: '=1+1', speaker: null, speakerName: null, attribution: null, confidence: 0, url: '/articles/some-slug/#q-c' },
    ]);
    expect(parseCsv(csv)).toEqual([
      ['article', 'speaker', 'text', 'attribution', 'confidence', 'url'],
      ['some-slug', 'Ana Lopes', 'We will, "soon", rebuild', 'stated', '0.95', '/articles/some-slug/#q-a'],
      ['some-slug', 'one resident', 'Nobody told us', 'descriptor', '0.9', '/articles/some-slug/#q-b'],
      ['some-slug', '', "'=1+1", 'unattributed', '0', '/articles/some-slug/#q-c'],
    ]);
  });
});
