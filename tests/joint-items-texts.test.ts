import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * Items a meeting took together, as an outcome prints them (`4. and 5. Title`, `4.-5. Title`, `4. und 5. Titel`): the
 * LibreOffice-made outcomes of tests/fixtures/council-pdf-lo, item 4's number printed as two and the later items
 * numbered one on, in both `pdftotext` renderings and flattened to one line per page. The item is one, headed by both
 * numbers as printed, its title, text and decisions its own; the items after it keep their numbers.
 */
const CASES = [
  { folder: 'outcome-joint-two-days', joint: ['4. and 5.', '4.-5.', '4. & 5.'] },
  { folder: 'outcome-joint-two-days-de', joint: ['4. und 5.', '4. – 5.'] },
] as const;

const RENDERINGS = ['pdftotext-layout.txt', 'pdftotext.txt'] as const;

/** The rendering with item 4 printed as taken together with 5 (`joint`), and items 5 to 8 numbered 6 to 9. */
function withJointItem(text: string, joint: string): string {
  return text.replace(/^([ \t]*)([4-8])\.(?=[ \t]|$)/gm, (_, indent: string, number: string) =>
    number === '4' ? `${indent}${joint}` : `${indent}${Number(number) + 1}.`,
  );
}

describe('items taken together in a Council-made outcome', () => {
  for (const { folder, joint: forms } of CASES) {
    const expected = JSON.parse(readFileSync(`tests/fixtures/council-pdf-lo/${folder}/expected.json`, 'utf8')) as {
      items: { number: string | null; title: string }[];
    };
    for (const rendering of RENDERINGS) {
      const source = readFileSync(`tests/fixtures/council-pdf-lo/${folder}/${rendering}`, 'utf8');
      for (const joint of forms) {
        for (const [shape, text] of [
          ['as printed', withJointItem(source, joint)],
          ['flattened', flattenedPages(withJointItem(source, joint))],
        ] as const) {
          it(`reads ${folder}/${rendering} ${shape} with item 4 printed \`${joint}\` as one item with both numbers`, () => {
            const record = expectOk(parseDocument(text, `${folder}.txt`));
            const numbers = expected.items.map(({ number }) => (number === null || Number(number) < 5 ? number : String(Number(number) + 1)));
            expect(record.items.map((item) => item.number)).toEqual(numbers);
            const item = record.items[3];
            expect(item?.printedNumber).toBe(joint);
            expect(item?.title).toBe(expected.items[3]?.title);
            expect(item?.decisions.length).toBeGreaterThan(0);
          });
        }
      }
    }
  }
});
