import { describe, expect, it } from 'vitest';
import { lineText, relativeWidth, type PdfItem } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { groupLines } from '../../../../scripts/ingest/read/pdf-lines.ts';

/** A text item as pdfjs reports it; the width is what a 0.5 em per character face would give. */
function item(str: string, x: number, y: number, extra: Partial<PdfItem> = {}): PdfItem {
  const fontSize = extra.fontSize ?? 12;
  return { str, x, y, width: str.length * fontSize * 0.5, fontSize, bold: false, page: 0, angle: 0, ...extra };
}

describe('groupLines', () => {
  it('reads as a word space the space a PDF draws between two runs of a line, however wide, as LibreOffice prints a plain-text export', () => {
    // A monospaced face (6 points a letter at 9.5 points): `1. Adoption`, a drawn ` `, `of the agenda`; the subject's second line is cut
    // the same way at the same x, so that the two lines seem to share a column.
    const mono = (str: string, x: number, y: number): PdfItem => ({ ...item(str, x, y, { fontSize: 9.5 }), width: str.length * 6 });
    const lines = groupLines([
      mono('Cooperation', 57, 652),
      mono(' ', 123, 652),
      mono('on Internal Security (COSI) on 18 November 2025', 129, 652),
      mono('1. Adoption', 57, 629),
      mono(' ', 123, 629),
      mono('of the agenda', 129, 629),
      mono('The agenda was adopted as set out in CM 4578/25.', 57, 618),
    ]);
    expect(lines.map(lineText)).toEqual([
      'Cooperation on Internal Security (COSI) on 18 November 2025',
      '1. Adoption of the agenda',
      'The agenda was adopted as set out in CM 4578/25.',
    ]);
    // the same gap with no space drawn in it is a tab (a label and its value, a list's number and its text)
    expect(groupLines([mono('1. Adoption', 57, 629), mono('of the agenda', 129, 629)]).map(lineText)).toEqual(['1. Adoption\tof the agenda']);
    // and a list's glyph or label before its text stays set off by a tab, a space drawn in its gap or not
    expect(groupLines([mono('•', 57, 629), mono(' ', 63, 629), mono('the implementation of EMPACT', 69, 629)]).map(lineText)).toEqual([
      '•\tthe implementation of EMPACT',
    ]);
  });

  it('sets off by a tab the next cell of a table drawn cell by cell, however narrow the gap, but not the next words of one line', () => {
    // Column one's two lines are drawn, then column two's: `by` and `Europol,` are 6 points apart.
    const lines = groupLines([
      item('Mapping the networks by', 100, 700),
      item('Europol and joint days', 100, 686),
      item('Europol,', 244, 700),
      item('States', 244, 686),
    ]);
    expect(lines.map(lineText)).toEqual(['Mapping the networks by\tEuropol,', 'Europol and joint days\tStates']);
    expect(groupLines([item('Mapping the networks by', 100, 700), item('Europol,', 244, 700)]).map(lineText)).toEqual(['Mapping the networks by Europol,']);
  });

  it('cuts a table row’s run where the next cell begins when its cell nearly fills its column, as the rows with all their cells show', () => {
    // `High-risk criminal networks Netherlands` is one run (pdf.js joined the two cells 6 points apart); the rows
    // below start `Germany` and `Austria` at 244 after a tab, as the header row does `Driver`.
    const row = (y: number, cells: readonly [string, number][]) => cells.map(([str, x]) => item(str, x, y));
    const table = [
      ...row(720, [
        ['Priority', 100],
        ['Driver', 244],
        ['Operational actions', 385],
      ]),
      ...row(700, [
        ['High-risk criminal networks Netherlands', 100],
        ['42', 385],
      ]),
      ...row(680, [
        ['Cyber attacks', 100],
        ['Germany', 244],
        ['37', 385],
      ]),
      ...row(660, [
        ['Trafficking', 100],
        ['Austria', 244],
        ['29', 385],
      ]),
      // the run's letters set proportionally, as a text face sets them: `Netherlands` starts at 244
    ].map((entry) =>
      entry.str.startsWith('High-risk') ? { ...entry, width: (144 * relativeWidth(entry.str)) / relativeWidth('High-risk criminal networks ') } : entry,
    );
    expect(groupLines(table).map(lineText)).toEqual([
      'Priority\tDriver\tOperational actions',
      'High-risk criminal networks\tNetherlands\t42',
      'Cyber attacks\tGermany\t37',
      'Trafficking\tAustria\t29',
    ]);
  });

  it('leaves the words of a list item beside a table as they are, though one starts where a column of the table does', () => {
    const lines = groupLines([
      item('a)', 100, 740),
      item('words of an item that run on over the column of the table below', 130, 740, { width: 244 - 130 + 6 * 10 }),
      ...[700, 680].flatMap((y) => [item('Cell', 100, y), item('Middle', 244, y), item('End', 385, y)]),
    ]);
    expect(lines.map(lineText)[0]).toBe('a)\twords of an item that run on over the column of the table below');
  });

  it('puts items on one baseline into one line, left to right, with a space for a word gap', () => {
    const lines = groupLines([item('the agenda', 146, 700), item('COSI adopted', 70, 700)]);
    expect(lines.map(lineText)).toEqual(['COSI adopted the agenda']);
  });

  it('writes a gap as wide as a tab stop as a tab, as between a label and its value', () => {
    const lines = groupLines([item('From:', 70, 700), item('Presidency', 155, 700)]);
    expect(lines.map(lineText)).toEqual(['From:\tPresidency']);
  });

  it('reads the alike wide gaps of a justified line as word spaces, and the wider gap of a list label before them as a tab', () => {
    // A justified line without hyphenation: the glyph, the label's gap, then words 10 pt apart.
    const words = ['CT', 'information', 'exchange', 'and', 'cooperation'];
    let x = 99.4;
    const items = [
      item('–', 71, 700),
      ...words.map((word) => {
        const placed = item(word, x, 700);
        x += placed.width + 10;
        return placed;
      }),
    ];
    expect(groupLines(items).map(lineText)).toEqual(['–\tCT information exchange and cooperation']);
  });

  it('reads a justified line’s space that the word processor rounded a little short or long as a space, not a cell’s tab', () => {
    // As LibreOffice set `gemeinsamen Aktionstage` in a German note: the line's spaces 8.16 to 8.19 points, its last
    // one 7.48; and the Greek `5. Διαβιβάζονται`, the number 7.37 points before a line spaced 8.03 to 8.15.
    const placed = (words: readonly string[], gaps: readonly number[]) => {
      let x = 71;
      return words.map((word, index) => {
        const at = item(word, x, 634.59);
        x += at.width + (gaps[index] ?? 0);
        return at;
      });
    };
    const german = placed(['zu', 'koordinieren', 'und', 'die', 'gemeinsamen', 'Aktionstage'], [8.19, 8.18, 8.16, 8.19, 7.48]);
    expect(groupLines(german).map(lineText)).toEqual(['zu koordinieren und die gemeinsamen Aktionstage']);
    const greek = placed(['5.', 'Διαβιβάζονται', 'κατωτέρω', 'στις', 'αντιπροσωπίες'], [7.37, 8.15, 8.09, 8.03]);
    expect(groupLines(greek).map(lineText)).toEqual(['5. Διαβιβάζονται κατωτέρω στις αντιπροσωπίες']);
    // a gap wider than the line's spaces by more than a rounding stays a tab
    const cells = placed(['Europol', 'and', 'Frontex', 'Q4'], [8.2, 8.18, 11]);
    expect(groupLines(cells).map(lineText)).toEqual(['Europol and Frontex\tQ4']);
  });

  it('reads the one wide gap between two runs of words of a justified paragraph’s line as a space, not a two-cell row (Latvian, Finnish)', () => {
    // pdf.js gives the line as two runs, the spaces inside each drawn, the runs 7.26 points apart (size 11).
    const runs = (first: string, second: string, y: number) => {
      const left = item(first, 71, y, { fontSize: 11 });
      return [left, item(second, 71 + left.width + 7.26, y, { fontSize: 11 })];
    };
    const lv = [
      item('Komiteja apsprieda prezidentvalsts ziņojumu un', 71, 620, { fontSize: 11 }),
      ...runs('atbalstīja ierosinājumu stiprināt', 'operatīvo sadarbību ar', 606),
      item('trešajām valstīm.', 71, 592, { fontSize: 11 }),
    ];
    expect(groupLines(lv).map(lineText)).toEqual([
      'Komiteja apsprieda prezidentvalsts ziņojumu un',
      'atbalstīja ierosinājumu stiprināt operatīvo sadarbību ar',
      'trešajām valstīm.',
    ]);
    const fi = [...runs('Komitea keskusteli puheenjohtajavaltion', 'raportista ja kannatti', 500), item('ehdotusta.', 71, 486, { fontSize: 11 })];
    expect(groupLines(fi).map(lineText)).toEqual(['Komitea keskusteli puheenjohtajavaltion raportista ja kannatti', 'ehdotusta.']);
  });

  it('keeps that gap a tab where another line starts a run at the same place (a table’s column) or a side is one word (a label, a value)', () => {
    const row = (first: string, second: string, y: number) => {
      const left = item(first, 71, y, { fontSize: 11 });
      return [left, item(second, 71 + 'Iekšējās drošības jautājumi'.length * 5.5 + 7.26, y, { fontSize: 11 })];
    };
    const table = [
      ...row('Iekšējās drošības jautājumi', 'Eiropola ziņojums par draudiem', 600),
      ...row('Robežu pārvaldība', 'Frontex ziņojums par situāciju', 586),
    ];
    expect(groupLines(table).map(lineText)).toEqual([
      'Iekšējās drošības jautājumi\tEiropola ziņojums par draudiem',
      'Robežu pārvaldība\tFrontex ziņojums par situāciju',
    ]);
    const label = item('Iepr. dok. Nr.:', 71, 560, { fontSize: 11 });
    expect(groupLines([label, item('6820/25', 71 + label.width + 7.26, 560, { fontSize: 11 })]).map(lineText)).toEqual(['Iepr. dok. Nr.:\t6820/25']);
  });

  it('keeps two wide gaps of different widths as tabs, as between the cells of a table row', () => {
    const lines = groupLines([item('1.', 70, 700), item('EXECUTIVE SUMMARY', 98, 700), item('4', 515, 700)]);
    expect(lines.map(lineText)).toEqual(['1.\tEXECUTIVE SUMMARY\t4']);
  });

  it('counts the spaces drawn at either side of a tab gap as part of the tab', () => {
    const lines = groupLines([item('Subject: ', 70, 700), item(' European Internal Security Strategy', 170, 700)]);
    expect(lines.map(lineText)).toEqual(['Subject:\tEuropean Internal Security Strategy']);
  });

  it('orders lines by page, then from the top of the page down', () => {
    const lines = groupLines([item('second page', 70, 760, { page: 1 }), item('lower', 70, 600), item('upper', 70, 700)]);
    expect(lines.map(lineText)).toEqual(['upper', 'lower', 'second page']);
  });

  it('reads a smaller raised item as the superscript marker of the line below it, not as a line of its own', () => {
    const lines = groupLines([item('established in 2010', 70, 700), item('1', 184, 704.2, { fontSize: 7.2 }), item(' to facilitate', 187.6, 700)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.segments.map((segment) => [segment.text, segment.sup])).toEqual([
      ['established in 2010', false],
      ['1', true],
      [' to facilitate', false],
    ]);
    expect(lines.map(lineText)).toEqual(['established in 2010¹ to facilitate']);
  });

  it('keeps a small item on its own baseline (a footnote line) as a line of its own', () => {
    const lines = groupLines([item('body text', 70, 700), item('16515/09.', 84, 90, { fontSize: 10 })]);
    expect(lines.map((line) => [lineText(line), line.size])).toEqual([
      ['body text', 12],
      ['16515/09.', 10],
    ]);
  });

  it('folds a spacing accent drawn over a letter into that letter (n and ´ give ń)', () => {
    const lines = groupLines([item('Gdan', 70, 700), item('´sk, Poland', 92, 700)]);
    expect(lines.map(lineText)).toEqual(['Gdańsk, Poland']);
  });

  it('keeps bold and regular runs apart', () => {
    const lines = groupLines([item('3.', 70, 700), item('Information', 88, 700, { bold: true })]);
    expect(lines[0]?.segments.map((segment) => [segment.text, segment.bold])).toEqual([
      ['3.', false],
      ['Information', true],
    ]);
  });

  it('ignores blank items', () => {
    expect(groupLines([item(' ', 70, 700), item('', 90, 680)])).toEqual([]);
  });
});

describe('groupLines with symbols set off the baseline', () => {
  it('puts a check mark a word processor raised a quarter of the size into the line of its table row, not a line above it', () => {
    const lines = groupLines([item('Belgium', 74, 439.6), item('\u2714', 307, 442.5), item('\u2714', 449, 442.5), item('Germany', 74, 419.6)]);
    expect(lines.map(lineText)).toEqual(['Belgium\t\u2714\t\u2714', 'Germany']);
  });

  it('keeps a word raised as much on a line of its own', () => {
    expect(groupLines([item('Belgium', 74, 439.6), item('yes', 307, 442.5)]).map(lineText)).toEqual(['yes', 'Belgium']);
  });

  it('sets off by a tab the next cell of a row drawn in one run, when the cells are 0.7 of the size apart', () => {
    // `Screening of port workers` ends at 377, the next cell's text starts 8.5 points further.
    expect(groupLines([item('Screening of port workers', 227, 459.6), item('Joint analysis cell', 377 + 8.5, 459.6)]).map(lineText)).toEqual([
      'Screening of port workers\tJoint analysis cell',
    ]);
  });
});
