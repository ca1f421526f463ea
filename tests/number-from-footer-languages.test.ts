import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The outcome of tests/fixtures/outcome-languages/outcomes.json (14470/25) in each of the 24 versions and each shape
 * its text reaches the ingest in, its header's number missing or damaged (a copy that lost it, a misread `1447O/25`,
 * the first figures dropped, `/25`) while its page footer still prints it (`14470/25 TR/kl 1 …`): the document is read
 * under the footer's number, with a warning saying so, its damaged printing kept among the other header lines, its
 * text read as with the number.
 */
const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe('a header whose number cannot be read takes the number its page footer prints, in each official language and shape', () => {
  for (const [language, outcome] of Object.entries(outcomes))
    it(`${language}: no number, 1447O/25, /25`, () => {
      for (const shape of SHAPES)
        for (const damaged of ['', '1447O/25', '/25']) {
          const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [] }).replace('14470/25', damaged), `footer-${language}.txt`));
          const warned = record.warnings.filter((warning) => warning.message.startsWith('no document number read in the header'));
          expect({ shape, damaged, number: record.number, date: record.date, kind: record.kind, subject: record.subject, warned: warned.length }).toEqual({
            shape,
            damaged,
            number: '14470/25',
            date: '2025-11-25',
            kind: 'outcome-of-proceedings',
            subject: outcome.subject,
            warned: 1,
          });
          expect(warned[0]?.message).toContain('"14470/25 TR/kl"');
          expect(record.otherHeaderLines.filter((line) => /\/25/.test(line))).toEqual(damaged === '' ? [] : [damaged]);
          expect(record.items.map((item) => item.title)).toEqual(outcome.items);
          expect(record.items.map((item) => blocksPlain(item.text)).join('\n')).not.toMatch(/TR\/kl/);
        }
    });

  it('reads a date whose year has two figures (`25.11.25`, `25/11/25`, `25-11-25`) with the year of the number the footer prints', () => {
    for (const [language, outcome] of Object.entries(outcomes)) {
      const place = outcome.placeDate.replace(/[\s,]*(?:(?:den|le)\s+)?\d.*$/u, '');
      for (const shape of SHAPES)
        for (const day of ['25.11.25', '25/11/25', '25-11-25']) {
          const page = outcomePage({ ...outcome, placeDate: `${place}, ${day}` }, language, shape, { foot: [] });
          const read = (text: string) => {
            const record = expectOk(parseDocument(text, `footer-${language}.txt`));
            return {
              number: record.number,
              date: record.date,
              printed: record.printed?.placeAndDate,
              undated: record.warnings.some((warning) => warning.message.startsWith('no date read')),
            };
          };
          const numbered = { language, shape, day, ...read(page.replace('14470/25', '')) };
          expect(numbered).toEqual({ language, shape, day, number: '14470/25', date: '2025-11-25', printed: `${place}, ${day}`, undated: false });
          // a footer whose number carries another year confirms no year of two figures
          const other = { language, shape, day, ...read(page.replace('14470/25', '').replaceAll('14470/25', '14470/24')) };
          expect(other).toMatchObject({ language, shape, day, number: '14470/24', date: null, undated: true });
        }
    }
  });

  it('takes no number from a sentence: a number and a pair of words apart by a slash is no footer', () => {
    const english = outcomes['en'];
    if (english === undefined) throw new Error('the fixture has no English outcome');
    const text = outcomePage(english, 'en', 'labelled rows', {
      foot: [],
      sentences: ['See 13802/25 EU/Schengen rules.', 'See 9001/25 Europol/eu-LISA.', 'None.'],
    }).replaceAll('14470/25', '');
    // filed under its source's name (tests/unnumbered-languages.test.ts), never under 13802/25 or 9001/25
    expect(expectOk(parseDocument(text, 'sentence.txt')).number).toBe('Unnumbered (sentence.txt)');
  });
});
