import { describe, expect, it } from 'vitest';
import { apartNumbersRestacked } from '../../../../../scripts/ingest/parse/footnotes/flat-apart-numbers.ts';

describe('apartNumbersRestacked: footnote numbers printed apart on a page run into one line', () => {
  it('sets each number of the run back before its text, abbreviations kept in their sentence', () => {
    expect(apartNumbersRestacked('… du 17 février 2026. 1 2 COM(2020) 605 final. Doc. 5512/26. ')).toBe(
      '… du 17 février 2026. 1 COM(2020) 605 final. 2 Doc. 5512/26. ',
    );
    expect(apartNumbersRestacked('… zur Kenntnis genommen. 3 4 5 Dok. 5512/26. Dok. WK 2345/2026. Siehe Anlage. ')).toBe(
      '… zur Kenntnis genommen. 3 Dok. 5512/26. 4 Dok. WK 2345/2026. 5 Siehe Anlage. ',
    );
  });

  it('sets each number back before a document’s number its footnote cites alone, without a full stop (`1 2 10854/15 9798/15`)', () => {
    expect(apartNumbersRestacked('… is indicated. 1 2 10854/15 9798/15 ')).toBe('… is indicated. 1 10854/15 2      9798/15 ');
    expect(apartNumbersRestacked('… is indicated. 1 2 10854/15 9798/15 ADD 1 ')).toBe('… is indicated. 1 10854/15 2      9798/15 ADD 1 ');
    // words between the numbers make one footnote's text: the run stays as printed
    expect(apartNumbersRestacked('… is indicated. 1 2 10854/15 as revised 9798/15 ')).toBe('… is indicated. 1 2 10854/15 as revised 9798/15 ');
  });

  it('leaves the text where the foot holds more or fewer sentences than numbers, or the numbers are out of sequence', () => {
    for (const text of [
      '… 2026. 1 2 COM(2020) 605 final. See also the annex. Doc. 5512/26. ',
      '… 2026. 1 2 COM(2020) 605 final. ',
      '… 2026. 1 3 COM(2020) 605 final. Doc. 5512/26. ',
      '… 2026. 12 Member States replied. ',
    ]) {
      expect(apartNumbersRestacked(text)).toBe(text);
    }
  });

  it('sets back a run after the word the page break cut, the first footnote apart by -layout’s gap, and a run glued to a word whose hyphen pdftotext dropped', () => {
    expect(apartNumbersRestacked('… torture or other 4 5 10583/24. Regulation (EU) 2024/1689 of 13 June 2024. ')).toBe(
      '… torture or other 4      10583/24. 5 Regulation (EU) 2024/1689 of 13 June 2024. ',
    );
    expect(apartNumbersRestacked('… la lutte contre la criminalité organisée, 11 12 14114/23. Doc. 11153/24. ')).toBe(
      '… la lutte contre la criminalité organisée, 11      14114/23. 12 Doc. 11153/24. ',
    );
    expect(apartNumbersRestacked('… and on working proced1 2 3 16515/09. 10010/20. 13575/23. ')).toBe(
      '… and on working proced- 1      16515/09. 2 10010/20. 3 13575/23. ',
    );
    expect(apartNumbersRestacked('… (eu-LISA).42 40 41 9549/24. Dok. 1234/24. ')).toBe('… (eu-LISA).42 40 9549/24. 41 Dok. 1234/24. ');
  });

  it('sets back a number alone only where it is the one the page’s footnotes go on from', () => {
    const text = '… der Mitgliedstaaten der Europäischen Union 36 EU Innovation Hub (2024), Erster Bericht, Luxemburg. ';
    expect(apartNumbersRestacked(text, 36)).toBe('… der Mitgliedstaaten der Europäischen Union 36      EU Innovation Hub (2024), Erster Bericht, Luxemburg. ');
    expect(apartNumbersRestacked(text, 35)).toBe(text);
    expect(apartNumbersRestacked(text)).toBe(text);
  });

  it('pairs a footnote of two sentences where as many sentences as numbers open with a document’s number or an address', () => {
    expect(apartNumbersRestacked('… trafficking. 9 10 16754/24. 8665/21. The ten (10) EU crime priorities are listed. ')).toBe(
      '… trafficking. 9 16754/24. 10 8665/21. The ten (10) EU crime priorities are listed. ',
    );
    // Two numbers, three sentences, one opening with a document's number: uncertain.
    const uncertain = '… trafficking. 9 10 16754/24. See the annex. The ten (10) EU crime priorities are listed. ';
    expect(apartNumbersRestacked(uncertain)).toBe(uncertain);
  });

  it('reads each address a footnote gives as a text of its own, its wrapped rests with it', () => {
    expect(
      apartNumbersRestacked(
        '… criminal networks. 12 13 14 https://www.europol.europa.eu/main-reports/ decoding-eus-most-threatening-criminal-networks 11153/24. https://www.europol.europa.eu/leveraging-legitimacy-how-eu %E2%80%99s-most-threatening ',
      ),
    ).toBe(
      '… criminal networks. 12 https://www.europol.europa.eu/main-reports/ decoding-eus-most-threatening-criminal-networks 13      11153/24. 14 https://www.europol.europa.eu/leveraging-legitimacy-how-eu %E2%80%99s-most-threatening ',
    );
  });
});
