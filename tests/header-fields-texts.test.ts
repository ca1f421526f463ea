import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';

const OUTCOME_SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

/**
 * The fields of a header the register prints around its labels, on an addendum to a revised Presidency note for a
 * joint meeting of SCIFA and COSI, written by hand in English, French and German: the number over its suffixes (`15990/1/25`
 * / `REV 1` / `ADD 1`, the footer `15990/1/25 REV 1 ADD 1` `ML/ab` `1` / `JAI.1` `LIMITE` `EN`), the interinstitutional
 * file over its procedure (`Interinstitutional File:` / `2025/0123(COD)`), a working party's code without a number among
 * the codes (`SCIFA`), two recipients joined by a slash, and a subject over three lines ending with the meeting's place and
 * day (`…, Brussels, 11 December 2025`), in the five shapes of tests/support/text-shapes.ts.
 */
interface Note {
  institution: readonly string[];
  placeDate: string;
  interinstitutional: string;
  kind: string;
  labels: readonly [from: string, to: string, subject: string];
  from: string;
  /** The recipient's cell, wrapped over its lines. */
  to: readonly string[];
  /** The subject's cell, wrapped over three lines. */
  subject: readonly string[];
  opening: string;
  language: string;
}

const NOTES: readonly Note[] = [
  {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 3 December 2025',
    interinstitutional: 'Interinstitutional File:',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'Subject:'],
    from: 'Presidency',
    to: ['Strategic Committee on Immigration, Frontiers and Asylum/Standing Committee', 'on Operational Cooperation on Internal Security (COSI)'],
    subject: [
      'Joint meeting of the Strategic Committee on Immigration, Frontiers and',
      'Asylum and the Standing Committee on Operational Cooperation on Internal',
      'Security, Brussels, 11 December 2025',
    ],
    opening: '1. Delegations will find in the annex the revised timetable of the joint meeting.',
    language: 'EN',
  },
  {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 3 décembre 2025',
    interinstitutional: 'Dossier interinstitutionnel:',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    from: 'présidence',
    to: [
      "Comité stratégique sur l'immigration, les frontières et l'asile/Comité",
      'permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
    ],
    subject: [
      "Réunion conjointe du Comité stratégique sur l'immigration, les frontières et",
      "l'asile et du Comité permanent de coopération opérationnelle en matière de",
      'sécurité intérieure, Bruxelles, le 11 décembre 2025',
    ],
    opening: '1. Les délégations trouveront en annexe le calendrier révisé de la réunion conjointe.',
    language: 'FR',
  },
  {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 3. Dezember 2025',
    interinstitutional: 'Interinstitutionelles Dossier:',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    from: 'Vorsitz',
    to: [
      'Strategischer Ausschuss für Einwanderungs-, Grenz- und Asylfragen/Ständiger',
      'Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
    ],
    subject: [
      'Gemeinsame Sitzung des Strategischen Ausschusses für Einwanderungs-, Grenz- und',
      'Asylfragen und des Ständigen Ausschusses für die operative Zusammenarbeit im',
      'Bereich der inneren Sicherheit, Brüssel, 11. Dezember 2025',
    ],
    opening: '1. Die Delegationen erhalten in der Anlage den überarbeiteten Zeitplan der gemeinsamen Sitzung.',
    language: 'DE',
  },
];

const CODES = ['COSI 221', 'SCIFA', 'ENFOPOL 430', 'CODEC 1702'];

/** The value column of `-layout`. */
const VALUE_COLUMN = 25;

/** The note's page as plain `pdftotext` (the labels as a column before their values) or `-layout` prints it. */
function notePage(note: Note, layout: boolean): string {
  const right = (text: string) => (layout ? `${' '.repeat(49)}${text}` : text);
  const cells: (readonly string[])[] = [[note.from], note.to, note.subject];
  const header = layout
    ? cells.flatMap((cell, index) => cell.map((line, at) => `${(at === 0 ? (note.labels[index] ?? '') : '').padEnd(VALUE_COLUMN)}${line}`))
    : [...note.labels, '', ...cells.flat()];
  return [
    ...note.institution,
    '',
    right(note.placeDate),
    right('(OR. en)'),
    right('15990/1/25'),
    right('REV 1'),
    right('ADD 1'),
    '',
    right('LIMITE'),
    '',
    note.interinstitutional,
    '2025/0123(COD)',
    '',
    ...CODES.map(right),
    '',
    note.kind,
    ...header,
    '',
    note.opening,
    '',
    ...(layout
      ? [`15990/1/25 REV 1 ADD 1${' '.repeat(20)}ML/ab${' '.repeat(40)}1`, `JAI.1${' '.repeat(40)}LIMITE${' '.repeat(40)}${note.language}`]
      : ['15990/1/25 REV 1 ADD 1', '', 'ML/ab', '', '1', '', 'JAI.1', '', 'LIMITE', '', note.language]),
    '',
  ].join('\n');
}

describe('an addendum to a revised note with an interinstitutional file, a bare code and a subject ending with a place and day', () => {
  for (const note of NOTES)
    it.each(TEXT_SHAPES)(`reads the ${note.language} note's number, codes, file, recipient and whole subject (%s)`, (_, layout, flat) => {
      const record = expectOk(parseDocument(inShape(notePage(note, layout), flat), `note-${note.language}.txt`));
      expect([record.number, record.kind, record.limite, record.codes]).toEqual(['15990/1/25 REV 1 ADD 1', 'note', true, CODES]);
      expect(record.interinstitutionalFile).toBe('2025/0123(COD)');
      expect(record.references.find(({ type }) => type === 'procedure')?.id).toBe('2025/0123(COD)');
      expect([record.from, record.to, record.subject]).toEqual([note.from, note.to.join(' '), note.subject.join(' ')]);
    });
});

/**
 * An outcome of each official language (tests/fixtures/outcome-languages) whose header prints the interinstitutional
 * file's procedure number without its label, on the original's line or under it (`(OR. en) 2025/0123 (COD)`, `(OR. fr,
 * en)` / `2025/0123 (COD)`), as a copy prints the right-hand column's lines where the left-hand column's label
 * `Interinstitutional File:` was lost: the procedure is the file, the original's languages are read whole, and neither
 * is left among the header's other lines.
 */
describe('a procedure number printed without its label beside or under the original’s language', () => {
  const PRINTINGS: readonly (readonly [printed: string, languages: string])[] = [
    ['(OR. en) 2025/0123 (COD)', 'en'],
    ['(OR. fr, en) 2025/0123 (COD)', 'fr, en'],
    ['(OR. en)\n2025/0123(COD)', 'en'],
  ];
  for (const [language, outcome] of Object.entries(outcomes))
    it(`${language}: reads the file 2025/0123(COD) and the original's languages in each shape`, () => {
      for (const [printed, languages] of PRINTINGS)
        for (const shape of OUTCOME_SHAPES) {
          const text = outcomePage(outcome, language, shape, { foot: [] }).replace('(OR. en)', printed);
          const record = expectOk(parseDocument(text, `outcome-${language}.txt`));
          expect(
            {
              shape,
              printed,
              number: record.number,
              date: record.date,
              file: record.interinstitutionalFile,
              original: record.originalLanguage,
              other: record.otherHeaderLines.filter((line) => !line.includes(outcome.institution)),
            },
            `${shape}: ${printed}`,
          ).toEqual({ shape, printed, number: '14470/25', date: '2025-11-25', file: '2025/0123(COD)', original: languages, other: [] });
        }
    });
});
