import { describe, expect, it } from 'vitest';
import { rangeNumbers } from '../../../../../scripts/ingest/parse/references/number-ranges.ts';
import { findReferences } from '../../../../../src/shared/references.ts';

/** The ids of the numbers inside the range that opens at the text's first reference, each with the text its span covers. */
function inside(text: string): [string, string][] {
  const [first] = findReferences(text);
  if (first === undefined) throw new Error(text);
  return rangeNumbers(text, first).map(({ id, start, end }) => [id, text.slice(start, end)]);
}

describe('rangeNumbers: the numbers inside a range of the Council’s numbers', () => {
  it('reads the numbers between the ends joined by the word for "to" of each version or a dash, none printed', () => {
    const between: [string, string][] = [
      ['9877/25', ''],
      ['9878/25', ''],
    ];
    for (const text of [
      'documents 9876/25 to 9879/25',
      'les documents 9876/25 à 9879/25',
      'du 9876/25 au 9879/25',
      'die Dokumente 9876/25 bis 9879/25',
      'documentos del 9876/25 al 9879/25',
      'documentos de 9876/25 a 9879/25',
      'dai documenti 9876/25 al 9879/25',
      'de documenten 9876/25 tot en met 9879/25',
      'de documenten 9876/25 t/m 9879/25',
      'dokumenty od 9876/25 do 9879/25',
      'dokumenty 9876/25 až 9879/25',
      'documentele 9876/25 până la 9879/25',
      'έγγραφα 9876/25 έως 9879/25',
      'документи 9876/25 до 9879/25',
      'dokumenterne 9876/25 til 9879/25',
      'dokumenten 9876/25 till 9879/25',
      'dokumendid 9876/25 kuni 9879/25',
      'dokumenti 9876/25 līdz 9879/25',
      'dokumentai 9876/25 iki 9879/25',
      'id-dokumenti 9876/25 sa 9879/25',
      'doiciméid 9876/25 go 9879/25',
      'asiakirjat 9876/25–9879/25',
      'dokumentumok 9876/25 – 9879/25',
      'documents 9876/25-9879/25',
      'ST 9876/25 INIT to ST 9879/25 INIT',
      'ST 9876 2025 INIT to ST 9879 2025 INIT',
      'de ST 9876 2025 INIT à ST 9879 2025 INIT',
      'ST 9876 2025 INIT bis ST 9879 2025 INIT',
      'documents 9876-9879/25',
      'documents 9876–9879/25',
      'Dokumente 9876 – 9879/25',
    ])
      expect(inside(text), text).toEqual(between);
  });

  it('reads a range of meeting and working documents under their series, the year as the series writes it', () => {
    expect(inside('CM 1204/26 à CM 1206/26').map(([id]) => id)).toEqual(['CM 1205/26']);
    expect(inside('WK 5678/2025 to WK 5680/25').map(([id]) => id)).toEqual(['WK 5679/2025']);
    expect(inside('CM 1204 2026 INIT à CM 1206 2026 INIT').map(([id]) => id)).toEqual(['CM 1205/26']);
    expect(inside('WK 5678 2025 INIT to WK 5680 2025 INIT').map(([id]) => id)).toEqual(['WK 5679/2025']);
  });

  it('reads no range where the ends are of two series or years, carry versions, run backwards, stand too far apart or follow each other', () => {
    for (const text of [
      '9876/25 to 9879/24',
      '9876/25 to CM 9879/25',
      '9876/25 to 9879/25 ADD 1',
      '9876/25 ADD 1 to 9879/25',
      '9876/1/25 REV 1 to 9879/25',
      '9879/25 to 9876/25',
      '9876/25 to 9999/25',
      '9876/25 to 9877/25',
      'the reply to 9876/25 is set out in 9879/25',
      'ST 9876 2025 INIT to 9879 2025',
      'ST 9876 2025 INIT to ST 9879 2024 INIT',
      'ST 9876 2025 INIT to ST 9879 2025 ADD 1',
    ])
      expect(inside(text), text).toEqual([]);
  });

  it('reads a bare `a` as "to" only after the word for "from" (Czech, Slovak and Polish print it for "and")', () => {
    expect(inside('dokumenty 9876/25 a 9879/25')).toEqual([]);
    expect(inside('los documentos 9876/25 a 9879/25')).toEqual([]);
    expect(inside('i documenti da 9876/25 a 9878/25').map(([id]) => id)).toEqual(['9877/25']);
  });
});
