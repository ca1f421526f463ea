import { describe, expect, it } from 'vitest';
import { csvFileParts, toCsv } from '../../../src/lib/csv.ts';

describe('toCsv', () => {
  it('quotes fields with commas, double quotes or line breaks, doubling inner quotes, and ends every row with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "no"'],
          ['line\nbreak', null],
          [3, true],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""no"""\r\n"line\nbreak",\r\n3,true\r\n');
  });

  it('leaves plain fields bare', () => {
    expect(toCsv(['id'], [['14470/1/25 REV 1']])).toBe('id\r\n14470/1/25 REV 1\r\n');
  });
});

describe('toCsv on text a spreadsheet would run', () => {
  it('puts a text mark before every cell that begins with =, +, -, @, tab or carriage return, inside the quotes where there are some', () => {
    const payloads = ['=HYPERLINK("http://evil.example","x")', "-2+3+cmd|' /C calc'!A0", '+1', '@SUM(A1)', '\t=1', '\r=1'];
    expect(
      toCsv(
        ['cell'],
        payloads.map((payload) => [payload]),
      ),
    ).toBe(['cell', `"'=HYPERLINK(""http://evil.example"",""x"")"`, "'-2+3+cmd|' /C calc'!A0", "'+1", "'@SUM(A1)", "'\t=1", `"'\r=1"`, ''].join('\r\n'));
  });

  it('marks a cell that begins with the mark itself, so that removing one leading mark gives back every text', () => {
    expect(toCsv(['cell'], [["'quoted"], ['it’s'], ['a = b']])).toBe("cell\r\n''quoted\r\nit’s\r\na = b\r\n");
  });

  it('writes numbers and booleans as they are', () => {
    expect(toCsv(['n', 'b'], [[-2, false]])).toBe('n,b\r\n-2,false\r\n');
  });
});

describe('csvFileParts', () => {
  it('gives the byte order mark and then the CSV document line by line, each line whole with its CRLF', () => {
    const rows = [
      ['15912/25', 'Ständiger Ausschuss, “COSI” 😀'],
      ['=1', null],
    ];
    const parts = csvFileParts(['number', 'subject'], rows);
    expect(parts).toEqual(['\uFEFF', 'number,subject\r\n', '15912/25,"Ständiger Ausschuss, “COSI” 😀"\r\n', "'=1,\r\n"]);
    expect(parts.join('')).toBe(`\uFEFF${toCsv(['number', 'subject'], rows)}`);
  });
});
