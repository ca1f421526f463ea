import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk, project } from './support/projection.ts';
import { viewerCopyOfLayout, wrapWords } from './support/text-shapes.ts';

/**
 * The footnotes of a register's public version of a LIMITE Presidency note over three pages, written by hand in
 * English, French, German and Italian in the shapes the register's LibreOffice PDFs of public versions reach users in
 * (council-pdf-lo/note-public-en, outcome-public-fr and note-restricted-de: the Council's name over its place and date,
 * number, LIMITE, codes, kind, From/To/No. prev. doc./Subject, the two-line footer `13120/25 AB/cd 1` / `JAI.1 LIMITE
 * EN`; plain `pdftotext` prints the labels before their values). The note calls footnote 1 one space after its word
 * (`Europol 1 on`, as plain `pdftotext` prints a call LibreOffice sets apart), footnote 2 glued to a year (`since 20232.`)
 * and footnote 3 glued to a word (`suggested3,`); page 1 ends with a list's item whose text is withheld (`• […];`)
 * right above its two footnotes, the second withheld (`2 […]`); page 2's last paragraph goes on over the page break
 * above its withheld footnote (`… that COSI` / `3 […]` / footer / `return to the matter …`). Each shape must read the
 * subject, the paragraphs (footnote calls `[^N]` where the note prints them, paragraph 4 whole over the page break),
 * the list's items and the three footnotes as the note prints them.
 */

interface Note {
  language: string;
  council: [string, string];
  placeDate: string;
  kind: string;
  labels: [string, string, string, string];
  from: string;
  to: string;
  subject: string;
  /** The paragraphs and list items, each call written `{N}` where the note prints it. */
  page1: string[];
  page2: string[];
  /** Paragraph 4's words after the page break. */
  page3: string;
  footnote1: string;
}

const NOTES: Note[] = [
  {
    language: 'EN',
    council: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 14 October 2025',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'No. prev. doc.:', 'Subject:'],
    from: 'Presidency',
    to: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
    subject: 'Drug trafficking through small ports and marinas – State of play',
    page1: [
      '1. At its meeting on 23 September 2025, COSI held an exchange of views on the use of small ports and marinas by drug traffickers, on the basis of a Presidency note (12044/25).',
      '2. The Presidency has consulted Europol {1} on the routes used by the traffickers. According to its assessment, DELETED, and the number of seizures in small ports has doubled since 2023{2}.',
      '3. COSI is invited to:',
      '• take note of the state of play set out in this note;',
      '• […];',
    ],
    page2: ['• exchange views on the questions set out in 12044/25.', '4. The Presidency proposes, as several Member States suggested{3}, that COSI'],
    page3: 'return to the matter at its meeting in December 2025.',
    footnote1: 'Assessment by Europol of 2 September 2025 (WK 11250/2025).',
  },
  {
    language: 'FR',
    council: ['Conseil de', 'l’Union européenne'],
    placeDate: 'Bruxelles, le 14 octobre 2025',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'N° doc. préc.:', 'Objet:'],
    from: 'Présidence',
    to: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
    subject: 'Trafic de drogue dans les petits ports et les marinas – État des lieux',
    page1: [
      '1. Lors de sa réunion du 23 septembre 2025, le COSI a procédé à un échange de vues sur l’utilisation des petits ports et des marinas par les trafiquants de drogue, sur la base d’une note de la présidence (12044/25).',
      '2. La présidence a consulté Europol {1} sur les itinéraires qu’empruntent les trafiquants de drogue. Selon son évaluation, DELETED, et le nombre de saisies dans les petits ports a doublé depuis 2023{2}.',
      '3. Le COSI est invité à:',
      '• prendre note de l’état des lieux exposé dans la présente note;',
      '• […];',
    ],
    page2: [
      '• procéder à un échange de vues sur les questions exposées dans le document 12044/25.',
      '4. La présidence propose, comme plusieurs États membres l’ont suggéré{3}, que le COSI',
    ],
    page3: 'revienne sur la question lors de sa réunion de décembre 2025.',
    footnote1: 'Évaluation d’Europol du 2 septembre 2025 (WK 11250/2025).',
  },
  {
    language: 'DE',
    council: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 14. Oktober 2025',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Nr. Vordok.:', 'Betr.:'],
    from: 'Vorsitz',
    to: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
    subject: 'Drogenhandel über kleine Häfen und Jachthäfen – Sachstand',
    page1: [
      '1. Auf seiner Sitzung vom 23. September 2025 hat der COSI einen Gedankenaustausch über die Nutzung kleiner Häfen und Jachthäfen durch Drogenhändler geführt (Dokument 12044/25).',
      '2. Der Vorsitz hat Europol {1} zu den von den Händlern genutzten Routen konsultiert. Nach seiner Bewertung DELETED, und die Zahl der Sicherstellungen in kleinen Häfen hat sich seit 2023{2} verdoppelt.',
      '3. Der COSI wird ersucht,',
      '• den in diesem Vermerk dargelegten Sachstand zur Kenntnis zu nehmen;',
      '• […];',
    ],
    page2: [
      '• einen Gedankenaustausch über die in Dokument 12044/25 dargelegten Fragen zu führen.',
      '4. Der Vorsitz schlägt vor, wie von mehreren Mitgliedstaaten angeregt{3}, dass der COSI',
    ],
    page3: 'auf seiner Sitzung im Dezember 2025 auf die Frage zurückkommt.',
    footnote1: 'Bewertung von Europol vom 2. September 2025 (WK 11250/2025).',
  },
  {
    language: 'IT',
    council: ['Consiglio', 'dell’Unione europea'],
    placeDate: 'Bruxelles, 14 ottobre 2025',
    kind: 'NOTA',
    labels: ['Da:', 'A:', 'n. doc. prec.:', 'Oggetto:'],
    from: 'Presidenza',
    to: 'Comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)',
    subject: 'Traffico di droga attraverso i piccoli porti e i porti turistici – Stato dei lavori',
    page1: [
      '1. Nella riunione del 23 settembre 2025 il COSI ha proceduto a uno scambio di opinioni sull’uso dei piccoli porti e dei porti turistici da parte dei trafficanti di droga, sulla base di una nota della presidenza (12044/25).',
      '2. La presidenza ha consultato Europol {1} sulle rotte utilizzate dai trafficanti. Secondo la sua valutazione, DELETED, e il numero dei sequestri nei piccoli porti è raddoppiato dal 2023{2}.',
      '3. Il COSI è invitato a:',
      '• prendere atto dello stato dei lavori illustrato nella presente nota;',
      '• […];',
    ],
    page2: [
      '• procedere a uno scambio di opinioni sulle questioni illustrate nel documento 12044/25.',
      '4. La presidenza propone, come suggerito da diversi Stati membri{3}, che il COSI',
    ],
    page3: 'ritorni sulla questione nella riunione di dicembre 2025.',
    footnote1: 'Valutazione di Europol del 2 settembre 2025 (WK 11250/2025).',
  },
];

/** A paragraph as printed: each call `{N}` its number (`Europol 1 on`, `20232.`). */
const printed = (text: string): string => text.replace(/\{(\d)\}/gu, '$1');

/** The body's line width of the note as plain `pdftotext` prints it. */
const WIDTH = 92;

/** The two-line footer of page `page`, as plain `pdftotext` prints it (column by column) or `-layout` does. */
function footer(note: Note, page: number, layout: boolean): string[] {
  return layout
    ? [
        `13120/25                               AB/cd                                   ${page}`,
        `                                 JAI.1          LIMITE                     ${note.language}`,
      ]
    : ['13120/25', 'JAI.1', '', 'AB/cd', 'LIMITE', '', String(page), note.language];
}

/** The note's three pages as plain `pdftotext` prints them (`layout`: as `pdftotext -layout` does), apart by form feeds. */
function notePages(note: Note, layout: boolean): string {
  const indent = layout ? '      ' : '';
  const body = (paragraph: string): string[] => {
    const lines = wrapWords(printed(paragraph), WIDTH);
    const bullet = paragraph.startsWith('• ');
    return lines.map((line, index) => (index === 0 ? `${layout && bullet ? '   ' : ''}${line}` : `${indent}${layout && bullet ? '   ' : ''}${line}`));
  };
  const header = layout
    ? [
        `${note.council[0].padEnd(40)}${note.placeDate}`,
        `${note.council[1].padEnd(40)}(OR. en)`,
        ...['13120/25', 'LIMITE', 'COSI 171', 'ENFOPOL 342', 'JAI 1290'].map((line) => `${''.padEnd(40)}${line}`),
        '',
        note.kind,
        `${note.labels[0].padEnd(20)}${note.from}`,
        `${note.labels[1].padEnd(20)}${note.to}`,
        `${note.labels[2].padEnd(20)}12044/25`,
        `${note.labels[3].padEnd(20)}${note.subject}`,
        '',
      ]
    : [
        note.council[0],
        note.council[1],
        '',
        note.placeDate,
        '(OR. en)',
        '13120/25',
        'LIMITE',
        'COSI 171',
        'ENFOPOL 342',
        'JAI 1290',
        '',
        note.kind,
        ...note.labels.flatMap((label, index) => [label, '', [note.from, note.to, '12044/25', note.subject][index] ?? '', '']),
      ];
  const gap = layout ? '      ' : ' ';
  const page1 = [...header, ...note.page1.flatMap(body), `1${gap}${note.footnote1}`, `2${gap}[…]`, ...footer(note, 1, layout)];
  const page2 = [...note.page2.flatMap(body), `3${gap}[…]`, ...footer(note, 2, layout)];
  const page3 = [...wrapWords(note.page3, WIDTH).map((line) => `${indent}${line}`), '', ...footer(note, 3, layout)];
  return `${[page1, page2, page3].map((page) => page.join('\n')).join('\n\f')}\n\f`;
}

/** The shapes: plain `pdftotext` and `-layout` as printed, each page run into one line, and a viewer's copy. */
const SHAPES: ReadonlyArray<readonly [string, (note: Note) => string]> = [
  ['plain pdftotext', (note) => notePages(note, false)],
  ['plain pdftotext, each page run into one line', (note) => flattenedPages(notePages(note, false))],
  [
    'a viewer’s copy of plain pdftotext',
    (note) =>
      notePages(note, false)
        .split(/[\f\n]/u)
        .filter((line) => line.trim() !== '')
        .join('\n'),
  ],
  ['-layout', (note) => notePages(note, true)],
  ['-layout, each page run into one line', (note) => flattenedPages(notePages(note, true))],
  ['a viewer’s copy of -layout', (note) => viewerCopyOfLayout(notePages(note, true))],
];

/** The body's blocks as text, each footnote call written `[^N]` where it stands and each list item after its bullet. */
function bodyBlocks(record: OkRecord): string[] {
  return record.sections.flatMap((section) =>
    section.text.map(
      (block) =>
        `${block.list === null ? '' : '• '}${block.inline.map((part) => (part.type === 'footnote' ? `[^${part.label}]` : part.type === 'text' ? part.value : '')).join('')}`,
    ),
  );
}

describe.each(NOTES)('the public version of a Presidency note in $language', (note) => {
  const blocks = [
    ...note.page1,
    note.page2[0] ?? '',
    `${note.page2[1] ?? ''} ${note.page3}`,
    // each call `[^N]` where the note prints it
  ].map((text) => text.replace(/\{(\d)\}/gu, '[^$1]'));
  it.each(SHAPES)('reads its subject, paragraphs, list items and three footnotes (two withheld) as printed: %s', (_shape, shaped) => {
    const record = expectOk(parseDocument(shaped(note), `public-note-${note.language}.txt`));
    expect(record.subject).toBe(note.subject);
    expect(project(record).footnotes).toEqual([
      { mark: '1', text: note.footnote1 },
      { mark: '2', text: '[…]' },
      { mark: '3', text: '[…]' },
    ]);
    expect(bodyBlocks(record)).toEqual(blocks);
  });
});
