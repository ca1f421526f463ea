import { describe, expect, it } from 'vitest';
import { headerRowCells, repeatedHeaderRows } from '../../../../../scripts/ingest/parse/layout/column-cells.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import { parseSections } from '../../../../../scripts/ingest/parse/items/sections.ts';
import { plainFooter } from '../../../../support/page-footer.ts';
import { withoutBlankLines } from '../../../../support/text-shapes.ts';

const sectionsOf = (text: string) => parseSections(normalise(text));
const headings = (text: string) => sectionsOf(text).map((section) => [section.number, section.title]);
const texts = (text: string) => sectionsOf(text).flatMap((section) => section.lines.map((line) => line.text).filter((line) => line !== ''));

/**
 * An annex's table as plain `pdftotext` prints it (no -layout): its title, then each cell of the header row alone
 * between blank lines, then each row's cells the same way, the first a numbered action. Written as LibreOffice's
 * exports of the Council's tables print (tests/fixtures/council-pdf-lo/ext-annex-table/pdftotext.txt), in three
 * languages.
 */
const ENGLISH = `ANNEX
Roadmap on the fight against high-risk criminal networks – state of play
Action

Lead

Deadline

State of play

1. Map the criminal networks that pose the highest threat

Europol

Q4 2024

Europol delivered the first analysis in April 2024.

2. Strengthen the exchange of information on high-value targets

Member States

Q1 2025

DELETED
`;

const FRENCH = `ANNEXE
Feuille de route sur la lutte contre les réseaux criminels à haut risque
Action

Chef de file

Échéance

État d'avancement

1. Cartographier les réseaux criminels les plus menaçants

Europol

T4 2024

Europol a présenté une première analyse en avril 2024.

2. Renforcer l'échange d'informations sur les cibles prioritaires

États membres

T1 2025

SUPPRIMÉ
`;

const GERMAN = `ANLAGE
Fahrplan für die Bekämpfung hochriskanter krimineller Netzwerke
Maßnahme

Federführung

Frist

Sachstand

1. Ermittlung der gefährlichsten kriminellen Netzwerke

Europol

4. Quartal 2024

Europol hat im April 2024 eine erste Analyse vorgelegt.

2. Verbesserung des Informationsaustauschs über hochrangige Ziele

Mitgliedstaaten

1. Quartal 2025

GESTRICHEN
`;

describe('a table plain pdftotext printed a cell to a line', () => {
  it.each([
    ['English', ENGLISH, 'ANNEX', 'Action', '1. Map the criminal networks that pose the highest threat'],
    ['French', FRENCH, 'ANNEXE', 'Action', '1. Cartographier les réseaux criminels les plus menaçants'],
    ['German', GERMAN, 'ANLAGE', 'Maßnahme', '1. Ermittlung der gefährlichsten kriminellen Netzwerke'],
  ])('reads its numbered rows as text in the order printed, not as sections (%s)', (_language, text, annex, firstCell, firstRow) => {
    expect(headings(text)).toEqual([[null, annex]]);
    const lines = texts(text);
    // The header row's first cell is no part of the table's title above it; each cell keeps its own line.
    expect(lines[1]).toBe(firstCell);
    expect(lines).toContain(firstRow);
    expect(lines.indexOf(firstRow)).toBeLessThan(lines.findIndex((line) => line.startsWith('2. ')));
  });

  it('finds the header row: three short cells or more, each alone between blank lines', () => {
    const lines = normalise(ENGLISH);
    expect(headerRowCells(lines).map((cells) => cells.map((index) => lines[index]?.text))).toEqual([['Action', 'Lead', 'Deadline', 'State of play']]);
  });

  it('still reads the numbered headings of a note that has no such table, two short headings in a row among them', () => {
    const note = '1. Background\n\nScope\n\n2. State of play\n\nThe Presidency informed delegations.\n\n3. Next steps\n\nCOSI is invited to take note.\n';
    expect(headings(note)).toEqual([
      ['1', 'Background'],
      ['2', 'State of play'],
      ['3', 'Next steps'],
    ]);
  });

  it('ends the table at a numbered heading that goes on with the headings above it, not at one the rows go on with', () => {
    const note = `1. Background

The Presidency set out the measures.

2. Measures

Measure

Lead

Deadline

1. Connect the national systems

Commission

Q2 2026

2. Extend the joint teams

Member States

Q4 2026

3. Next steps

COSI is invited to take note of the measures.
`;
    // `3.` goes on with the rows (`2.` above) as well as with the headings: it cannot be told, and stays text.
    expect(headings(note)).toEqual([
      ['1', 'Background'],
      ['2', 'Measures'],
    ]);
    const oneRow = note.replace('\n2. Extend the joint teams\n\nMember States\n\nQ4 2026\n', '');
    expect(headings(oneRow)).toEqual([
      ['1', 'Background'],
      ['2', 'Measures'],
      ['3', 'Next steps'],
    ]);
  });

  it('ends the table at the next annex', () => {
    const text = `${ENGLISH}\nANNEX II\n\n1. Meetings\n\nCOSI met four times.\n`;
    expect(headings(text)).toEqual([
      [null, 'ANNEX'],
      [null, 'ANNEX II'],
      ['1', 'Meetings'],
    ]);
  });
});

/**
 * A table whose first column numbers its rows, as plain `pdftotext` prints the register's report 14440/14
 * (tests/fixtures/real-register-lo/report-2014-policy-cycle-*): the column's header an abbreviation with its dot or the
 * sign of a number (`No.`, `Nr.`, `N°`), a header cell of five words, each row's number alone over its cells.
 */
type NumberedTable = readonly [
  language: string,
  annex: string,
  number: string,
  title: string,
  leadIn: string,
  header: readonly string[],
  priorities: readonly string[],
  next: string,
  nextTitle: string,
];

const NUMBERED_TABLES: readonly NumberedTable[] = [
  [
    'English',
    'ANNEX',
    '2.2.',
    'The EU policy cycle 2014-2017',
    'The nine priorities are the following:',
    ['No.', 'Priority', 'Objective set by the Council'],
    ['Illegal immigration', 'Trafficking in human beings', 'Counterfeit goods'],
    '3.',
    'Next steps',
  ],
  [
    'Danish',
    'BILAG',
    '2.2.',
    'EU-politikcyklussen for 2014-2017',
    'De ni prioriteter er følgende:',
    ['Nr.', 'Prioritet', 'Mål fastsat af Rådet'],
    ['Ulovlig indvandring', 'Menneskehandel', 'Varemærkeforfalskede varer'],
    '3.',
    'De næste skridt',
  ],
  [
    'French',
    'ANNEXE',
    '2.2.',
    'Le cycle politique de l’UE pour la période 2014-2017',
    'Les neuf priorités sont les suivantes :',
    ['N°', 'Priorité', 'Objectif fixé par le Conseil'],
    ['Immigration illégale', 'Traite des êtres humains', 'Contrefaçons'],
    '3.',
    'Prochaines étapes',
  ],
];

/** The text plain `pdftotext` prints for a numbered table under a sub-heading, and a heading after it. */
function numberedTable([, annex, number, title, leadIn, header, priorities, next, nextTitle]: NumberedTable): string {
  const rows = priorities.map((priority, index) => `${index + 1}.\n\n${priority}\n\nTo disrupt the organised crime groups involved\nin ${index + 1}.\n`);
  return `${annex}\n1.\n\nSummary\n\nThe report covers the period.\n${number}\n\n${title}\n\n${leadIn}\n${header.join('\n\n')}\n\n${rows.join('\n')}\n${next}\n\n${nextTitle}\n\nCOSI is invited to take note.\n`;
}

describe('a table plain pdftotext printed a cell to a line, its first column numbering its rows', () => {
  it.each(NUMBERED_TABLES)('reads the rows’ numbers and first cells as text, not as sections, and the heading after the table (%s)', (...table) => {
    const [, annex, , title, , , , , nextTitle] = table;
    expect(headings(numberedTable(table))).toEqual([
      [null, annex],
      ['1', 'Summary'],
      ['2.2', title],
      ['3', nextTitle],
    ]);
  });

  it.each(NUMBERED_TABLES)('finds the header row, the numbered column’s header first (%s)', (...table) => {
    const lines = normalise(numberedTable(table));
    expect(headerRowCells(lines).map((cells) => cells.map((index) => lines[index]?.text))).toEqual([[...table[5]]]);
  });

  it.each(NUMBERED_TABLES)('reads it so in a viewer’s copy (no blank line), its header row repeated over a row the page break cut (%s)', (...table) => {
    const [, annex, , title, , header, , , nextTitle] = table;
    // The page break cuts row 2 before its last line (`in 2.`): the next page repeats the header row over it.
    const copy = withoutBlankLines(numberedTable(table).replace('\nin 2.\n', `\n${header.join('\n')}\nin 2.\n`));
    expect(headings(copy)).toEqual([
      [null, annex],
      ['1', 'Summary'],
      ['2.2', title],
      ['3', nextTitle],
    ]);
    const lines = normalise(copy);
    expect(headerRowCells(lines).map((cells) => cells.map((index) => lines[index]?.text))).toEqual([[...header], [...header]]);
    // Each cell keeps its own line: none runs on into the next, nor the last into the cut row's rest.
    expect(texts(copy).filter((line) => line === 'in 2.')).toEqual(['in 2.']);
  });

  it.each(NUMBERED_TABLES)(
    'sets the rest of a row the page break cut back under its cell, over the page’s footnote and the header row repeated there, in plain pdftotext (%s)',
    (...table) => {
      const [, , , , , header] = table;
      // The page break cuts row 2 before its last line (`in 2.`): the page's footnote and footer, then the next page
      // repeats the header row, a blank line after each cell but the last, right over the rest.
      const plain = numberedTable(table).replace(
        '\nin 2.\n',
        `\n\n¹ Doc. 9849/13.\n${plainFooter('14440/14', 'pfw/bh', 'DRI', '3', 'EN').join('\n')}\n\f${header.join('\n\n')}\nin 2.\n`,
      );
      expect(texts(plain)).toContain('To disrupt the organised crime groups involved in 2.');
      const cut = texts(plain).indexOf('To disrupt the organised crime groups involved in 2.');
      expect(texts(plain).slice(cut + 1, cut + 2 + header.length)).toEqual(['¹ Doc. 9849/13.', ...header]);
      // on the lines as printed, the repeated row and the rest under its last cell
      const printed = plain.split(/[\n\f]/).map((text) => ({ text }));
      const repeated = [...repeatedHeaderRows(printed).values()].map(({ cells, rest }) => [...cells, ...rest].map((index) => printed[index]?.text));
      expect(repeated).toEqual([[...header, 'in 2.']]);
    },
  );

  it('finds no header row in a viewer’s copy where the numbered column’s header has fewer than two cells under it, or none over a line of text', () => {
    const cells = (texts: readonly string[]) => headerRowCells(texts.map((text) => ({ text })));
    expect(cells(['No.', 'Priority', '1.', 'Illegal immigration'])).toEqual([]);
    expect(cells(['No.', 'Priority', 'Objective set by the Council', ''])).toEqual([]);
    expect(cells(['No.', 'Priority', 'Objective set by the Council', '1.'])).toEqual([[0, 1, 2]]);
  });

  it('takes no part’s Roman number or lone letter for a numbered column’s header (the lines as printed, before they are joined)', () => {
    const cells = (first: string) => headerRowCells([first, '', 'Measures', '', 'Lead', ''].map((text) => ({ text })));
    expect(cells('No.')).toEqual([[0, 2, 4]]);
    for (const number of ['II.', 'A.', '1.']) expect(cells(number)).toEqual([]);
  });
});

describe('list labels plain pdftotext printed one under the other before their texts', () => {
  it.each([
    [
      'English',
      '(b)\n\nthe plans should be shorter;\n\n(c)\n3.\n\nthe funding should be foreseeable.\n\nThe draft conclusions take account\nof the views expressed.\n\n4.\n\nCOSI is invited to examine them.\n',
      [
        '(b)\tthe plans should be shorter;',
        '(c)\tthe funding should be foreseeable.',
        '3.\tThe draft conclusions take account of the views expressed.',
        '4.\tCOSI is invited to examine them.',
      ],
    ],
    [
      'French',
      'b)\n\nles plans devraient être plus courts;\n\nc)\n3.\n\nle financement devrait être prévisible.\n\nLe projet de conclusions tient compte\ndes avis exprimés.\n',
      [
        'b)\tles plans devraient être plus courts;',
        'c)\tle financement devrait être prévisible.',
        '3.\tLe projet de conclusions tient compte des avis exprimés.',
      ],
    ],
    [
      'Polish',
      '(ii)\n2.\n\nfinansowanie powinno być przewidywalne.\n\nProjekt konkluzji uwzględnia opinie delegacji.\n',
      ['(ii)\tfinansowanie powinno być przewidywalne.', '2.\tProjekt konkluzji uwzględnia opinie delegacji.'],
    ],
  ])('sets each label back before its own paragraph (%s)', (_language, text, expected) => {
    expect(
      normalise(text)
        .map((line) => line.text)
        .filter((line) => line !== ''),
    ).toEqual(expected);
  });

  it.each([
    [
      'a symbol font’s bullet',
      '\uF0B7\n3.\n\npartnerships with shipping lines and terminal operators.\n\nThe Presidency invites delegations to reply.\n',
      '\uF0B7',
    ],
    ['a dash (German)', '–\n3.\n\nPartnerschaften mit Reedereien.\n\nDer Vorsitz ersucht die Delegationen um Antwort.\n', '–'],
  ])('sets a list item’s bullet over the next paragraph’s number back the same way (%s)', (_bullet, text, bullet) => {
    const [item, paragraph] = normalise(text)
      .map((line) => line.text)
      .filter((line) => line !== '');
    expect(item?.startsWith(`${bullet}\t`)).toBe(true);
    expect(paragraph?.startsWith('3.\t')).toBe(true);
  });

  it('pairs no bullets alone: which text each opens cannot be told (an item goes on over the page)', () => {
    const text = '\uF0A7\n\uF0B7\n\nin three Member States, also the customs databases;\n\nthe exchange of information between authorities;\n';
    expect(normalise(text).map((line) => line.text)[0]).toBe('\uF0A7');
  });

  it('pairs no label where fewer paragraphs follow than labels', () => {
    const text = '(c)\n3.\n\nthe funding should be foreseeable.\n';
    expect(normalise(text).map((line) => line.text)[0]).toBe('(c)');
  });
});
