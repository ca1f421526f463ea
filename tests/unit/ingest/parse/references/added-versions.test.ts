import { describe, expect, it } from 'vitest';
import { documentIds } from '../../../../../scripts/ingest/parse/references/added-versions.ts';

describe('documentIds: a version printed after a number is a document of its own', () => {
  it('reads a version after a plus, a comma or the word for "and" in the official languages', () => {
    const cases: [string, string[]][] = [
      ['doc. 9876/25 + ADD 1', ['9876/25', '9876/25 ADD 1']],
      ['docs 9876/25, ADD 1 and ADD 2', ['9876/25', '9876/25 ADD 1', '9876/25 ADD 2']],
      ['les documents 9876/25 et ADD 1', ['9876/25', '9876/25 ADD 1']],
      ['die Dokumente 9876/25 und ADD 1', ['9876/25', '9876/25 ADD 1']],
      ['los documentos 9876/25 y COR 1', ['9876/25', '9876/25 COR 1']],
      ['dokumenty 9876/25 i ADD 1', ['9876/25', '9876/25 ADD 1']],
      ['документи 9876/25 и ADD 1', ['9876/25', '9876/25 ADD 1']],
      ['έγγρ. 9876/25 και ADD 1', ['9876/25', '9876/25 ADD 1']],
      ['(doc. 9876/25 (+ ADD 1))', ['9876/25', '9876/25 ADD 1']],
      ['WK 5678/2025 INIT + ADD 1', ['WK 5678/2025', 'WK 5678/2025 ADD 1']],
      ['ST 9876 2025 INIT + COR 1', ['9876/25', '9876/25 COR 1']],
    ];
    for (const [text, expected] of cases) expect(documentIds(text)).toEqual(expected);
  });

  it('reads the suffixes printed after the added version, and a second addendum as the number’s, not the first’s', () => {
    expect(documentIds('doc. 9876/25 + ADD 1 REV 1')).toEqual(['9876/25', '9876/1/25 ADD 1 REV 1']);
    expect(documentIds('doc. 9876/25 ADD 1 + ADD 2')).toEqual(['9876/25 ADD 1', '9876/25 ADD 2']);
    expect(documentIds('ST 9876 2025 ADD 1 + ADD 2')).toEqual(['9876/25 ADD 1', '9876/25 ADD 2']);
    expect(documentIds('14470/1/25 REV 1 + ADD 1')).toEqual(['14470/1/25 REV 1', '14470/1/25 REV 1 ADD 1']);
  });

  it('reads every addendum of a range printed after a number or its first addendum, in any language', () => {
    const all = ['14470/25', '14470/25 ADD 1', '14470/25 ADD 2', '14470/25 ADD 3'];
    expect(documentIds('documents 14470/25 + ADD 1-3')).toEqual(all);
    expect(documentIds('dokumenty 14470/25 i ADD 1–3 oraz 9267/25')).toEqual([...all, '9267/25']);
    expect(documentIds('les documents 14470/25 et ADD 1 - ADD 3')).toEqual(all);
    expect(documentIds('Dok. 14470/25 ADD 1-3')).toEqual(all.slice(1));
    expect(documentIds('WK 5678/2025 INIT + ADD 1-2 + COR 1')).toEqual(['WK 5678/2025', 'WK 5678/2025 ADD 1', 'WK 5678/2025 ADD 2', 'WK 5678/2025 COR 1']);
    expect(documentIds('14470/1/25 REV 1 + ADD 2-3')).toEqual(['14470/1/25 REV 1', '14470/1/25 REV 1 ADD 2', '14470/1/25 REV 1 ADD 3']);
  });

  it('reads no range that runs backwards, too far, or after a version other than an addendum', () => {
    expect(documentIds('9876/25 ADD 2-1')).toEqual(['9876/25 ADD 2']);
    expect(documentIds('9876/25 ADD 1 - 2025 report')).toEqual(['9876/25 ADD 1']);
    expect(documentIds('9876/25 + COR 1-2')).toEqual(['9876/25', '9876/25 COR 1']);
    expect(documentIds('9876/25-3')).toEqual(['9876/25']);
    expect(documentIds('9876/25 ADD 1-2.5')).toEqual(['9876/25 ADD 1']);
  });

  it('reads no version that stands apart from the number, nor an act’s number', () => {
    expect(documentIds('9876/25 and the addendum of 9877/25')).toEqual(['9876/25', '9877/25']);
    expect(documentIds('9876/25 as presented at the meeting. ADD 1 was issued later')).toEqual(['9876/25']);
    expect(documentIds('Regulation (EU) 2016/794 and ADD 1')).toEqual(['Regulation (EU) 2016/794']);
  });
});
