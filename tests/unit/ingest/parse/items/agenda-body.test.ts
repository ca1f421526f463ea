import { describe, expect, it } from 'vitest';
import { documentIds } from '../../../../../scripts/ingest/parse/references/added-versions.ts';
import { isDocumentsLine } from '../../../../../scripts/ingest/parse/items/agenda-body.ts';
import { closeLoneNumbers } from '../../../../../scripts/ingest/parse/items/lone-numbers.ts';
import type { SourceLine } from '../../../../../scripts/ingest/parse/normalise.ts';

/** Lines numbered from 1, as normalise gives them. */
function lines(...texts: string[]): SourceLine[] {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}

describe('isDocumentsLine: the documents a notice lists under an item, in every form the register prints them', () => {
  it.each([
    'ST 14470 2025 INIT',
    'WK 1234/2025 INIT',
    '14470/25 ADD 1 REV 2',
    '9876/25 + ADD 1',
    '6640/26 + COR 1',
    'CM 4567/25',
    'COM(2025) 123 final',
    'SWD(2025) 45 final',
    'JOIN(2025) 12',
    '15010/25, 15011/25 and 15012/25',
    '15010/25, 15011/25 et 15012/25',
    '15010/25, 15011/25 und 15012/25',
    '15010/25, 15011/25 y 15012/25',
    '15010/25, 15011/25 e 15012/25',
    '15010/25 - 15012/25',
    '9876/25 + ADD 1-3',
    '9876/25 ADD 1–3',
    '9876/25 + ADD 1 - ADD 3 and 9877/25',
  ])('reads %s as documents', (text) => {
    expect(isDocumentsLine(text)).toBe(true);
  });

  it.each(['Presentation of 15010/25 by the Commission', 'COM(2025) 123 final: state of play', '15010/25 initial reading', '15010/25 – 2 items'])(
    'reads %s as text',
    (text) => {
      expect(isDocumentsLine(text)).toBe(false);
    },
  );

  it.each([
    'Dok. 8731/25',
    'Doc.: 8731/25',
    'Docs: 8731/25, 8732/25',
    'док. 8731/25 и 8732/25',
    'έγγρ. 8731/25 και 8732/25',
    '8731/25 és 8732/25',
    '8731/25 și 8732/25',
    '8731/25 ir 8732/25',
    '8731/25 un 8732/25',
    '8731/25 in 8732/25',
    '8731/25 agus 8732/25',
    'doc. 8731/25 (LIMITE)',
  ])('reads %s, in another language’s words, as a line of documents', (text) => {
    expect(isDocumentsLine(text)).toBe(true);
  });

  it.each(['8731/25 in Brussels', 'Europol 8731/25', 'Informacja 8731/25 i 8732/25', 'Art. 8731/25'])(
    'reads %s, a word of text beside the numbers, as text',
    (text) => {
      expect(isDocumentsLine(text)).toBe(false);
    },
  );
});

describe('documentIds', () => {
  it('gives each document once, in order, with the versions a plus adds', () => {
    expect(documentIds('COSI took note of 5950/26 + ADD 1 and of 6640/26 + COR 1, and of 5950/26 again.')).toEqual([
      '5950/26',
      '5950/26 ADD 1',
      '6640/26',
      '6640/26 COR 1',
    ]);
    expect(documentIds('No document.')).toEqual([]);
  });

  it('gives every version of a chain of pluses, and stops where the chain does', () => {
    expect(documentIds('Documents: 9876/25 + ADD 1 + ADD 2 + COR 1, then 14470/25 +COR 1+ ADD 3.')).toEqual([
      '9876/25',
      '9876/25 ADD 1',
      '9876/25 ADD 2',
      '9876/25 COR 1',
      '14470/25',
      '14470/25 COR 1',
      '14470/25 ADD 3',
    ]);
    // A plus after a word, not after a version, ends the chain: `+ ADD 2` there belongs to no number.
    expect(documentIds('6640/26 + ADD 1 and the annex + ADD 2')).toEqual(['6640/26', '6640/26 ADD 1']);
  });

  it('reads a line listing an addendum a plus adds in its revised version as a line of documents', () => {
    expect(isDocumentsLine('6701/26 + ADD 1 REV 1 and 6702/26 + COR 1')).toBe(true);
    expect(isDocumentsLine('6701/26 + ADD 1 REVISED')).toBe(false);
  });
});

describe('closeLoneNumbers on lettered sub-points plain pdftotext prints apart from their titles', () => {
  it('sets a letter alone on its line back before its title, `(a)` and `a)` alike', () => {
    const read = closeLoneNumbers(
      lines(
        '3.',
        '',
        'Schengen: state of play',
        '(a)',
        '',
        'Report on the functioning of the Schengen area',
        'b)',
        '',
        '(poss.) Follow-up',
        '(iv)',
        '',
        'Fourth point',
      ),
    );
    expect(read.map((entry) => entry.text)).toEqual([
      '3.\tSchengen: state of play',
      '(a)\tReport on the functioning of the Schengen area',
      'b)\t(poss.) Follow-up',
      '(iv)\tFourth point',
    ]);
  });

  it('leaves a letter that no title follows, and a letter in a sentence', () => {
    const kept = lines('(a)', '', '15010/25', 'see point a)', '', 'Next');
    expect(closeLoneNumbers(kept).map((entry) => entry.text)).toEqual(['(a)', '', '15010/25', 'see point a)', '', 'Next']);
  });
});
