import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The outcome of tests/fixtures/outcome-languages/outcomes.json (14470/25) in each of the 24 versions, without its
 * opening sentence and with no blank line between the subject and the first item, as a copy without blank lines prints
 * it, its items numbered as the version numbers them with a word (`Item 1:`, `Point 1 :`, `Punkt 1:`, `1. napirendi
 * pont:`) or a bracket (`1)`), or with a dot (`1.`) right after the subject on a page run into one line: the subject
 * ends where the first item begins (the meeting's days it ends on whole, `18 и 19 ноември 2025 г.`, `18. a 19.
 * listopadu 2025`, `tat-18 u d-19 ta' Novembru 2025`), and the three items are read.
 */
const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

/** The page run into one line, as a copy that lost its line breaks prints it. */
function flattened(text: string): string {
  return `${text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.trim())
    .join(' ')}\n`;
}

/** The page with its items numbered by `number` and the first right under the subject. */
function itemUnderSubject(text: string, number: (n: number) => string): string {
  let page = text.replace(/\n(?:[ \t]*\n)+(?=1\.[ \t])/, '\n');
  for (const n of [1, 2, 3]) page = page.replace(new RegExp(`^${n}\\.[ \\t]+`, 'm'), `${number(n)} `);
  return page;
}

describe('an item printed right under the subject, numbered with a word or a bracket, in each official language and shape', () => {
  for (const [language, outcome] of Object.entries(outcomes))
    it(`${language}: ${outcome.itemNumber.replace('{n}', '1')}, 1) and, flattened, 1.`, () => {
      const numbers = [(n: number) => outcome.itemNumber.replace('{n}', String(n)), (n: number) => `${n})`];
      for (const shape of SHAPES)
        for (const number of shape === 'flattened' ? [...numbers, (n: number) => `${n}.`] : numbers) {
          const lines = itemUnderSubject(outcomePage(outcome, language, shape === 'flattened' ? 'labelled rows' : shape, { opening: '', foot: [] }), number);
          expect(lines, 'the first item stands right under the subject').toContain(`${outcome.subject}\n${number(1)} ${outcome.items[0] ?? ''}`);
          const text = shape === 'flattened' ? flattened(lines) : lines;
          const record = expectOk(parseDocument(text, `item-under-subject-${language}.txt`));
          expect({ shape, printed: number(1), subject: record.subject, items: record.items.map((item) => [item.number, item.title]) }).toEqual({
            shape,
            printed: number(1),
            subject: outcome.subject,
            items: outcome.items.map((title, index) => [String(index + 1), title]),
          });
        }
    });
});
