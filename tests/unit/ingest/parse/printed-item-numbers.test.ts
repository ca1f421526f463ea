import { describe, expect, it } from 'vitest';
import { toContentFiles } from '../../../../scripts/ingest/entries/to-markdown.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { printedItemNumber } from '../../../../src/shared/heading-text.ts';
import { OUTCOME_HEADER_15990 } from '../../../support/outcome-header.ts';

/** An outcome whose items the version numbers with a word (`Item 1:`) or a bracket (`1)`). */
function outcome(numbers: readonly [string, string]): string {
  return `${OUTCOME_HEADER_15990}
${numbers[0]} Adoption of the agenda
The agenda was adopted as set out in CM 4578/25.
${numbers[1]} Counter-terrorism
COSI took note of the state of play.
15990/25 AB/cd 1
JAI.1 LIMITE EN
`;
}

describe("an item's number printed with its word or bracket", () => {
  it('is kept as printed and the page prints it so, the word and its colon or bracket not lost', () => {
    for (const [numbers, headings] of [
      [
        ['Item 1:', 'Item 2:'],
        ['Item 1: Adoption of the agenda', 'Item 2: Counter-terrorism'],
      ],
      [
        ['Punkt 1:', 'Punkt 2:'],
        ['Punkt 1: Adoption of the agenda', 'Punkt 2: Counter-terrorism'],
      ],
      [
        ['1)', '2)'],
        ['1) Adoption of the agenda', '2) Counter-terrorism'],
      ],
    ] as const) {
      const record = parseDocument(outcome(numbers), 'outcome.txt');
      if (record.status !== 'ok') throw new Error(record.error.message);
      expect(record.items.map((item) => [item.number, item.printedNumber, item.title])).toEqual([
        ['1', numbers[0], 'Adoption of the agenda'],
        ['2', numbers[1], 'Counter-terrorism'],
      ]);
      const body = toContentFiles([record]).get('texts/15990-25.md') ?? '';
      for (const heading of headings) expect(body).toContain(`${heading} {#item-`);
    }
  });

  it('is not set where the agenda numbers its items `1.`', () => {
    const record = parseDocument(outcome(['1.', '2.']), 'outcome.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect(record.items.map((item) => item.printedNumber)).toEqual([undefined, undefined]);
    expect(toContentFiles([record]).get('texts/15990-25.md')).toContain('1. Adoption of the agenda {#item-1}');
  });

  it("is the number the meeting page's item entries carry, and the number they head the item with", () => {
    const record = parseDocument(outcome(['Item 1:', 'Items 2 and 3:']), 'outcome.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    const entries = JSON.parse(toContentFiles([record]).get('items/items-1.json') ?? '{}') as Record<
      string,
      { data: { number: string | null; printedNumber?: string } }
    >;
    const items = Object.values(entries).map(({ data }) => data);
    expect(items.map((item) => [item.number, item.printedNumber])).toEqual([
      ['1', 'Item 1:'],
      ['2', 'Items 2 and 3:'],
    ]);
    expect(items.map((item) => printedItemNumber(item))).toEqual(['Item 1:', 'Items 2 and 3:']);
    expect(printedItemNumber({ number: '6.1' })).toBe('6.1.');
    expect(printedItemNumber({ number: null })).toBe('');
  });
});
