import { describe, expect, it } from 'vitest';
import { flatLayoutTable } from '../../../../../scripts/ingest/parse/flat/flat-layout-table.ts';

/** A page line of the text, the others kept as they stand. */
function lines(...texts: string[]): { text: string; line: number }[] {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}

/** The `-layout` lines of a page run into one line, as a viewer's copy joins them: one space between each. */
const PRINTED = [
  'OUTCOME OF PROCEEDINGS',
  ' Subject:            Outcome of the meeting of COSI on 13 November 2025',
  ' Item                                        Outcome',
  ' 1. Adoption of the agenda                   The agenda was adopted as set out in CM',
  '                                             5120/25.',
  ' 2. Schengen and internal security: state    COSI took note of the information.',
  ' of play (doc. 14520/25)',
  ' 3. Any other business                       No item was raised.',
];

describe('flatLayoutTable', () => {
  it('sets an outcome table’s lines back from the columns of its header row, the text before it apart', () => {
    const read = flatLayoutTable(lines(PRINTED.join(' ')));
    expect(read.map(({ text }) => text)).toEqual([
      'OUTCOME OF PROCEEDINGS  Subject:            Outcome of the meeting of COSI on 13 November 2025',
      '',
      ...PRINTED.slice(2),
    ]);
    expect(new Set(read.map(({ line }) => line))).toEqual(new Set([1]));
  });

  it('keeps the text after the table, joined to its last cell by one space, on a line of its own after a blank line', () => {
    const text = [...PRINTED, 'The next meeting will take place on 4 December 2025.'].join(' ');
    expect(
      flatLayoutTable(lines(text))
        .map(({ text: line }) => line)
        .slice(-3),
    ).toEqual([PRINTED[7], '', 'The next meeting will take place on 4 December 2025.']);
  });

  it('leaves lines alone that hold no outcome table’s header row, or too few lines under it', () => {
    const other = [
      ' Member State                                Position',
      ' Belgium                                     supports',
      'and more text',
      ''.padEnd(200, 'x'),
    ].join(' ');
    expect(flatLayoutTable(lines(other))).toEqual(lines(other));
    const short = [...PRINTED.slice(0, 4), 'The next meeting will take place on 4 December 2025.', ''.padEnd(200, 'x')].join(' ');
    expect(flatLayoutTable(lines(short))).toEqual(lines(short));
  });
});

describe('flatLayoutTable on another table (an annex’s list)', () => {
  const ANNEX = [
    'List of national contact points',
    ' Member State                     Unit                          Status',
    ' Belgium                          Federal Judicial Police       designated',
    ' Czechia                          National Centre against Or-   designated',
    '                                  ganised Crime',
    ' Estonia                          Central Criminal Police       pending',
  ];

  it('sets its lines back from the columns of a header row of three headings or more, a wrapped cell’s second line under it', () => {
    expect(flatLayoutTable(lines(`ANNEX ${ANNEX.join(' ')}`)).map(({ text }) => text)).toEqual([
      'ANNEX List of national contact points',
      '',
      ...ANNEX.slice(1),
    ]);
  });

  it('leaves the line as it stands where fewer than three lines fill the columns, or two headings stand side by side', () => {
    const short = `ANNEX ${ANNEX.slice(0, 3).join(' ')} The list will be updated.${' '.repeat(200)}`;
    expect(flatLayoutTable(lines(short)).map(({ text }) => text)).toEqual([short]);
    const two = `ANNEX ${[' Member State                     Unit', ' Belgium                          Federal Judicial Police', ' Czechia                          National Centre', ' Estonia                          Central Criminal Police'].join(' ')}${' '.repeat(200)}`;
    expect(flatLayoutTable(lines(two)).map(({ text }) => text)).toEqual([two]);
  });
});
