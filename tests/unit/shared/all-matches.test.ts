import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/shared/all-matches.ts';

/** What a match says: where, what, its groups and named groups. */
function shown(matches: Iterable<RegExpExecArray>): unknown[] {
  return [...matches].map((match) => ({ index: match.index, groups: [...match], named: match.groups }));
}

/** Patterns of every kind the ingest runs: with look-behind, empty matches, sticky, Unicode, named groups. */
const PATTERNS = [
  /(ADD|REV|COR)\s*(\d+)/g,
  /(?<![\p{L}])LIMITE(?![\p{L}])/gu,
  /(?<=^|[;:,]\s{0,3})\p{Lu}\p{Ll}+/gu,
  /\b/g,
  /x*/g,
  /(?:)/gu,
  /\p{L}*/gu,
  /[.?!;] |\n/g,
  /(?<word>\p{L}+)|(?<number>\d+)/gu,
  /\d{1,3}/gy,
  /^[ \t]*\S/gm,
];

describe('allMatches', () => {
  it('finds what matchAll finds, for any text, pattern and start', () => {
    const text = fc
      .array(fc.constantFrom('a', 'B', 'é', '😀', '𝒜', ' ', '\n', '.', ';', '1', '42', 'ADD 1', 'REV2', 'LIMITE', ', Xy', '\t', 'x'), { maxLength: 40 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...PATTERNS), fc.nat(8), (value, pattern, start) => {
        pattern.lastIndex = start;
        const expected = shown(value.matchAll(pattern));
        expect(pattern.lastIndex).toBe(start);
        expect(shown(allMatches(pattern, value))).toEqual(expected);
        expect(pattern.lastIndex).toBe(start);
        pattern.lastIndex = 0;
      }),
      { numRuns: 3000 },
    );
  });

  it('moves past an empty match by a whole code point in a Unicode pattern, by a code unit otherwise', () => {
    expect(allMatches(/(?:)/gu, 'a😀b').map((match) => match.index)).toEqual([0, 1, 3, 4]);
    expect(allMatches(/(?:)/g, 'a😀b').map((match) => match.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => [...'a'.matchAll(/a/ as RegExp)]).toThrow(TypeError);
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
