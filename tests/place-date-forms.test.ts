import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The place and date line of the 24 versions of one outcome (tests/fixtures/outcome-languages/outcomes.json, 14470/25
 * of 25 November 2025) with its date printed in figures, as some versions and older documents print it: day first with
 * dots or slashes, its month in Roman figures, or year first with hyphens; in every shape its text reaches the ingest in.
 * The place stays as the version prints it (`Bruxelles, le`, `Brüssel, den`, the Swedish `Bryssel den` and the Czech
 * `Brusel` without a comma).
 */
const FORMS = ['25/11/2025', '25.11.2025', '25. 11. 2025', '25.XI.2025', '25-XI-2025', '2025-11-25'];
const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe('a place and date line with its date in figures, in each official language and shape', () => {
  for (const [language, outcome] of Object.entries(outcomes)) {
    // the place and what joins it to the date, as the version prints them: everything before the first figure
    const place = /^\D*/u.exec(outcome.placeDate)?.[0] ?? '';
    for (const form of FORMS)
      it(`${language}: ${place}${form}`, () => {
        for (const shape of SHAPES) {
          const text = outcomePage({ ...outcome, placeDate: `${place}${form}` }, language, shape, { foot: [] });
          const record = expectOk(parseDocument(text, `outcome-${language}.txt`));
          expect({ shape, number: record.number, date: record.date, place: record.place, kind: record.kind }).toEqual({
            shape,
            number: '14470/25',
            date: '2025-11-25',
            place: place.replace(/,?[ \t]*(?:le|den)?[ \t]*$/u, ''),
            kind: 'outcome-of-proceedings',
          });
        }
      });
  }

  it('reads the older Czech and Slovak place and date, `V Bruselu dne …` and `V Bruseli …`, in every shape', () => {
    const older: [string, string][] = [
      ['cs', 'V Bruselu dne 25. listopadu 2025'],
      ['cs', 'V Bruselu 25. listopadu 2025'],
      ['sk', 'V Bruseli 25. novembra 2025'],
      ['sk', 'V Bruseli dňa 25. novembra 2025'],
    ];
    for (const [language, placeDate] of older) {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(`the fixture has no ${language} outcome`);
      for (const shape of SHAPES) {
        const record = expectOk(parseDocument(outcomePage({ ...outcome, placeDate }, language, shape, { foot: [] }), `older-${language}.txt`));
        expect({ placeDate, shape, date: record.date, place: record.place, language: record.language }).toEqual({
          placeDate,
          shape,
          date: '2025-11-25',
          place: placeDate.startsWith('V Bruselu') ? 'V Bruselu' : 'V Bruseli',
          language,
        });
      }
    }
  });

  it('reads a day with its English ordinal suffix (`25th November 2025`) and refuses a year of two figures', () => {
    const english = outcomes['en'];
    if (english === undefined) throw new Error('the fixture has no English outcome');
    const ordinal = expectOk(parseDocument(outcomePage({ ...english, placeDate: 'Brussels, 25th November 2025' }, 'en', 'layout', { foot: [] }), 'a.txt'));
    expect(ordinal.date).toBe('2025-11-25');
    // `25/11/25` names no year the reader can be sure of: no date is read from it
    expect(parseDocument(outcomePage({ ...english, placeDate: 'Brussels, 25/11/25' }, 'en', 'layout', { foot: [] }), 'b.txt').status).toBe('error');
  });
});
