import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A note whose annex is a table on a landscape page, as plain `pdftotext` prints it: the table column by column, and
 * the page's footer read as a table too, its first column (number, annex label and unit, initials, marking: `12631/21`
 * / `ANNEX JAI.1` / `KR/mj` / `LIMITE`) among the table's columns, its page and language (`3` / `EN`) after the last;
 * each page then run into one line, as a copy out of a PDF viewer gives it (`… Criminal Police Directorate 12631/21
 * ANNEX JAI.1 KR/mj LIMITE Status designated … pending 3 EN`), or as printed (broken-footers.ts reads the footer's
 * pieces around the table's last column). The footer is page furniture: the annex's text must
 * hold every cell of the table, in the order printed, and no piece of the footer. council-pdf/limite-annex-table
 * (12631/21, made the Council's way), and the same page written by hand in French and German.
 */
interface Annex {
  header: string;
  body: string;
  footer: (page: number, annex: boolean) => string;
  label: string;
  title: string;
  columns: string[][];
}

const annexes: Record<string, Annex> = {
  fr: {
    header: `Conseil de\nl'Union européenne\n\nBruxelles, le 14 octobre 2021\n(OR. en)\n12631/21\nLIMITE\nCOSI 184\nENFOPOL 361\n\nNOTE\nOrigine:\nDestinataire:\nObjet:\n\nprésidence\nComité permanent de coopération opérationnelle en matière de sécurité intérieure\nPoints de contact nationaux`,
    body: [
      '1.\n\nAfin de permettre à Europol d’identifier sans délai l’État membre concerné par les données qu’il reçoit directement de parties privées, chaque État membre est invité à désigner un point de contact national au sein de son unité nationale Europol.',
      '2.\n\nLes points de contact désignés à ce jour figurent à l’annexe. Les délégations qui ne l’ont pas encore fait sont invitées à communiquer les coordonnées de leur point de contact national à la présidence au plus tard le 29 octobre 2021.',
    ].join('\n\n'),
    footer: (page, annex) => `12631/21\n${annex ? 'ANNEXE ' : ''}JAI.1\n\nKR/mj\nLIMITE\n\n${page}\nFR`,
    label: 'ANNEXE',
    title: 'Liste des points de contact nationaux',
    columns: [
      ['État membre', 'Belgique', 'Tchéquie', 'Estonie'],
      ['Unité', 'Police judiciaire fédérale', 'Centre national de lutte contre la criminalité organisée', 'Police criminelle centrale'],
      ['Statut', 'désigné', 'désigné', 'en attente'],
    ],
  },
  de: {
    header: `Rat der\nEuropäischen Union\n\nBrüssel, den 14. Oktober 2021\n(OR. en)\n12631/21\nLIMITE\nCOSI 184\nENFOPOL 361\n\nVERMERK\nAbsender:\nEmpfänger:\nBetr.:\n\nVorsitz\nStändiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit\nNationale Kontaktstellen`,
    body: [
      '1.\n\nDamit Europol den Mitgliedstaat, den die unmittelbar von privaten Parteien erhaltenen Daten betreffen, unverzüglich ermitteln kann, wird jeder Mitgliedstaat ersucht, innerhalb seiner nationalen Europol-Stelle eine nationale Kontaktstelle zu benennen.',
      '2.\n\nDie bisher benannten Kontaktstellen sind in der Anlage aufgeführt. Die Delegationen, die dies noch nicht getan haben, werden ersucht, dem Vorsitz die Angaben zu ihrer nationalen Kontaktstelle bis zum 29. Oktober 2021 zu übermitteln.',
    ].join('\n\n'),
    footer: (page, annex) => `12631/21\n${annex ? 'ANLAGE ' : ''}JAI.1\n\nKR/mj\nLIMITE\n\n${page}\nDE`,
    label: 'ANLAGE',
    title: 'Liste der nationalen Kontaktstellen',
    columns: [
      ['Mitgliedstaat', 'Belgien', 'Tschechien', 'Estland'],
      ['Einheit', 'Föderale Kriminalpolizei', 'Nationales Zentrum zur Bekämpfung der organisierten Kriminalität', 'Zentrale Kriminalpolizei'],
      ['Stand', 'benannt', 'benannt', 'ausstehend'],
    ],
  },
};

/** The note as plain `pdftotext` prints it: its first page, then the annex's, the footer's first column between the table's second and third. */
function printed({ header, body, footer, label, title, columns }: Annex): string {
  const [first = [], second = [], third = []] = columns;
  const [number = '', unit = '', , initials = '', marking = '', , page = '', language = ''] = footer(2, true).split('\n');
  const annex = [label, title, ...first, '', ...second, '', number, unit, '', initials, marking, '', ...third, '', page, language].join('\n');
  return `${header}\n\n${body}\n\n${footer(1, false)}\f${annex}\n\f`;
}

/** The annex's section text, its blocks joined by a space. */
function annexText(record: OkRecord, label: string): string {
  const section = record.sections.find((candidate) => candidate.title === label);
  return (section?.text ?? []).map((block) => block.inline.map((node) => ('value' in node ? node.value : '')).join('')).join(' ');
}

/** The shapes plain `pdftotext`'s text reaches users in: as printed, and each page run into one line. */
const SHAPES: [string, (text: string) => string][] = [
  ['as printed', (text) => text],
  ['each page run into one line', flattenedPages],
];

describe.each(SHAPES)('council-pdf/limite-annex-table, plain pdftotext %s', (_shape, shape) => {
  const path = 'tests/fixtures/council-pdf/limite-annex-table/pdftotext.txt';
  const record = expectOk(parseDocument(shape(readFileSync(path, 'utf8')), 'content/sources/limite-annex-table.txt'));

  it('reads the annex table’s cells column after column, in the order printed, and no piece of the footer', () => {
    expect(annexText(record, 'ANNEX')).toBe(
      [
        'List of national contact points',
        'Member State Belgium Czechia Estonia Portugal Slovenia',
        'Unit Federal Judicial Police National Centre against Organised Crime Central Criminal Police Judicial Police Criminal Police Directorate',
        'Status designated designated pending designated pending',
      ].join(' '),
    );
  });
});

describe.each(Object.entries(annexes))('a note whose annex table plain pdftotext prints column by column (%s)', (_language, annex) => {
  describe.each(SHAPES)('%s', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(printed(annex)), 'content/sources/note.txt'));

    it('reads the annex’s title and cells in the order printed, and no piece of the footer', () => {
      expect(annexText(record, annex.label)).toBe([annex.title, ...annex.columns.flat()].join(' '));
    });
  });
});

/**
 * The same annex as `-layout` prints it (the table's columns side by side, a cell wrapped under itself: `Centre national de
 * lutte contre la crimi-` over `nalité organisée`), each page then run into one line: the table's lines must be set
 * back as printed (flat-layout-table.ts, from its header row's columns), so that each row reads as on the page as
 * printed, its wrapped cell whole, not interleaved with the next cell (`… crimi- désigné nalité organisée`).
 */
interface LayoutAnnex {
  language: string;
  first: string;
  label: string;
  title: string;
  header: [string, string, string];
  rows: [string, string, string, string?][];
  read: string[];
}

const layoutAnnexes: Record<string, LayoutAnnex> = {
  fr: {
    language: 'FR',
    first: [
      '            Conseil de                              Bruxelles, le 14 octobre 2021',
      "            l'Union européenne                      (OR. en)",
      '                                                    12631/21',
      '',
      '                                                    LIMITE',
      '',
      '                                                    COSI 184',
      '                                                    ENFOPOL 361',
      '',
      'NOTE',
      '',
      ' Origine:               présidence',
      ' Destinataire:          Comité permanent de coopération opérationnelle en matière de sécurité',
      '                        intérieure',
      ' Objet:                 Points de contact nationaux',
      '',
      '1.     Les points de contact désignés à ce jour figurent à l’annexe. Les délégations qui ne l’ont pas',
      '       encore fait sont invitées à les communiquer à la présidence au plus tard le 29 octobre 2021.',
    ].join('\n'),
    label: 'ANNEXE',
    title: 'Liste des points de contact nationaux',
    header: ['État membre', 'Unité', 'Statut'],
    rows: [
      ['Belgique', 'Police judiciaire fédérale', 'désigné'],
      ['Tchéquie', 'Centre national de lutte contre la crimi-', 'désigné', 'nalité organisée'],
      ['Estonie', 'Police criminelle centrale', 'en attente'],
    ],
    read: [
      'État membre Unité Statut',
      'Belgique Police judiciaire fédérale désigné',
      'Tchéquie Centre national de lutte contre la criminalité organisée désigné',
      'Estonie Police criminelle centrale en attente',
    ],
  },
  de: {
    language: 'DE',
    first: [
      '            Rat der                                 Brüssel, den 14. Oktober 2021',
      '            Europäischen Union                      (OR. en)',
      '                                                    12631/21',
      '',
      '                                                    LIMITE',
      '',
      '                                                    COSI 184',
      '                                                    ENFOPOL 361',
      '',
      'VERMERK',
      '',
      ' Absender:              Vorsitz',
      ' Empfänger:             Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der',
      '                        inneren Sicherheit',
      ' Betr.:                 Nationale Kontaktstellen',
      '',
      '1.     Die bisher benannten Kontaktstellen sind in der Anlage aufgeführt. Die Delegationen werden',
      '       ersucht, die Angaben zu ihrer Kontaktstelle bis zum 29. Oktober 2021 zu übermitteln.',
    ].join('\n'),
    label: 'ANLAGE',
    title: 'Liste der nationalen Kontaktstellen',
    header: ['Mitgliedstaat', 'Einheit', 'Stand'],
    rows: [
      ['Belgien', 'Föderale Kriminalpolizei', 'benannt'],
      ['Tschechien', 'Nationales Zentrum zur Bekämpfung der or-', 'benannt', 'ganisierten Kriminalität'],
      ['Estland', 'Zentrale Kriminalpolizei', 'ausstehend'],
    ],
    read: [
      'Mitgliedstaat Einheit Stand',
      'Belgien Föderale Kriminalpolizei benannt',
      'Tschechien Nationales Zentrum zur Bekämpfung der organisierten Kriminalität benannt',
      'Estland Zentrale Kriminalpolizei ausstehend',
    ],
  },
};

/** The note as `-layout` prints it: its first page, then the annex's table in three columns, a cell's second line under it. */
function layoutPrinted({ language, first, label, title, header, rows }: LayoutAnnex): string {
  const line = (cells: readonly string[]): string => ` ${(cells[0] ?? '').padEnd(33)}${(cells[1] ?? '').padEnd(44)}${cells[2] ?? ''}`.trimEnd();
  const table = rows.flatMap(([state, unit, status, rest]) => [line([state, unit, status]), ...(rest === undefined ? [] : [line(['', rest])])]);
  const footer = (page: number, annex: boolean): string =>
    `12631/21                                     KR/mj                            ${page}\n${annex ? `${label} ` : ''}JAI.1${' '.repeat(annex ? 33 - label.length : 40)}LIMITE                           ${language}`;
  return `${first}\n\n${footer(1, false)}\f${label}\n\n${title}\n\n${line(header)}\n${table.join('\n')}\n\n\n${footer(2, true)}\n\f`;
}

describe('council-pdf/limite-annex-table, -layout with each page run into one line', () => {
  const path = 'tests/fixtures/council-pdf/limite-annex-table/pdftotext-layout.txt';
  const record = expectOk(parseDocument(flattenedPages(readFileSync(path, 'utf8')), 'content/sources/limite-annex-table.txt'));

  it('reads the annex table row by row, as -layout prints it, its wrapped cell whole', () => {
    expect(annexBlocks(record, 'ANNEX')).toEqual([
      'List of national contact points',
      'Member State Unit Status',
      'Belgium Federal Judicial Police designated',
      'Czechia National Centre against Organised Crime designated',
      'Estonia Central Criminal Police pending',
      'Portugal Judicial Police designated',
      'Slovenia Criminal Police Directorate pending',
    ]);
  });
});

describe.each(Object.entries(layoutAnnexes))('a note whose annex table -layout prints side by side (%s)', (_language, annex) => {
  it.each(SHAPES)('reads the annex table row by row, its wrapped cell whole, %s', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(layoutPrinted(annex)), 'content/sources/note.txt'));
    expect(annexBlocks(record, annex.label)).toEqual([annex.title, ...annex.read]);
  });
});

/** The annex's section's blocks, each as plain text. */
function annexBlocks(record: OkRecord, label: string): string[] {
  const section = record.sections.find((candidate) => candidate.title === label);
  return (section?.text ?? []).map((block) => block.inline.map((node) => ('value' in node ? node.value : '')).join(''));
}
