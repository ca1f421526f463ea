import { describe, expect, it } from 'vitest';
import { flatLayoutCodes } from '../../../../../scripts/ingest/parse/flat/flat-layout-codes.ts';

/** Source lines numbered from 1. */
function lines(...texts: string[]) {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}
const texts = (read: { text: string }[]) => read.map((entry) => entry.text);

/** The header's rows as `-layout` prints them, each row's value at column 20, the codes column at 56. */
const row = (label: string, value: string, code = '') => `${label.padEnd(20)}${value.padEnd(36)}${code}`.trimEnd();

describe('flatLayoutCodes', () => {
  it('sets the codes a -layout page run into one line keeps after wide gaps on lines of their own before the labels, the values keeping their own words', () => {
    // an outcome whose right-hand cell holds more codes than the rows beside the number, its page run into one line
    const page = [
      `${''.padEnd(56)}Brussels, 25 November 2025`,
      `${''.padEnd(56)}15912/25`,
      `OUTCOME OF PROCEEDINGS${''.padEnd(34)}COSI 237`,
      row('From:', 'General Secretariat of the', 'JAI 1769'),
      row('', 'Council', 'CEPOL'),
      row('On:', '18 and 19 November 2025'),
      row('To:', 'Delegations', 'EUROJUST'),
      row('Subject:', 'Outcome of Proceedings of the', 'FRONTEX'),
      row('', 'Standing Committee (COSI)'),
      '1.     Adoption of the agenda The agenda as set out in CM 5119/25 was adopted, and the Committee took note of the state of play of the work.',
    ].join(' ');
    const read = texts(flatLayoutCodes(lines(page, '', 'The next page.')));
    // the code beside the kind line, above the labels, stays where the header's head reads it
    expect(read.slice(0, 5)).toEqual([
      `${''.padEnd(56)}Brussels, 25 November 2025${''.padEnd(57)}15912/25 OUTCOME OF PROCEEDINGS${''.padEnd(34)}COSI 237`,
      'JAI 1769',
      'CEPOL',
      'EUROJUST',
      'FRONTEX',
    ]);
    expect(read[5]?.replace(/ +/g, ' ')).toBe(
      'From: General Secretariat of the Council On: 18 and 19 November 2025 To: Delegations Subject: Outcome of Proceedings of the Standing Committee (COSI) 1. Adoption of the agenda The agenda as set out in CM 5119/25 was adopted, and the Committee took note of the state of play of the work.',
    );
    expect(read.slice(6)).toEqual(['', 'The next page.']);
  });

  it('leaves a page as printed, a short line, a page without labels, and a single code after a gap (a table’s cell may be one)', () => {
    const printed = lines('Brussels, 25 November 2025', row('From:', 'Presidency', 'JAI 1769'), row('To:', 'Delegations', 'COSI 237'));
    expect(flatLayoutCodes(printed)).toEqual(printed);
    const noLabels = lines(`${'The Committee took note of the report.   JAI 1769   COSI 237 '.repeat(5)}`);
    expect(flatLayoutCodes(noLabels)).toEqual(noLabels);
    const oneCode = lines(`${row('From:', 'Presidency')} ${row('To:', 'Delegations', 'COSI 237')} ${'The Committee took note of the report. '.repeat(6)}`);
    expect(flatLayoutCodes(oneCode)).toEqual(oneCode);
  });

  it('takes no capitals the vocabulary does not print bare, no register-form reference, and no code far below the header', () => {
    const page = [
      row('From:', 'Presidency', 'JAI 1769'),
      row('To:', 'Delegations', 'COSI 237'),
      row('Prev. doc.:', 'ST 9876 2025 INIT'),
      row('Subject:', 'Report', 'NATO'),
      `${'The Committee took note of the report. '.repeat(8)}   CYBER 54 and more text.`,
    ].join(' ');
    const read = texts(flatLayoutCodes(lines(page)));
    expect(read.slice(0, 2)).toEqual(['JAI 1769', 'COSI 237']);
    expect(read[2]).toContain('ST 9876 2025 INIT');
    expect(read[2]).toContain('Report                              NATO');
    expect(read[2]).toContain('   CYBER 54 and more text.');
  });
});
