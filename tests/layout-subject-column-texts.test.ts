import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout, withoutBlankLines, wrapWords } from './support/text-shapes.ts';

/**
 * A cover note of the Commission's proposal COM(2023) 754 (2023/0438(COD)), as the Council sends it on, whose subject
 * names Europol inside one of its lines before words in small letters, written by hand in three versions with the
 * proposal's title in each (the Irish as tests/fixtures/council-pdf-lo/cover-note-ga prints it). A blank line under the
 * subject ends it where `pdftotext -layout` prints it; a copy that keeps each line's indent but drops blank lines has the
 * body's sentence at the margin under the subject's column instead, which ends it as well: the subject is read whole,
 * where before it stopped before `Europol` (body-start.ts takes a capitalised name inside a line of a value no blank line
 * ends for a body run on after the subject) and the rest of the subject became the body's first paragraph.
 */
const NOTES: readonly [language: string, labels: readonly [string, string, string, string], kind: string, subject: string, body: string][] = [
  [
    'en',
    ['From:', 'date of receipt:', 'To:', 'Subject:'],
    'COVER NOTE',
    'Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on enhancing police cooperation in relation to the prevention, detection and investigation of migrant smuggling and trafficking in human beings, and on enhancing Europol support to preventing and combating such crimes and amending Regulation (EU) 2016/794',
    'Delegations will find attached document COM(2023) 754 final.',
  ],
  [
    'fr',
    ['Origine:', 'Date de réception:', 'Destinataire:', 'Objet:'],
    'NOTE DE TRANSMISSION',
    'Proposition de RÈGLEMENT DU PARLEMENT EUROPÉEN ET DU CONSEIL visant à améliorer la coopération policière en ce qui concerne la prévention, la détection et les enquêtes en matière de trafic de migrants et de traite des êtres humains, et à renforcer le soutien apporté par Europol pour prévenir et combattre ces formes de criminalité, et modifiant le règlement (UE) 2016/794',
    'Les délégations trouveront ci-joint le document COM(2023) 754 final.',
  ],
  [
    'ga',
    ['Ó:', 'Dáta a fuarthas:', 'Chuig:', 'Ábhar:'],
    'NÓTA CUMHDAIGH',
    'Togra le haghaidh RIALACHÁN Ó PHARLAIMINT NA hEORPA AGUS ÓN gCOMHAIRLE lena leasaítear Rialachán (AE) 2016/794 a mhéid a bhaineann le ról Europol a neartú maidir le smuigleáil imirceach a chosc agus a chomhrac',
    'Gheobhaidh na toscaireachtaí doiciméad COM(2023) 754 final faoi iamh.',
  ],
];

/** The sender, date of receipt and recipient, as the three versions print them. */
const CORRESPONDENTS: Readonly<Record<string, readonly [string, string, string]>> = {
  en: [
    'Secretary-General of the European Commission, signed by Ms Martine DEPREZ, Director',
    '29 November 2023',
    'Ms Thérèse BLANCHET, Secretary-General of the Council of the European Union',
  ],
  fr: [
    'Pour la secrétaire générale de la Commission européenne, Madame Martine DEPREZ, directrice',
    '29 novembre 2023',
    'Madame Thérèse BLANCHET, secrétaire générale du Conseil de l’Union européenne',
  ],
  ga: [
    'Thar ceann Ardrúnaí an Choimisiúin Eorpaigh, Martine DEPREZ, Stiúrthóir',
    '29 Samhain 2023',
    'Thérèse BLANCHET, Ardrúnaí Chomhairle an Aontais Eorpaigh',
  ],
};

/** The place and date, in the version's words. */
const PLACE_DATE: Readonly<Record<string, string>> = {
  en: 'Brussels, 30 November 2023',
  fr: 'Bruxelles, le 30 novembre 2023',
  ga: 'An Bhruiséil, 30 Samhain 2023',
};

/** The note's first page as `pdftotext -layout` prints it: the values' column at 22, the subject wrapped in it. */
function layoutPage(language: string, labels: readonly string[], kind: string, subject: string, body: string): string {
  const [from = '', received = '', to = ''] = CORRESPONDENTS[language] ?? [];
  const row = (label: string, lines: readonly string[]) => lines.map((line, index) => `${(index === 0 ? label : '').padEnd(22)}${line}`);
  return [
    `${'Council of the'.padEnd(45)}${PLACE_DATE[language] ?? ''}`,
    `${'European Union'.padEnd(45)}(OR. en)`,
    `${' '.repeat(45)}16108/23`,
    '',
    kind,
    '',
    ...row(labels[0] ?? '', wrapWords(from, 60)),
    ...row(labels[1] ?? '', [received]),
    ...row(labels[2] ?? '', wrapWords(to, 60)),
    ...row(labels[3] ?? '', wrapWords(subject, 56)),
    '',
    '',
    body,
    '',
    `16108/23${' '.repeat(31)}RS/ek${' '.repeat(40)}1`,
    `JAI.1${' '.repeat(85)}${language.toUpperCase()}`,
    '\f',
  ].join('\n');
}

const SHAPES: readonly [name: string, shape: (text: string) => string][] = [
  ['-layout', (text) => text],
  ['a copy of -layout that keeps the indents and drops the blank lines', withoutBlankLines],
  ['a viewer’s copy of -layout (lines trimmed, no blank line)', viewerCopyOfLayout],
  ['the -layout page run into one line', flattenedPages],
];

describe.each(NOTES)('a cover note in %s whose subject names Europol inside a line', (language, labels, kind, subject, body) => {
  it.each(SHAPES)('reads the subject whole and opens the body at the sending sentence (%s)', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(layoutPage(language, labels, kind, subject, body)), `cover-note-${language}.txt`));
    // the sender's and recipient's values wrapped over two lines of the values' column, under the earlier labels, end at
    // the next label (From: over date of receipt:, To: over Subject:)
    expect([record.from, record.to, record.subject]).toEqual([CORRESPONDENTS[language]?.[0], CORRESPONDENTS[language]?.[2], subject]);
    const text = JSON.stringify(record.sections.map((section) => section.text));
    expect(text).toContain(body.slice(0, 30));
    expect(text).not.toContain('Europol');
  });
});
