import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNumeric } from '../../../src/lib/numeric-order.ts';

describe('compareNumeric', () => {
  it('orders Council numbers with their digits as numbers', () => {
    const numbers = ['14470/25 REV 10', '9267/25', '14470/25', '14470/25 REV 2', '14470/1/25 REV 1', '14470/25 COR 1'];
    expect([...numbers].sort(compareNumeric)).toEqual(['9267/25', '14470/1/25 REV 1', '14470/25', '14470/25 COR 1', '14470/25 REV 2', '14470/25 REV 10']);
  });

  it("orders any two strings as localeCompare in English with numeric collation does (the order the pages' sorts had)", () => {
    const text = fc.string({ unit: fc.constantFrom(...'09 /-.aAbZéÉ1'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareNumeric(a, b))).toBe(Math.sign(a.localeCompare(b, 'en', { numeric: true })));
      }),
    );
  });
});
