import { describe, expect, it } from 'vitest';
import { restoreLetterAtWordStart, restoreReplacedLetter } from '../../../../../scripts/ingest/parse/text/dropped-letter-words.ts';

describe('restoreReplacedLetter', () => {
  it('puts the letter where U+FFFD stands beside a capital or opens a word before a small letter', () => {
    expect(restoreReplacedLetter('COU\uFFFDCIL OF THE EUROPEA\uFFFD U\uFFFDIO\uFFFD', 'N')).toBe('COUNCIL OF THE EUROPEAN UNION');
    expect(restoreReplacedLetter('PERMA\uFFFDE\uFFFDT REPRESE\uFFFDTATIVES, 18 \uFFFDovember 2011', 'N')).toBe('PERMANENT REPRESENTATIVES, 18 November 2011');
    expect(restoreReplacedLetter('17075/11 lb 2 DQPG E\uFFFD/FR', 'N')).toBe('17075/11 lb 2 DQPG EN/FR');
  });

  it('leaves a U+FFFD between small letters or standing alone, another glyph, as printed', () => {
    expect(restoreReplacedLetter('the co\uFFFDtrol of \uFFFD 3 items', 'N')).toBe('the co\uFFFDtrol of \uFFFD 3 items');
  });
});

describe('restoreLetterAtWordStart', () => {
  it('puts the capital back before a month’s or a delegation’s name that lacks it, the glyph’s space taken out', () => {
    expect(restoreLetterAtWordStart('The etherlands delegation made a statement.', 'N')).toBe('The Netherlands delegation made a statement.');
    expect(restoreLetterAtWordStart('held on 15, 16 and 18  ovember 2011', 'N')).toBe('held on 15, 16 and 18 November 2011');
    expect(restoreLetterAtWordStart('am 18. ovember 2011', 'N')).toBe('am 18. November 2011');
  });

  it('leaves words whose letter-less form is a word, and other words, as printed', () => {
    // `one` and `ever` are no month and no name: no `None`, `Never`
    expect(restoreLetterAtWordStart('only one delegation ever objected', 'N')).toBe('only one delegation ever objected');
    // a small letter the font kept: nothing to put back
    expect(restoreLetterAtWordStart('The etherlands delegation', 'n')).toBe('The etherlands delegation');
  });
});
