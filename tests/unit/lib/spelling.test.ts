import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord, occurs, queryWords } from '../../../src/lib/spelling.ts';
import type { VocabularyShard } from '../../../src/lib/search-vocabulary.ts';

const me: VocabularyShard = [
  ['measures', 'measures', 9],
  ['mediterranean', 'Mediterranean', 7],
  ['meeting', 'meeting', 40],
  ['meetings', 'meetings', 6],
];

describe('queryWords', () => {
  it('keeps the words the vocabulary checks, as typed and as keys, and leaves out numbers and single letters', () => {
    expect(queryWords('Gdańsk, a 2025 “EMPACT”')).toEqual([
      { typed: 'Gdańsk', key: 'gdansk' },
      { typed: 'EMPACT', key: 'empact' },
    ]);
  });
});

describe('occurs', () => {
  it('finds a word of the vocabulary, and the beginning of one only for the word being typed', () => {
    expect(occurs('meeting', me, false)).toBe(true);
    expect(occurs('medit', me, false)).toBe(false);
    expect(occurs('medit', me, true)).toBe(true);
    expect(occurs('mediteranean', me, true)).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts an insertion, a deletion, a substitution or a swap of neighbours as one edit', () => {
    expect(editDistance('mediteranean', 'mediterranean')).toBe(1);
    expect(editDistance('terorism', 'terrorism')).toBe(1);
    expect(editDistance('meetnig', 'meeting')).toBe(1);
    expect(editDistance('europol', 'eurojust')).toBe(4);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('nearestWord', () => {
  it('offers the word as the archive writes it', () => {
    expect(nearestWord('mediteranean', me)).toBe('Mediterranean');
  });

  it('prefers the more frequent of two words as near', () => {
    expect(nearestWord('meetinc', me)).toBe('meeting');
  });

  it('offers nothing beyond the edits a word of that length allows, nor for a short word', () => {
    expect(nearestWord('mexxxxxx', me)).toBeNull();
    expect(nearestWord('mee', me)).toBeNull();
  });
});
