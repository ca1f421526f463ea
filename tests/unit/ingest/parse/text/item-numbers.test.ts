import { describe, expect, it } from 'vitest';
import { jointItem } from '../../../../../scripts/ingest/parse/text/item-numbers.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { OUTCOME_HEADER_15990 } from '../../../../support/outcome-header.ts';

/** An outcome whose third item's line is `heading` (items 1 and 2 before it, item 6 after it), numbered as `style` numbers them. */
function outcome(heading: string, style: (number: number) => string = (number) => `${number}.`): string {
  return `${OUTCOME_HEADER_15990}
${style(1)} Adoption of the agenda
The agenda was adopted as set out in CM 4578/25.
${style(2)} Counter-terrorism
COSI took note of the state of play.
${heading}
14001/25
COSI endorsed the report set out in 14001/25.
${style(6)} Drugs
COSI took note of the presentation.
15990/25 AB/cd 1
JAI.1 LIMITE EN
`;
}

function items(text: string): Array<[string | null, string | undefined, string, number]> {
  const record = parseDocument(text, 'outcome.txt');
  if (record.status !== 'ok') throw new Error(record.error.message);
  return record.items.map((item) => [item.number, item.printedNumber, item.title, item.decisions.length]);
}

describe('items the meeting took together', () => {
  it('are one item headed by its numbers as printed, in the forms and languages the versions print them', () => {
    for (const numbers of [
      '3. and 4.',
      '3.-4.',
      '3. – 4.',
      '3 and 4.',
      '3. & 4.',
      '3., 4. and 5.',
      '3. et 4.',
      '3. und 4.',
      '3. y 4.',
      '3. e 4.',
      '3. en 4.',
      '3. og 4.',
      '3. och 4.',
      '3. ja 4.',
      '3. i 4.',
      '3. a 4.',
      '3. in 4.',
      '3. și 4.',
      '3. és 4.',
      '3. и 4.',
      '3. και 4.',
      '3. un 4.',
      '3. ir 4.',
      '3. u 4.',
      '3. agus 4.',
      'Items 3 and 4:',
      'Points 3 et 4 :',
      'Punkte 3 und 4:',
      'Puntos 3 y 4:',
      'Items 3 and 4 –',
      'Items 3 and 4 -',
      'Points 3 et 4 –',
      'Punkte 3 und 4 –',
      'Punti 3 e 4 —',
      '3. and 4. –',
      '3. et 4. –',
      'Item 3 and 4:',
      'Punkt 3 und 4:',
      'Point 3 et 4 :',
    ]) {
      expect(items(outcome(`${numbers} Schengen and internal security`)), numbers).toEqual([
        ['1', undefined, 'Adoption of the agenda', 1],
        ['2', undefined, 'Counter-terrorism', 1],
        ['3', numbers, 'Schengen and internal security', 1],
        ['6', undefined, 'Drugs', 1],
      ]);
    }
  });

  it('keep their title, documents and decisions apart under a `1.`-numbered agenda, the title long or on the line below', () => {
    for (const heading of [
      'Agenda items 3 and 4: Schengen and internal security, state of play',
      'Agenda items 3 and 4:\nSchengen and internal security, state of play',
      'Items 3 and 4 – Schengen and internal security, state of play',
      'Tagesordnungspunkte 3 und 4: Schengen and internal security, state of play',
      'Points 3 et 4 :\nSchengen and internal security, state of play',
      '3. and 4. Schengen and internal security, state of play',
    ]) {
      const record = parseDocument(outcome(heading), 'outcome.txt');
      if (record.status !== 'ok') throw new Error(record.error.message);
      const third = record.items[2];
      expect([third?.number, third?.title, third?.decisions.map(({ verb, object }) => [verb, object])], heading).toEqual([
        '3',
        'Schengen and internal security, state of play',
        [['endorsed', 'the report set out in 14001/25']],
      ]);
    }
  });

  it('keep a long title numbered with a word apart from the documents and the sentence under it', () => {
    const record = parseDocument(
      outcome('Item 3: Schengen and internal security, state of play and way forward', (number) => `Item ${number}:`),
      'outcome.txt',
    );
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect(record.items[2]?.title).toBe('Schengen and internal security, state of play and way forward');
    expect(record.items[2]?.decisions.map(({ verb }) => verb)).toEqual(['endorsed']);
  });

  it('are read with a dash after their numbers under items numbered with a word and a dash, the items after them kept', () => {
    expect(
      items(outcome('Items 3 and 4 – Schengen and internal security', (number) => `Item ${number} –`)).map(([number, printed, title]) => [
        number,
        printed,
        title,
      ]),
    ).toEqual([
      ['1', 'Item 1 –', 'Adoption of the agenda'],
      ['2', 'Item 2 –', 'Counter-terrorism'],
      ['3', 'Items 3 and 4 –', 'Schengen and internal security'],
      ['6', 'Item 6 –', 'Drugs'],
    ]);
  });

  it('are read under items numbered with a word or a bracket', () => {
    expect(
      items(outcome('Items 3 and 4: Schengen and internal security', (number) => `Item ${number}:`)).map(([number, printed]) => [number, printed]),
    ).toEqual([
      ['1', 'Item 1:'],
      ['2', 'Item 2:'],
      ['3', 'Items 3 and 4:'],
      ['6', 'Item 6:'],
    ]);
    expect(items(outcome('3) and 4) Schengen and internal security', (number) => `${number})`)).map(([number, printed]) => [number, printed])).toEqual([
      ['1', '1)'],
      ['2', '2)'],
      ['3', '3) and 4)'],
      ['6', '6)'],
    ]);
  });

  it('are not read where the second number is no item number: a date, a figure, numbers out of order', () => {
    for (const line of [
      '3. and 4 May 2025 meeting',
      '3. A 4-year plan',
      '4. and 3. Schengen',
      '3. and 9. Schengen',
      '3 and 4 – Schengen',
      'Items 3 and 4 May 2025',
    ])
      expect(jointItem(line), line).toBeNull();
    expect(items(outcome('3. and 4 May meeting')).map(([number, printed, title]) => [number, printed, title])[2]).toEqual([
      '3',
      undefined,
      'and 4 May meeting',
    ]);
  });
});
