import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A note of two pages whose subject the body's numbered paragraph `1.` follows, the page's footer printing its page
 * number after the typist's initials (`10391/23 ST/ml 1 JAI.1 DE`, the German note 10391/23 of
 * tests/fixtures/layouts/german-codes-after-labels), run into one line across its pages, as a copy that loses the page
 * breaks gives it (`… - Billigung 1. Der Vorsitz hat … überarbeitet. 10391/23 ST/ml 1 JAI.1 DE 2 2. Der Ausschuss …`):
 * the footer's page number `1` before a sentence up to the next footer was read as a footnote cut by the page's end, its
 * call the paragraph's number after the subject (`… Billigung ^1.`), so the subject ran on over the first sentence to
 * the footer (`… - Billigung. Der Vorsitz hat … überarbeitet. 10391/23 ST/ml`) and the paragraph's number was lost. A
 * number inside a footer is the footer's page, no footnote's (foot-footnotes.ts flatFootnotes, inline-footers.ts
 * insideFooter): the subject ends before `1.`, the paragraphs are the body's with their numbers. In eight languages, in
 * the shapes users bring them in and with the whole text run into one line.
 */

/** A version's note: its header's words, the subject and the two numbered paragraphs' sentences. */
interface Note {
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: [from: string, to: string, previous: string, subject: string];
  from: string;
  to: string;
  subject: string;
  first: string;
  second: string;
  footer: string;
}

const NOTES: Record<string, Note> = {
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 12 June 2023',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'No. prev. doc.:', 'Subject:'],
    from: 'Presidency',
    to: 'Permanent Representatives Committee',
    subject: 'Draft Council conclusions on operational cooperation in the fight against trafficking in human beings - Approval',
    first: 'The Presidency has revised the draft in the light of the comments made by delegations.',
    second: 'The Permanent Representatives Committee is invited to approve the draft.',
    footer: 'EN',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 12. Juni 2023',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Nr. Vordok.:', 'Betr.:'],
    from: 'Vorsitz',
    to: 'Ausschuss der Ständigen Vertreter',
    subject: 'Entwurf von Schlussfolgerungen des Rates zur operativen Zusammenarbeit bei der Bekämpfung des Menschenhandels - Billigung',
    first: 'Der Vorsitz hat den Entwurf unter Berücksichtigung der Bemerkungen der Delegationen überarbeitet.',
    second: 'Der Ausschuss der Ständigen Vertreter wird ersucht, den Entwurf zu billigen.',
    footer: 'DE',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 12 juin 2023',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'N° doc. préc.:', 'Objet:'],
    from: 'Présidence',
    to: 'Comité des représentants permanents',
    subject: 'Projet de conclusions du Conseil sur la coopération opérationnelle dans la lutte contre la traite des êtres humains - Approbation',
    first: 'La présidence a révisé le projet à la lumière des observations formulées par les délégations.',
    second: 'Le Comité des représentants permanents est invité à approuver le projet.',
    footer: 'FR',
  },
  it: {
    institution: ['Consiglio', "dell'Unione europea"],
    placeDate: 'Bruxelles, 12 giugno 2023',
    kind: 'NOTA',
    labels: ['Origine:', 'Destinatario:', 'n. doc. prec.:', 'Oggetto:'],
    from: 'Presidenza',
    to: 'Comitato dei rappresentanti permanenti',
    subject: 'Progetto di conclusioni del Consiglio sulla cooperazione operativa nella lotta contro la tratta di esseri umani - Approvazione',
    first: 'La presidenza ha riveduto il progetto alla luce delle osservazioni formulate dalle delegazioni.',
    second: 'Il Comitato dei rappresentanti permanenti è invitato ad approvare il progetto.',
    footer: 'IT',
  },
  es: {
    institution: ['Consejo de la', 'Unión Europea'],
    placeDate: 'Bruselas, 12 de junio de 2023',
    kind: 'NOTA',
    labels: ['De:', 'A:', 'N.° doc. prec.:', 'Asunto:'],
    from: 'Presidencia',
    to: 'Comité de Representantes Permanentes',
    subject: 'Proyecto de Conclusiones del Consejo sobre la cooperación operativa en la lucha contra la trata de seres humanos - Aprobación',
    first: 'La Presidencia ha revisado el proyecto a la luz de las observaciones formuladas por las delegaciones.',
    second: 'Se invita al Comité de Representantes Permanentes a aprobar el proyecto.',
    footer: 'ES',
  },
  nl: {
    institution: ['Raad van de', 'Europese Unie'],
    placeDate: 'Brussel, 12 juni 2023',
    kind: 'NOTA',
    labels: ['van:', 'aan:', 'Nr. vorig doc.:', 'Betreft:'],
    from: 'het voorzitterschap',
    to: 'het Comité van permanente vertegenwoordigers',
    subject: 'Ontwerpconclusies van de Raad over operationele samenwerking bij de bestrijding van mensenhandel - Goedkeuring',
    first: 'Het voorzitterschap heeft het ontwerp herzien in het licht van de opmerkingen van de delegaties.',
    second: 'Het Comité van permanente vertegenwoordigers wordt verzocht het ontwerp goed te keuren.',
    footer: 'NL',
  },
  pl: {
    institution: ['Rada', 'Unii Europejskiej'],
    placeDate: 'Bruksela, 12 czerwca 2023 r.',
    kind: 'NOTA',
    labels: ['Od:', 'Do:', 'Nr poprz. dok.:', 'Dotyczy:'],
    from: 'Prezydencja',
    to: 'Komitet Stałych Przedstawicieli',
    subject: 'Projekt konkluzji Rady w sprawie współpracy operacyjnej w zwalczaniu handlu ludźmi - Zatwierdzenie',
    first: 'Prezydencja zmieniła projekt w świetle uwag zgłoszonych przez delegacje.',
    second: 'Komitet Stałych Przedstawicieli jest proszony o zatwierdzenie projektu.',
    footer: 'PL',
  },
  sv: {
    institution: ['Europeiska unionens', 'råd'],
    placeDate: 'Bryssel den 12 juni 2023',
    kind: 'NOT',
    labels: ['från:', 'till:', 'Föreg. dok. nr:', 'Ärende:'],
    from: 'Ordförandeskapet',
    to: 'Ständiga representanternas kommitté',
    subject: 'Utkast till rådets slutsatser om operativt samarbete för att bekämpa människohandel - Godkännande',
    first: 'Ordförandeskapet har reviderat utkastet mot bakgrund av delegationernas synpunkter.',
    second: 'Ständiga representanternas kommitté uppmanas att godkänna utkastet.',
    footer: 'SV',
  },
};

/** The note's two pages as plain `pdftotext` (`layout` false: labels, then values) or `-layout` prints them, each ending in a form feed. */
function noteText(note: Note, layout: boolean): string {
  const [from, to, previous, subject] = note.labels;
  const right = (text: string) => `${''.padEnd(48)}${text}`;
  const footer = (page: number) =>
    layout
      ? [`10391/23${''.padEnd(30)}ST/ml${''.padEnd(35)}${page}`, `${''.padEnd(38)}JAI.1${''.padEnd(30)}${note.footer}`]
      : ['10391/23', '', 'ST/ml', 'JAI.1', '', String(page), '', note.footer, ''];
  const head = layout
    ? [
        `${note.institution[0].padEnd(48)}${note.placeDate}`,
        `${note.institution[1].padEnd(48)}(OR. en)`,
        right('10391/23'),
        '',
        right('JAI 802'),
        right('COSI 101'),
        right('ENFOPOL 290'),
        '',
        note.kind,
        `${from.padEnd(25)}${note.from}`,
        `${to.padEnd(25)}${note.to}`,
        `${previous.padEnd(25)}9807/23`,
        `${subject.padEnd(25)}${note.subject}`,
      ]
    : [
        ...note.institution,
        '',
        note.placeDate,
        '(OR. en)',
        '10391/23',
        'JAI 802',
        'COSI 101',
        'ENFOPOL 290',
        '',
        note.kind,
        from,
        to,
        previous,
        subject,
        '',
        note.from,
        note.to,
        '9807/23',
        note.subject,
      ];
  const pageOne = [...head, '', `1.\t${note.first}`, '', ...footer(1)];
  const pageTwo = [`2.\t${note.second}`, '', ...footer(2)];
  return `${pageOne.join('\n')}\n\f${pageTwo.join('\n')}\n\f`;
}

/** A text run into one line across its pages, as a copy that loses the page breaks gives it. */
function wholeLine(text: string): string {
  return `${flattenedPages(text.replaceAll('\f', '\n'))}\n`;
}

const SHAPES = [
  ...TEXT_SHAPES.map(([name, layout, flat]) => [name, layout, (text: string) => inShape(text, flat)] as const),
  ['plain pdftotext, the whole text run into one line', false, wholeLine] as const,
  ['-layout, the whole text run into one line', true, wholeLine] as const,
];

describe.each(Object.entries(NOTES))('a note of two pages in %s, its first numbered paragraph under the subject', (_language, note) => {
  it.each(SHAPES)('reads the subject up to paragraph 1, the footers’ page numbers no footnote (%s)', (_shape, layout, shape) => {
    const record = expectOk(parseDocument(shape(noteText(note, layout)), 'content/sources/10391-23.txt'));
    const text = record.sections.flatMap((section) => section.text.map((block) => blocksPlain([block]))).join(' ');
    expect({ number: record.number, from: record.from, to: record.to, previous: record.previous, subject: record.subject }).toEqual({
      number: '10391/23',
      from: note.from,
      to: note.to,
      previous: ['9807/23'],
      subject: note.subject,
    });
    expect(record.footnotes).toEqual([]);
    expect(text).toMatch(new RegExp(`^1\\.\\s+${note.first.replace(/[.()]/gu, '\\$&')}`, 'u'));
    expect(text).toMatch(new RegExp(`2\\.\\s+${note.second.replace(/[.()]/gu, '\\$&')}$`, 'u'));
  });
});

/** The hand-written fixtures whose text run into one line across their pages read so, and the record they state. */
const FIXTURES = [
  {
    path: 'tests/fixtures/layouts/german-codes-after-labels/source.txt',
    subject: 'Entwurf von Schlussfolgerungen des Rates zur operativen Zusammenarbeit bei der Bekämpfung des Menschenhandels - Billigung',
    opening: '1. Der Vorsitz hat den Entwurf',
  },
  {
    path: 'tests/fixtures/layouts/pdftotext-plain/source.txt',
    subject: 'Report on the implementation of the EU Roadmap to fight drug trafficking and organised crime',
    opening: '1. In October 2023 the Commission adopted',
  },
  {
    path: 'tests/fixtures/variations/limite-page-footer/input.txt',
    subject: 'Draft roadmap to enhance information exchange and information management',
    opening: '1. INTRODUCTION',
  },
];

describe.each(FIXTURES)('$path run into one line across its pages', ({ path, subject, opening }) => {
  it('reads the subject the document states, the body opening with its paragraph 1', () => {
    const record = expectOk(parseDocument(flattenedPages(readFileSync(path, 'utf8')), path));
    const text = record.sections.flatMap((section) => [
      `${section.number === null ? '' : `${section.number}. `}${section.title ?? ''}`,
      ...section.text.map((block) => blocksPlain([block])),
    ]);
    expect({ subject: record.subject, footnotes: record.footnotes }).toEqual({ subject, footnotes: [] });
    expect(text.join(' ').trim().startsWith(opening)).toBe(true);
  });
});
