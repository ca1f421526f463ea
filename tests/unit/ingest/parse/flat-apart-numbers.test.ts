import { describe, expect, it } from 'vitest';
import { apartNumbersRestacked } from '../../../../scripts/ingest/parse/flat-apart-numbers.ts';

describe('apartNumbersRestacked: footnote numbers printed apart on a page run into one line', () => {
  it('sets each number of the run back before its text, abbreviations kept in their sentence', () => {
    expect(apartNumbersRestacked('… du 17 février 2026. 1 2 COM(2020) 605 final. Doc. 5512/26. ')).toBe(
      '… du 17 février 2026. 1 COM(2020) 605 final. 2 Doc. 5512/26. ',
    );
    expect(apartNumbersRestacked('… zur Kenntnis genommen. 3 4 5 Dok. 5512/26. Dok. WK 2345/2026. Siehe Anlage. ')).toBe(
      '… zur Kenntnis genommen. 3 Dok. 5512/26. 4 Dok. WK 2345/2026. 5 Siehe Anlage. ',
    );
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
});
