import { describe, expect, it } from 'vitest';
import { viewerCodesColumn } from '../../../../../scripts/ingest/parse/layout/viewer-codes-column.ts';

/** Source lines numbered from 1. */
function lines(...texts: string[]) {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}
const texts = (read: { text: string }[]) => read.map((entry) => entry.text);

describe('viewerCodesColumn', () => {
  it('sets the codes a viewer’s copy ran into the kind line and the rows on lines of their own under the number, each row keeping its own text', () => {
    // a Spanish LIMITE note whose right-hand cell holds more codes than the rows beside the number, copied out of a viewer
    const read = viewerCodesColumn(
      lines(
        'Bruselas, 4 de marzo de 2025',
        '(OR. en)',
        '6891/25',
        'LIMITE',
        'NOTA JAI 301',
        'De: Presidencia COSI 41',
        'A: Comité Permanente de Cooperación ENFOPOL 88',
        'Operativa en materia de Seguridad Interior CRIMORG 40',
        'CYBER 61',
        '(COSI)',
        'Asunto: Informe sobre la aplicación del ciclo de actuación de la UE',
        'El COSI tomó nota del informe.',
      ),
    );
    expect(texts(read)).toEqual([
      'Bruselas, 4 de marzo de 2025',
      '(OR. en)',
      '6891/25',
      'JAI 301',
      'COSI 41',
      'ENFOPOL 88',
      'CRIMORG 40',
      'CYBER 61',
      'LIMITE',
      'NOTA',
      'De: Presidencia',
      'A: Comité Permanente de Cooperación',
      'Operativa en materia de Seguridad Interior',
      '(COSI)',
      'Asunto: Informe sobre la aplicación del ciclo de actuación de la UE',
      'El COSI tomó nota del informe.',
    ]);
    expect(read.map((entry) => entry.line)).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 4, 5, 6, 7, 8, 10, 11, 12]);
  });

  it('reads a numbered code alone between a value’s lines as the column’s, past a line without one (`JAI 236` under a subject’s line)', () => {
    const read = viewerCodesColumn(
      lines('6543/25', 'NOTE', 'COSI 38', 'From: Presidency JAIEX 18', 'Subject: Report on the proceedings of the', 'JAI 236', 'Standing Committee for 2024'),
    );
    expect(texts(read)).toEqual([
      '6543/25',
      'COSI 38',
      'JAIEX 18',
      'JAI 236',
      'NOTE',
      'From: Presidency',
      'Subject: Report on the proceedings of the',
      'Standing Committee for 2024',
    ]);
  });

  it('reads the codes ending the rows but not a recipient that is a code’s word (`To: COSI`)', () => {
    const read = viewerCodesColumn(lines('9267/25', 'NOTE', 'JAI 655', 'From: Presidency COSI 97', 'To: COSI', 'Subject: European Internal Security Strategy'));
    expect(texts(read)).toEqual(['9267/25', 'JAI 655', 'COSI 97', 'NOTE', 'From: Presidency', 'To: COSI', 'Subject: European Internal Security Strategy']);
  });

  it('leaves codes alone on their lines under the number as printed: no row ends in one', () => {
    const printed = ['9267/25', 'JAI 655', 'COSI 97', 'NOTE', 'From: Presidency', 'To: COSI', 'Subject: European Internal Security Strategy'];
    expect(texts(viewerCodesColumn(lines(...printed)))).toEqual(printed);
  });

  it('leaves one code at a row’s end as printed: no column of two codes, one with its number, is run into the rows', () => {
    const printed = [
      '7120/26',
      'NOTE',
      'From: Presidency',
      'To: Delegations',
      'Subject: Operational Action Plans EMPACT 2026',
      'COSI is invited to endorse them.',
    ];
    expect(texts(viewerCodesColumn(lines(...printed)))).toEqual(printed);
  });

  it('leaves a code of two words whole (`PR CO 37`, `CO EUR 5`): its first word is no row’s value', () => {
    const printed = ['16120/11', 'PRESSE 161', 'PR CO 37', 'PRESS RELEASE'];
    expect(texts(viewerCodesColumn(lines(...printed)))).toEqual(printed);
    const european = ['EUCO 5/24', 'CO EUR 5', 'CONCL 3', 'COVER NOTE'];
    expect(texts(viewerCodesColumn(lines(...european)))).toEqual(european);
  });

  it('leaves a -layout page, whose number stands indented in its column, to the reading of the column by its gap', () => {
    const printed = [`${' '.repeat(56)}14342/21`, 'OUTCOME OF PROCEEDINGS', `${' '.repeat(56)}JAI 1297`, `From:      General Secretariat of the      COSI 240`];
    expect(texts(viewerCodesColumn(lines(...printed)))).toEqual(printed);
  });
});
