import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A Presidency note to COSI (9876/25, LIMITE) sending draft Council conclusions, written by hand as the register's
 * LibreOffice PDFs of 2025 print it: the Council's name over its place and date, the number, LIMITE and codes, `NOTE`,
 * the four labels with the previous document's, the recipient's cell wrapped before its acronym (`… on Internal
 * Security` / `(COSI)`), the subject's cell over three lines with a date and a document number inside (`… of` / `8 June
 * 2023 on … (doc. 9876/23) - follow-up` / `of the EU …`), then the body opening with the sentence that sends the text,
 * unnumbered (`Delegations will find attached …`) or numbered (`1. Delegations …`), and the two-line footer.
 */
interface Note {
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: [from: string, to: string, previous: string, subject: string];
  from: string[];
  to: string[];
  subject: string[];
  /** The sending sentence's lines. */
  opening: string[];
  language: string;
}

const NOTES: Record<string, Note> = {
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 2 June 2025',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'No. prev. doc.:', 'Subject:'],
    from: ['Presidency'],
    to: ['Standing Committee on Operational Cooperation on Internal Security', '(COSI)'],
    subject: [
      'Draft Council Conclusions on the implementation of the Council Conclusions of',
      '8 June 2023 on the fight against organised crime (doc. 9876/23) - follow-up',
      'of the EU Security Union Strategy 2020-2025 and of EMPACT 2022-2025',
    ],
    opening: [
      'Delegations will find attached the draft Council Conclusions prepared by the',
      'Presidency on the basis of the discussions at the COSI meeting on 20 May 2025.',
    ],
    language: 'EN',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 2 juin 2025',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'N° doc. préc.:', 'Objet:'],
    from: ['présidence'],
    to: ['Comité permanent de coopération opérationnelle en matière de sécurité intérieure', '(COSI)'],
    subject: [
      'Projet de conclusions du Conseil sur la mise en œuvre des conclusions du Conseil',
      'du 8 juin 2023 relatives à la lutte contre la criminalité organisée (doc. 9876/23)',
      "- suivi de la stratégie de l'UE pour l'union de la sécurité 2020-2025 et d'EMPACT 2022-2025",
    ],
    opening: [
      'Les délégations trouveront ci-joint le projet de conclusions du Conseil établi par',
      'la présidence sur la base des discussions lors de la réunion du COSI du 20 mai 2025.',
    ],
    language: 'FR',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 2. Juni 2025',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Nr. Vordok.:', 'Betr.:'],
    from: ['Vorsitz'],
    to: ['Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit', '(COSI)'],
    subject: [
      'Entwurf von Schlussfolgerungen des Rates zur Umsetzung der Schlussfolgerungen des',
      'Rates vom 8. Juni 2023 zur Bekämpfung der organisierten Kriminalität (Dok. 9876/23)',
      '- Folgemaßnahmen zur EU-Strategie für eine Sicherheitsunion 2020-2025 und zu EMPACT 2022-2025',
    ],
    opening: [
      'Die Delegationen erhalten anbei den vom Vorsitz auf der Grundlage der Beratungen',
      'in der Sitzung des COSI vom 20. Mai 2025 ausgearbeiteten Entwurf von Schlussfolgerungen.',
    ],
    language: 'DE',
  },
  es: {
    institution: ['Consejo de la', 'Unión Europea'],
    placeDate: 'Bruselas, 2 de junio de 2025',
    kind: 'NOTA',
    labels: ['De:', 'A:', 'N.º doc. prec.:', 'Asunto:'],
    from: ['Presidencia'],
    to: ['Comité Permanente de Cooperación Operativa en materia de Seguridad Interior', '(COSI)'],
    subject: [
      'Proyecto de Conclusiones del Consejo sobre la aplicación de las Conclusiones del Consejo',
      'de 8 de junio de 2023 relativas a la lucha contra la delincuencia organizada (doc. 9876/23)',
      '- seguimiento de la Estrategia de la UE para una Unión de la Seguridad 2020-2025 y de EMPACT 2022-2025',
    ],
    opening: [
      'Adjunto se remite a las delegaciones el proyecto de Conclusiones del Consejo elaborado por la',
      'Presidencia sobre la base de los debates de la reunión del COSI del 20 de mayo de 2025.',
    ],
    language: 'ES',
  },
  it: {
    institution: ['Consiglio', "dell'Unione europea"],
    placeDate: 'Bruxelles, 2 giugno 2025',
    kind: 'NOTA',
    labels: ['Origine:', 'Destinatario:', 'n. doc. prec.:', 'Oggetto:'],
    from: ['presidenza'],
    to: ['Comitato permanente per la cooperazione operativa in materia di sicurezza interna', '(COSI)'],
    subject: [
      "Progetto di conclusioni del Consiglio sull'attuazione delle conclusioni del Consiglio",
      "dell'8 giugno 2023 sulla lotta contro la criminalità organizzata (doc. 9876/23) - seguito",
      "dato alla strategia dell'UE per l'Unione della sicurezza 2020-2025 e a EMPACT 2022-2025",
    ],
    opening: [
      'Si trasmette in allegato, per le delegazioni, il progetto di conclusioni del Consiglio elaborato',
      'dalla presidenza sulla base delle discussioni svoltesi nella riunione del COSI del 20 maggio 2025.',
    ],
    language: 'IT',
  },
};

/**
 * The note's first page as plain `pdftotext` prints it (`layout` false: the labels as a column, then each cell as a
 * paragraph) or as `-layout` does (label and value on one row, the number, LIMITE and codes in the right column), the
 * opening sentence numbered `1.` where `numbered`.
 */
function notePage(note: Note, layout: boolean, numbered: boolean): string {
  const cells = [note.from, note.to, ['9123/25'], note.subject];
  const right = (text: string) => `${' '.repeat(64)}${text}`;
  const opening = numbered ? [`1. ${note.opening[0] ?? ''}`, ...note.opening.slice(1)] : note.opening;
  const header = layout
    ? [
        note.institution[0],
        `${note.institution[1].padEnd(64)}${note.placeDate}`,
        right('9876/25'),
        '',
        right('LIMITE'),
        '',
        right('COSI 95'),
        right('JAI 701'),
        '',
        note.kind,
        '',
        ...cells.flatMap((cell, index) => cell.map((line, at) => `${(at === 0 ? (note.labels[index] ?? '') : '').padEnd(18)}${line}`)),
      ]
    : [
        ...note.institution,
        '',
        note.placeDate,
        '',
        '9876/25',
        '',
        'LIMITE',
        '',
        'COSI 95',
        'JAI 701',
        '',
        note.kind,
        '',
        ...note.labels.flatMap((label) => [label, '']),
        ...cells.flatMap((cell) => [...cell, '']),
      ];
  const footer = layout
    ? [`9876/25${' '.repeat(30)}AB/cd${' '.repeat(40)}1`, `${' '.repeat(30)}JAI.1${' '.repeat(20)}LIMITE${' '.repeat(20)}${note.language}`]
    : ['9876/25', '', 'AB/cd', '', '1', '', 'JAI.1', '', 'LIMITE', '', note.language];
  return [...header, '', ...opening, '', ...footer, '\f'].join('\n');
}

/** A plain `pdftotext` page copied without its blank lines, as a viewer copies it: the cells one under the other. */
function withoutBlankLines(text: string): string {
  return text
    .split(/[\n\f]/)
    .filter((line) => line.trim() !== '')
    .join('\n');
}

const SHAPES: readonly (readonly [name: string, make: (note: Note, numbered: boolean) => string])[] = [
  ...TEXT_SHAPES.map(([name, layout, flat]) => [name, (note: Note, numbered: boolean) => inShape(notePage(note, layout, numbered), flat)] as const),
  ['plain pdftotext copied without blank lines', (note: Note, numbered: boolean) => withoutBlankLines(notePage(note, false, numbered))],
];

describe.each(Object.entries(NOTES))('a note whose subject runs over three lines with a date and a document inside (%s)', (_language, note) => {
  for (const numbered of [false, true])
    it.each(SHAPES)(`reads its header and the sending sentence ${numbered ? 'numbered' : 'unnumbered'} apart (%s)`, (_shape, make) => {
      const record = expectOk(parseDocument(make(note, numbered), 'content/sources/note-long-subject.txt'));
      expect([record.number, record.limite, record.codes]).toEqual(['9876/25', true, ['COSI 95', 'JAI 701']]);
      expect([record.from, record.to, record.previous, record.subject]).toEqual([note.from.join(' '), note.to.join(' '), ['9123/25'], note.subject.join(' ')]);
      const first = record.sections[0]?.text[0]?.inline[0];
      expect(first?.type === 'text' ? first.value : null).toBe(`${numbered ? '1. ' : ''}${note.opening.join(' ')}`);
    });
});
