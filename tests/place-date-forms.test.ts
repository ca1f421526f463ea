import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The place and date line of the 24 versions of one outcome (tests/fixtures/outcome-languages/outcomes.json, 14470/25
 * of 25 November 2025) with its date printed in figures, as some versions and older documents print it: day first with
 * dots or slashes, its month in Roman figures, or year first with hyphens; month first where the day cannot be a month
 * (`11/25/2025`, a copy made with an American setting); a year of two figures, which the number's `/25` confirms; in
 * every shape its text reaches the ingest in.
 * The place stays as the version prints it (`Bruxelles, le`, `Brüssel, den`, the Swedish `Bryssel den` and the Czech
 * `Brusel` without a comma).
 */
const FORMS = [
  '25/11/2025',
  '25.11.2025',
  '25. 11. 2025',
  '25.XI.2025',
  '25-XI-2025',
  '2025-11-25',
  '11/25/2025',
  '11-25-2025',
  '25.11.25',
  '25. 11. 25',
  '25/11/25',
  '25-11-25',
  '11/25/25',
];
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

  it('reads a day with its English ordinal suffix (`25th November 2025`)', () => {
    const english = outcomes['en'];
    if (english === undefined) throw new Error('the fixture has no English outcome');
    const ordinal = expectOk(parseDocument(outcomePage({ ...english, placeDate: 'Brussels, 25th November 2025' }, 'en', 'layout', { foot: [] }), 'a.txt'));
    expect(ordinal.date).toBe('2025-11-25');
  });
});

/**
 * The place and date line of a document dated over two days, as each version prints it (written by hand after the
 * version's one-day line and the way its outcomes join two days): the first day is the document's date, and the whole
 * line is its place and date as printed, nothing of it left among the other header lines.
 */
const TWO_DAYS: Readonly<Record<string, string>> = {
  bg: 'Брюксел, 24 и 25 ноември 2025 г.',
  cs: 'Brusel 24. a 25. listopadu 2025',
  da: 'Bruxelles, den 24. og 25. november 2025',
  de: 'Brüssel, den 24. und 25. November 2025',
  el: 'Βρυξέλλες, 24 και 25 Νοεμβρίου 2025',
  en: 'Brussels, 24 and 25 November 2025',
  es: 'Bruselas, 24 y 25 de noviembre de 2025',
  et: 'Brüssel, 24. ja 25. november 2025',
  fi: 'Bryssel, 24. ja 25. marraskuuta 2025',
  fr: 'Bruxelles, les 24 et 25 novembre 2025',
  ga: 'An Bhruiséil, 24 agus 25 Samhain 2025',
  hr: 'Bruxelles, 24. i 25. studenoga 2025.',
  hu: 'Brüsszel, 2025. november 24–25.',
  it: 'Bruxelles, 24 e 25 novembre 2025',
  lt: 'Briuselis, 2025 m. lapkričio 24 ir 25 d.',
  lv: 'Briselē, 2025. gada 24. un 25. novembrī',
  mt: "Brussell, 24 u 25 ta' Novembru 2025",
  nl: 'Brussel, 24 en 25 november 2025',
  pl: 'Bruksela, 24 i 25 listopada 2025 r.',
  pt: 'Bruxelas, 24 e 25 de novembro de 2025',
  ro: 'Bruxelles, 24 și 25 noiembrie 2025',
  sk: 'Brusel 24. a 25. novembra 2025',
  sl: 'Bruselj, 24. in 25. november 2025',
  sv: 'Bryssel den 24 och 25 november 2025',
};

describe('a place and date line over two days, in each official language and shape', () => {
  for (const [language, outcome] of Object.entries(outcomes)) {
    const twoDays = TWO_DAYS[language] ?? '';
    // the same days joined by a dash, as a version may print them too (`24-25 November 2025`, `2025. november 24–25.`)
    const dashed = twoDays.replace(/(?<!\d)(\d{1,2})\.?[ \t]+\S+[ \t]+(\d{1,2})(?!\d)/u, '$1-$2');
    it(`${language}: ${twoDays} and ${dashed}`, () => {
      expect(twoDays).not.toBe('');
      for (const placeDate of [twoDays, dashed])
        for (const shape of SHAPES) {
          const record = expectOk(parseDocument(outcomePage({ ...outcome, placeDate }, language, shape, { foot: [] }), `two-days-${language}.txt`));
          expect({ placeDate, shape, date: record.date, printed: record.printed?.placeAndDate, language: record.language }).toEqual({
            placeDate,
            shape,
            date: '2025-11-24',
            printed: placeDate,
            language,
          });
          expect(record.otherHeaderLines.filter((line) => /\d/.test(line) && !/14470|COSI|ENFOPOL|JAI/.test(line))).toEqual([]);
        }
    });
  }
});

describe('a place and date line printed without its comma, in each official language and shape', () => {
  for (const [language, outcome] of Object.entries(outcomes)) {
    // `Brussels 25 November 2025`, `Bruxelles le 25 novembre 2025`, `Bruselas 25 de noviembre de 2025`: a copy that lost the comma
    const placeDate = outcome.placeDate.replace(/,/u, '');
    it(`${language}: ${placeDate}`, () => {
      for (const shape of SHAPES) {
        const record = expectOk(parseDocument(outcomePage({ ...outcome, placeDate }, language, shape, { foot: [] }), `no-comma-${language}.txt`));
        expect({ shape, date: record.date, printed: record.printed?.placeAndDate, language: record.language }).toEqual({
          shape,
          date: '2025-11-25',
          printed: placeDate,
          language,
        });
      }
    });
  }
});

describe('a date printed otherwise than the Council prints it, in every shape', () => {
  const english = outcomes['en'];
  /** Each form, and the place it gives (null where the line prints none). */
  const forms: [string, string | null][] = [
    ['Brussels, 25 November, 2025', 'Brussels'],
    ['Brussels, November 25, 2025', 'Brussels'],
    ['Brussels, Nov. 25, 2025', 'Brussels'],
    ['Brussels, November 25th, 2025', 'Brussels'],
    ['Brussels, Tuesday, November 25, 2025', 'Brussels'],
    ['Brussels, Tuesday, 25 November 2025', 'Brussels'],
    ['Brussels, the 25th of November 2025', 'Brussels'],
    ['Brussels, 25 NOVEMBER 2025', 'Brussels'],
    ['Brussels, 25-11-2025', 'Brussels'],
    ['Luxembourg, 25-11-2025', 'Luxembourg'],
    ['25 November 2025', null],
    ['Tuesday, 25 November 2025', null],
    ['25.11.2025', null],
  ];
  for (const [placeDate, place] of forms)
    it(`reads ${placeDate}`, () => {
      if (english === undefined) throw new Error('the fixture has no English outcome');
      for (const shape of SHAPES) {
        const record = expectOk(parseDocument(outcomePage({ ...english, placeDate }, 'en', shape, { foot: [] }), 'other-form.txt'));
        expect({ shape, date: record.date, place: record.place, printed: record.printed?.placeAndDate }).toEqual({
          shape,
          date: '2025-11-25',
          place,
          printed: placeDate,
        });
        expect(record.otherHeaderLines.filter((line) => /25|Tuesday/.test(line))).toEqual([]);
      }
    });

  it('leaves undated a date that names no day, no day it can be sure of or a year of two figures its number does not confirm', () => {
    if (english === undefined) throw new Error('the fixture has no English outcome');
    // the number is 14470/25: `25/11/24` could be 25 November 2024 or 24 November 2025, `03/03/26` of any century, `13/25/2025` no day
    const undated = ['Brussels, November 2025', 'Brussels, 25/11/24', 'Brussels, 25.11.24', 'Brussels, 03/03/26', 'Brussels, 25-11-99', 'Brussels, 13/25/2025'];
    for (const placeDate of undated)
      for (const shape of SHAPES) {
        const record = expectOk(parseDocument(outcomePage({ ...english, placeDate }, 'en', shape, { foot: [] }), 'undated.txt'));
        expect({ placeDate, shape, date: record.date }).toEqual({ placeDate, shape, date: null });
        expect(record.warnings.some((warning) => warning.message.startsWith('no date read in the header'))).toBe(true);
      }
  });
});
