import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../../../../scripts/ingest/parse/items/items.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../../../../../src/schemas/record.ts';
import { blocksPlain } from '../../../../../src/shared/source-text.ts';

/** The header of a notice of meeting and provisional agenda, as a text export gives it. */
const NOTICE_HEADER =
  'Council of the\nEuropean Union\n\nBrussels, 14 October 2025\n\nCM 4702/25\n\nCOSI\nJAI\n\nCOMMUNICATION\n\nNOTICE OF MEETING AND PROVISIONAL AGENDA\n\n' +
  'Contact:\tcosi@consilium.europa.eu\nSubject:\tStanding Committee on Operational Cooperation on Internal Security (COSI)\nDate:\t28 October 2025\nTime:\t09:30\n' +
  'Venue:\tCOUNCIL\n\tEUROPA BUILDING\n\n';

function notice(body: string): OkRecord {
  const record = parseDocument(NOTICE_HEADER + body, 'cm-4702-25.txt');
  if (record.status !== 'ok') throw new Error(record.error.message);
  return record;
}

/** A planned item's number, time, title, documents and other text, as the notice prints them. */
function schedule(record: OkRecord): Array<[string | null, string | null, string, string[], string]> {
  return (record.planned ?? []).map((item) => [item.number, item.time, item.title, item.references, item.text]);
}

describe('a provisional agenda whose items stand beside their planned times', () => {
  it('reads one row per item with tabs: each time as printed beside its numbered item, and a lunch without a number kept, with its time, under the item above it', () => {
    const record = notice(
      '09:30 – 09:40\t1.\tAdoption of the agenda\n\n' +
        '09:40-10:30\t2.\tSchengen evaluation: main findings of 2025\n\n10112/25\n\n' +
        '13h00 – 14h30\tLunch\n\n' +
        '14h30\t3.\t(poss.) Drug trafficking through the ports of the North Sea\n\n' +
        '15.30 – 16.00\t4.\tAny other business\n',
    );
    expect(schedule(record)).toEqual([
      ['1', '09:30 – 09:40', 'Adoption of the agenda', [], ''],
      ['2', '09:40-10:30', 'Schengen evaluation: main findings of 2025', ['10112/25'], '13h00 – 14h30 Lunch'],
      ['3', '14h30', 'Drug trafficking through the ports of the North Sea', [], ''],
      ['4', '15.30 – 16.00', 'Any other business', [], ''],
    ]);
    expect(record.planned?.map((item) => item.possible)).toEqual([false, false, true, false]);
  });

  it('reads the rows as pdftotext -layout prints them: spaces between the columns, a long title wrapped under its own column, a coffee break under the item above it', () => {
    const record = notice(
      '10.00 – 10.15    1.    Adoption of the agenda\n\n\n' +
        '10.15 – 11.00    2.    Operational cooperation with the Western Balkans on firearms\n' +
        '                       trafficking: state of play\n\n' +
        '                       12044/25\n\n\n' +
        '11.00 – 11.15    Coffee break\n\n\n' +
        '11.15 – 12.00    3.    Any other business\n',
    );
    expect(schedule(record)).toEqual([
      ['1', '10.00 – 10.15', 'Adoption of the agenda', [], ''],
      [
        '2',
        '10.15 – 11.00',
        'Operational cooperation with the Western Balkans on firearms trafficking: state of play',
        ['12044/25'],
        '11.00 – 11.15 Coffee break',
      ],
      ['3', '11.15 – 12.00', 'Any other business', [], ''],
    ]);
  });

  it("keeps each time in the item's text of the record, so that the document's page prints it", () => {
    const record = notice('10.00 – 10.15\t1.\tAdoption of the agenda\n\n10.15 – 10.30\t2.\tAny other business\n');
    expect(record.items.map((item) => [item.number, item.title, blocksPlain(item.text)])).toEqual([
      ['1', 'Adoption of the agenda', '10.00 – 10.15'],
      ['2', 'Any other business', '10.15 – 10.30'],
    ]);
  });

  it('reads items printed without times as before: no time, and a sub-item numbered like a time (2.10) stays a number', () => {
    const agencies = ['Europol', 'Eurojust', 'Frontex', 'EUAA', 'eu-LISA', 'CEPOL', 'EUDA', 'FRA', 'EIGE', 'EPPO'];
    const record = notice(
      `1. Adoption of the agenda\n\n2. Agencies\n\n${agencies.map((name, index) => `2.${index + 1} ${name}\n\n`).join('')}3. Any other business\n`,
    );
    expect(schedule(record)).toEqual([
      ['1', null, 'Adoption of the agenda', [], ''],
      ['2', null, 'Agencies', [], ''],
      ...agencies.map((name, index) => [`2.${index + 1}`, null, name, [], '']),
      ['3', null, 'Any other business', [], ''],
    ]);
  });

  it('takes a single time set with a dot for a time only where an item number follows it', () => {
    const { items } = parseAgenda(normalise('10.00\t1.\tOpening of the meeting\n\n12.30\tEnd of the meeting\n'));
    expect(items.map((item) => [item.number, item.time, item.title, item.lines.map((line) => line.text).filter((text) => text !== '')])).toEqual([
      ['1', '10.00', 'Opening of the meeting', ['12.30\tEnd of the meeting']],
    ]);
  });
});
