import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv.ts';

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
