import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import { withoutOpeningHeader } from '../../../../../scripts/ingest/parse/furniture/running-headers.ts';

const LIMITE = new Set(['LIMITE']);
const RESTRICTED = new Set(['RESTREINT UE/EU RESTRICTED']);

describe('withoutOpeningHeader', () => {
  it('takes the number and marking off a page run into one line, keeping the paragraph number plain pdftotext printed between them', () => {
    expect(withoutOpeningHeader('16230/25 4. LIMITE The joint action days organised under EMPACT …', LIMITE)).toBe(
      '4. The joint action days organised under EMPACT …',
    );
    expect(withoutOpeningHeader('16230/25 4.2. LIMITE Les journées d’action communes …', LIMITE)).toBe('4.2. Les journées d’action communes …');
    expect(withoutOpeningHeader('8795/25 RESTREINT UE/EU RESTRICTED 5. Frontex weist darauf hin …', RESTRICTED)).toBe('5. Frontex weist darauf hin …');
    expect(withoutOpeningHeader('16230/25 LIMITE ANNEXE Mesures de protection des plateformes', LIMITE)).toBe('ANNEXE Mesures de protection des plateformes');
    expect(withoutOpeningHeader('RESTREINT UE/EU RESTRICTED 3. Die Mitgliedstaaten …', RESTRICTED)).toBe('3. Die Mitgliedstaaten …');
  });

  it('leaves a page that opens with a document number in its text, or with a marking the first page does not print', () => {
    expect(withoutOpeningHeader('16230/25 sets out the measures …', LIMITE)).toBe('16230/25 sets out the measures …');
    expect(withoutOpeningHeader('16230/25 4. LIMITE The joint …', RESTRICTED)).toBe('16230/25 4. LIMITE The joint …');
    expect(withoutOpeningHeader('16230/25 LIMITE', LIMITE)).toBe('16230/25 LIMITE');
  });
});

describe('a running header at the top of a later page', () => {
  it('is furniture in a plain pdftotext page run into one line, the paragraph number printed inside it kept', () => {
    const first =
      'Council of the European Union Brussels, 3 December 2025 (OR. en) 16230/25 LIMITE COSI 221 NOTE From: Presidency To: COSI Subject: Ports 1. The threat assessment shows that criminal networks use the ports. 16230/25 JAI.1 JV/mk LIMITE 1 EN';
    const second =
      '16230/25 4. LIMITE The joint action days led to the seizure of 70 tonnes of cocaine. 5. The Presidency invites COSI to take note. 16230/25 JAI.1 JV/mk LIMITE 2 EN';
    const lines = normalise(`${first}\n\n${second}`).map((entry) => entry.text);
    // each page ends in its footer: the pages are run into one line, and the second is cut at its paragraphs
    expect(lines.slice(-3)).toEqual([
      '4. The joint action days led to the seizure of 70 tonnes of cocaine.',
      '',
      '5. The Presidency invites COSI to take note.',
    ]);
  });
});

describe('the header’s number under a first page’s footer printed at its top', () => {
  it('stays, as a press release prints its banner and footer over its header; a later page’s running header goes', () => {
    const page = [
      'P R E S S E',
      'Rue de la Loi 175 B – 1048 BRUXELLES',
      '7420/19 1',
      'FR',
      'Conseil de l’Union européenne',
      'FR',
      '7420/19',
      '(OR. en)',
      'PRESSE 14 PR CO 14',
      'RÉSULTATS DE LA SESSION DU CONSEIL',
      'Les ministres ont fait le point sur la coopération opérationnelle.',
      '7420/19 2',
      'FR',
      '7420/19',
      'Les ministres ont débattu de la migration.',
    ];
    const lines = normalise(page.join('\n')).map((entry) => entry.text);
    expect(lines.filter((text) => text === '7420/19')).toHaveLength(1);
    expect(lines).toContain('PRESSE 14 PR CO 14');
  });

  it('stays where a press release’s codes follow it (`PRESSE 161` / `PR CO 37`: no footer’s directorate, initials, language and page)', () => {
    const page = ['COUNCIL OF', 'THE EUROPEAN UNION', 'EN', '11008/11', 'PRESSE 161', 'PR CO 37', 'PRESS RELEASE', '3096th Council meeting'];
    expect(normalise(page.join('\n')).map((entry) => entry.text)).toEqual(expect.arrayContaining(['11008/11', 'PRESSE 161', 'PR CO 37']));
  });
});
