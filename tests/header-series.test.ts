import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { findReferences, registerLocation } from '../src/shared/references.ts';
import { documentSlug } from '../src/shared/slug.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The outcome of tests/fixtures/outcome-languages/outcomes.json (14470/25) numbered in another series of the register,
 * as a document of that series prints its number in the header and in its footer: a meeting room document (`SN
 * 2345/25`), an Article 50 document (`XT 20001/25`), a delegations' document (`DS 1234/25`), a text agreed with the
 * Parliament (`PE-CONS 12/25`), in each of the 24 versions and each shape its text reaches the ingest in: the number
 * keeps its series (its own id, slug and register address, never the main series' `2345/25`), and neither printing
 * of it is left as text.
 */
const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

/** Each series' number, and the register address the register gives it (`…/XT-20001-2025-INIT/en/pdf`). */
const SERIES_NUMBERS: readonly (readonly [number: string, register: string])[] = [
  ['SN 2345/25', 'SN-2345-2025-INIT'],
  ['XT 20001/25', 'XT-20001-2025-INIT'],
  ['DS 1234/25', 'DS-1234-2025-INIT'],
  ['PE-CONS 12/25', 'PE-CONS-12-2025-INIT'],
];

describe('a document of another series of the register (SN, XT, DS, PE-CONS) keeps its series, in each official language and shape', () => {
  for (const [language, outcome] of Object.entries(outcomes))
    it(`${language}: ${SERIES_NUMBERS.map(([number]) => number).join(', ')}`, () => {
      for (const [number, register] of SERIES_NUMBERS)
        for (const shape of SHAPES) {
          const [series = '', figures = ''] = number.split(' ');
          const text = outcomePage(outcome, language, shape, { foot: [] }).replaceAll('14470/25', number);
          const record = expectOk(parseDocument(text, `series-${language}.txt`));
          const ids = record.references.map((reference) => reference.id);
          expect({ shape, number: record.number, date: record.date, kind: record.kind, register: registerLocation(record.number)?.url }).toEqual({
            shape,
            number,
            date: '2025-11-25',
            kind: 'outcome-of-proceedings',
            register: `https://data.consilium.europa.eu/doc/document/${register}/en/pdf`,
          });
          expect(documentSlug(record.number)).toBe(number.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
          // the series' name, or its figures read as a number of another series (`12/25`, not `5123/25`)
          const printed = (line: string) => line.includes(series) || new RegExp(`(?<![\\d/])${figures}`).test(line);
          expect(record.otherHeaderLines.filter(printed), `${number} ${shape}`).toEqual([]);
          expect(ids.filter(printed), `${number} ${shape}`).toEqual([]);
          const body = record.items.map((item) => blocksPlain(item.text)).join('\n');
          expect(body, shape).not.toContain(number);
          expect(body, shape).not.toMatch(/TR\/kl/);
        }
    });

  it('links the series cited in a text each to its own register address, never to the main series', () => {
    const cited = findReferences('See XT 21001/19, DS 1234/09, PE-CONS 3612/1/25 REV 1, SN 2345/25 and 21001/19.').map(({ id, url }) => [id, url]);
    expect(cited).toEqual([
      ['XT 21001/19', 'https://data.consilium.europa.eu/doc/document/XT-21001-2019-INIT/en/pdf'],
      ['DS 1234/09', 'https://data.consilium.europa.eu/doc/document/DS-1234-2009-INIT/en/pdf'],
      ['PE-CONS 3612/1/25 REV 1', 'https://data.consilium.europa.eu/doc/document/PE-CONS-3612-2025-REV-1/en/pdf'],
      ['SN 2345/25', 'https://data.consilium.europa.eu/doc/document/SN-2345-2025-INIT/en/pdf'],
      ['21001/19', 'https://data.consilium.europa.eu/doc/document/ST-21001-2019-INIT/en/pdf'],
    ]);
  });

  it('reads `ST 14470/25` as the main series number 14470/25, and `CM 1204/26` with its series', () => {
    const outcome = outcomes['en'];
    if (outcome === undefined) throw new Error('en');
    for (const shape of SHAPES) {
      const st = expectOk(parseDocument(outcomePage(outcome, 'en', shape, { foot: [] }).replace('14470/25', 'ST 14470/25'), 'st.txt'));
      const cm = expectOk(parseDocument(outcomePage(outcome, 'en', shape, { foot: [] }).replaceAll('14470/25', 'CM 1204/26'), 'cm.txt'));
      expect([shape, st.number, cm.number]).toEqual([shape, '14470/25', 'CM 1204/26']);
    }
  });

  it('reads a number printed in the form the register lists it (`ST 14470 2025 INIT`, `ST 14470 2025 REV 1`, `CM 1204 2026 INIT`), its printed form kept', () => {
    const forms: [string, string][] = [
      ['ST 14470 2025 INIT', '14470/25'],
      ['ST 14470 2025 REV 1', '14470/1/25 REV 1'],
      ['CM 1204 2026 INIT', 'CM 1204/26'],
      ['ST 14470 2025 ADD 1', '14470/25 ADD 1'],
    ];
    for (const [language, outcome] of Object.entries(outcomes).filter(([code]) => ['en', 'fr', 'de', 'pl', 'el', 'hu'].includes(code)))
      for (const shape of SHAPES)
        for (const [printed, number] of forms) {
          const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [] }).replace('14470/25', printed), `register-${language}.txt`));
          expect({ language, shape, printed, number: record.number, shown: record.printed?.number }).toEqual({
            language,
            shape,
            printed,
            number,
            shown: printed,
          });
          expect(record.otherHeaderLines.filter((line) => /INIT|2025|2026/.test(line))).toEqual([]);
        }
  });

  it('reads a number a copy printed with a space around its slash (`14470 /25`, `14470/ 25`, `14470 / 25`), its printed form kept, in each language and shape', () => {
    for (const [language, outcome] of Object.entries(outcomes))
      for (const shape of SHAPES)
        for (const printed of ['14470 /25', '14470/ 25', '14470 / 25', '14470/1 /25 REV 1']) {
          const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [] }).replace('14470/25', printed), `spaced-${language}.txt`));
          expect({ language, shape, number: record.number, shown: record.printed?.number }).toEqual({
            language,
            shape,
            number: printed.endsWith('REV 1') ? '14470/1/25 REV 1' : '14470/25',
            shown: printed,
          });
          expect(record.otherHeaderLines.filter((line) => /14470|\/ ?25/.test(line))).toEqual([]);
        }
  });

  it('reads `AMD 1` after the number, on its line or under it, as the number’s version (an amendment) and `9887/25 AMD 1` in a text as that amendment, never a code nor `9887/25`, in each language and shape', () => {
    for (const [language, outcome] of Object.entries(outcomes))
      for (const shape of SHAPES)
        for (const under of shape === 'flattened' ? [false] : [false, true]) {
          const page = outcomePage(outcome, language, shape, { foot: [] })
            .replaceAll('14470/25', '14470/25 AMD 1')
            .replace('14470/1/25 REV 1', '9887/25 AMD 1');
          const text = under ? page.replace(/^( *)14470\/25 AMD 1$/m, '$114470/25\n$1AMD 1') : page;
          const record = expectOk(parseDocument(text, `amendment-${language}.txt`));
          const cited = record.references.filter((reference) => reference.id.startsWith('9887/'));
          expect({ language, shape, under, number: record.number, codes: record.codes, cited }).toEqual({
            language,
            shape,
            under,
            number: '14470/25 AMD 1',
            codes: ['COSI 180'],
            cited: [expect.objectContaining({ id: '9887/25 AMD 1', url: 'https://data.consilium.europa.eu/doc/document/ST-9887-2025-AMD-1/en/pdf' })],
          });
          expect(record.otherHeaderLines.filter((line) => line.includes('AMD'))).toEqual([]);
          expect(registerLocation(record.number)?.url).toBe('https://data.consilium.europa.eu/doc/document/ST-14470-2025-AMD-1/en/pdf');
        }
  });
});
