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
 * ANNEX JAI.1 KR/mj LIMITE Status designated … pending 3 EN`). The footer is page furniture: the annex's text must
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

describe('council-pdf/limite-annex-table, plain pdftotext with each page run into one line', () => {
  const path = 'tests/fixtures/council-pdf/limite-annex-table/pdftotext.txt';
  const record = expectOk(parseDocument(flattenedPages(readFileSync(path, 'utf8')), 'content/sources/limite-annex-table.txt'));

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

describe.each(Object.entries(annexes))(
  'a note whose annex table plain pdftotext prints column by column (%s), each page run into one line',
  (_language, annex) => {
    const record = expectOk(parseDocument(flattenedPages(printed(annex)), 'content/sources/note.txt'));

    it('reads the annex’s title and cells in the order printed, and no piece of the footer', () => {
      expect(annexText(record, annex.label)).toBe([annex.title, ...annex.columns.flat()].join(' '));
    });
  },
);
