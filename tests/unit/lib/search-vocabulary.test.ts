import { describe, expect, it } from 'vitest';
import { buildVocabulary, countSeparated, shardOf, shardPath, textWords, vocabularyOf, wordKey } from '../../../src/lib/search-vocabulary.ts';

describe('wordKey', () => {
  it('keeps letters and digits, in lower case, without diacritics', () => {
    expect(wordKey('Gdańsk')).toBe('gdansk');
    expect(wordKey('(TE-SAT)')).toBe('tesat');
    expect(wordKey('15912/25,')).toBe('1591225');
  });
});

describe('textWords', () => {
  it('gives each word without the punctuation around it, and the parts of a compound', () => {
    expect(textWords('COSI’s counter-terrorism work (TE-SAT).')).toEqual([
      'COSI’s',
      'COSI',
      's',
      'counter-terrorism',
      'counter',
      'terrorism',
      'work',
      'TE-SAT',
      'TE',
      'SAT',
    ]);
  });
});

describe('shardOf', () => {
  it('files a word under its first two characters, a character beyond ASCII by its code point', () => {
    expect(shardOf('mediterranean')).toBe('me');
    expect(shardOf('ōsaka')).toBe('u14ds');
  });

  it('names the file of a shard', () => {
    expect(shardPath('me')).toBe('/search/words/me.json');
  });
});

describe('buildVocabulary', () => {
  it('counts every word under its key with its most frequent spelling, numbers and single letters left out', () => {
    const vocabulary = buildVocabulary(['The Mediterranean.', 'the mediterranean coast', 'the Mediterranean, 2025 a']);
    expect(vocabulary.get('me')).toEqual([['mediterranean', 'Mediterranean', 3]]);
    expect(vocabulary.get('th')).toEqual([['the', 'the', 3]]);
    expect(vocabulary.get('20')).toBeUndefined();
    expect([...vocabulary.keys()]).toEqual(['co', 'me', 'th']);
  });

  it('gives the same rows whatever the order of the texts', () => {
    const texts = ['EMPACT priorities', 'Europol and EMPACT', 'priorities of Europol'];
    expect([...buildVocabulary(texts)]).toEqual([...buildVocabulary([...texts].reverse())]);
  });

  it('gives the same rows from the texts counted in several parts, the same word in more than one', () => {
    const texts = ['The Mediterranean.', 'the mediterranean coast', 'EMPACT priorities', 'the Mediterranean, 2025 a', 'priorities of Europol'];
    const counted = [countSeparated(texts.slice(0, 2)), countSeparated(texts.slice(2, 3)), countSeparated(texts.slice(3))];
    expect([...vocabularyOf(counted)]).toEqual([...buildVocabulary(texts)]);
    expect(vocabularyOf(counted).get('me')).toEqual([['mediterranean', 'Mediterranean', 3]]);
  });
});
