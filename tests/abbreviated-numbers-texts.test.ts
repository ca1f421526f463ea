import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { blocksPlain } from '../src/shared/source-text.ts';

/**
 * A paragraph whose line ends on an abbreviation that numbers what follows, the number opening the next line, as a
 * word processor wraps a citation of a paragraph of an article (`… nach Artikel 7 Abs.` / `3 der Verordnung (EU)
 * 2016/794 …`, `… art. 7 ust.` / `3 rozporządzenia …`, `… čl. 7 odst.` / `3 nařízení …`, `… in point 4 of para.` / `3 of
 * the conclusions …`), written by hand in German, Polish, Czech and English Presidency notes to COSI, each as plain
 * `pdftotext` prints it and as `-layout` does (the paragraph's number hanging, its lines indented under its text): the
 * number is the abbreviation's, the paragraph one, never a new paragraph, list item or footnote the number opens.
 */
interface Note {
  placeDate: string;
  kind: string;
  from: string;
  to: string;
  subject: string;
  /** The paragraph, cut where the line ends after the abbreviation. */
  lines: [string, string];
  second: string;
}

const notes: Record<string, Note> = {
  de: {
    placeDate: 'Brüssel, den 12. März 2025',
    kind: 'VERMERK',
    from: 'Absender: Vorsitz',
    to: 'Empfänger: Delegationen',
    subject: 'Betr.: Nationale Europol-Stellen – Informationsaustausch',
    lines: [
      'Der Vorsitz erinnert daran, dass jeder Mitgliedstaat nach Artikel 7 Abs.',
      '3 der Verordnung (EU) 2016/794 eine nationale Stelle benennt, die als Verbindungsstelle zu Europol dient.',
    ],
    second: 'Die Delegationen werden ersucht, bis zum 31. März 2025 über die Arbeit ihrer nationalen Stellen zu berichten.',
  },
  pl: {
    placeDate: 'Bruksela, 12 marca 2025 r.',
    kind: 'NOTA',
    from: 'Od: Prezydencja',
    to: 'Do: Delegacje',
    subject: 'Dotyczy: Krajowe jednostki Europolu – wymiana informacji',
    lines: [
      'Prezydencja przypomina, że zgodnie z art. 7 ust.',
      '3 rozporządzenia (UE) 2016/794 każde państwo członkowskie wyznacza jednostkę krajową, która jest organem łącznikowym z Europolem.',
    ],
    second: 'Delegacje proszone są o przedstawienie do dnia 31 marca 2025 r. informacji o pracy swoich jednostek krajowych.',
  },
  cs: {
    placeDate: 'Brusel 12. března 2025',
    kind: 'POZNÁMKA',
    from: 'Odesílatel: Předsednictví',
    to: 'Příjemce: Delegace',
    subject: 'Předmět: Národní jednotky Europolu – výměna informací',
    lines: [
      'Předsednictví připomíná, že podle čl. 7 odst.',
      '3 nařízení (EU) 2016/794 určí každý členský stát národní jednotku, která je styčným orgánem s Europolem.',
    ],
    second: 'Delegace se žádají, aby do 31. března 2025 podaly zprávu o činnosti svých národních jednotek.',
  },
  en: {
    placeDate: 'Brussels, 12 March 2025',
    kind: 'NOTE',
    from: 'From: Presidency',
    to: 'To: Delegations',
    subject: 'Subject: Europol national units – exchange of information',
    lines: [
      'The Presidency recalls the commitment set out in point 4 of para.',
      '3 of the Council conclusions of June 2024 on the exchange of information between the Europol national units.',
    ],
    second: 'Delegations are invited to report on the work of their national units by 31 March 2025.',
  },
};

/** The note as plain `pdftotext` prints it (`layout` false) or as `-layout` does, its paragraphs numbered with hanging lines. */
function note(document: Note, layout: boolean): string {
  const paragraph = (number: string, lines: readonly string[]) =>
    layout ? lines.map((line, index) => `${(index === 0 ? number : '').padEnd(7)}${line}`) : [`${number} ${lines[0] ?? ''}`, ...lines.slice(1)];
  return [
    'Council of the European Union',
    document.placeDate,
    '(OR. en)',
    '7014/25',
    'LIMITE',
    'COSI 43',
    'ENFOPOL 90',
    document.kind,
    document.from,
    document.to,
    document.subject,
    '',
    ...paragraph('1.', document.lines),
    '',
    ...paragraph('2.', [document.second]),
    '',
  ].join('\n');
}

describe.each(Object.entries(notes))('a paragraph whose line ends on an abbreviation numbering what follows (%s)', (_language, document) => {
  it.each([
    ['plain pdftotext', false],
    ['-layout', true],
  ] as const)('reads the number as the abbreviation’s, in the same paragraph (%s)', (_shape, layout) => {
    const record = expectOk(parseDocument(note(document, layout), 'content/sources/abbreviated-number.txt'));
    const paragraphs = record.sections.flatMap((section) => section.text.map((block) => blocksPlain([block])));
    expect(paragraphs).toEqual([`1. ${document.lines.join(' ')}`, `2. ${document.second}`]);
    expect(record.footnotes).toEqual([]);
  });
});
