import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The outcome of tests/fixtures/outcome-languages/outcomes.json (14470/25) numbered in another series of the register,
 * as a meeting room document prints its number in the header and in its footer (`SN 2345/25`), in each of the 24
 * versions and each shape its text reaches the ingest in: the number keeps its series (its own id, slug and register
 * address, never the main series' `2345/25`), and neither printing of it is left as text.
 */
const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe('a meeting room document (SN) keeps its series, in each official language and shape', () => {
  for (const [language, outcome] of Object.entries(outcomes))
    it(`${language}: SN 2345/25`, () => {
      for (const shape of SHAPES) {
        const text = outcomePage(outcome, language, shape, { foot: [] }).replaceAll('14470/25', 'SN 2345/25');
        const record = expectOk(parseDocument(text, `sn-${language}.txt`));
        const ids = record.references.map((reference) => reference.id);
        expect({ shape, number: record.number, date: record.date, kind: record.kind }).toEqual({
          shape,
          number: 'SN 2345/25',
          date: '2025-11-25',
          kind: 'outcome-of-proceedings',
        });
        expect(
          record.otherHeaderLines.filter((line) => /\bSN\b|2345/.test(line)),
          shape,
        ).toEqual([]);
        expect(
          ids.filter((id) => id.includes('2345')),
          shape,
        ).toEqual([]);
        const body = record.items.map((item) => blocksPlain(item.text)).join('\n');
        expect(body, shape).not.toMatch(/SN 2345|TR\/kl/);
      }
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
});
