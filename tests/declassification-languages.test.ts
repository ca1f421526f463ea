import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';

/**
 * The declassified version of 7595/16 (7595/16 DCL 1 of 7 June 2024) as the Council's versions print it: the Council's
 * name, place and date, number, codes, the kind line, then the note on the document it declassifies (its number, the
 * day it was dated, its new status) above the subject. The date of the note dates the declassified document: it is
 * no meeting's day. The note names the document released, which the record gives as its `released` field: its number
 * (`ST 7595/16 LIMITE`: 7595/16, its marking LIMITE), its day and its new status as printed. Written by hand, in five
 * languages, set as labelled rows, with the labels printed before their values (plain `pdftotext`), and as a page run
 * into one line.
 */
interface Version {
  institution: string;
  placeDate: string;
  kind: string;
  /** The note's labels (of document, dated, new status) and the subject's label. */
  labels: [string, string, string, string];
  dated: string;
  status: string;
  subject: string;
  body: string;
}

const VERSIONS: Readonly<Record<string, Version>> = {
  en: {
    institution: 'Council of the European Union',
    placeDate: 'Brussels, 7 June 2024',
    kind: 'DECLASSIFICATION',
    labels: ['of document:', 'dated:', 'new status:', 'Subject:'],
    dated: '8 April 2016',
    status: 'Public',
    subject: 'Implementation of the EU Policy Cycle 2014-2017 - State of play',
    body: 'Delegations will find attached the declassified version of the above document.',
  },
  fr: {
    institution: "Conseil de l'Union européenne",
    placeDate: 'Bruxelles, le 7 juin 2024',
    kind: 'DÉCLASSIFICATION',
    labels: ['du document:', 'en date du:', 'nouveau statut:', 'Objet:'],
    dated: '8 avril 2016',
    status: 'Public',
    subject: "Mise en œuvre du cycle politique de l'UE 2014-2017 - État des lieux",
    body: 'Les délégations trouveront ci-joint la version déclassifiée du document susmentionné.',
  },
  de: {
    institution: 'Rat der Europäischen Union',
    placeDate: 'Brüssel, den 7. Juni 2024',
    kind: 'FREIGABE',
    labels: ['des Dokuments:', 'vom:', 'Neuer Status:', 'Betr.:'],
    dated: '8. April 2016',
    status: 'Öffentlich',
    subject: 'Umsetzung des EU-Politikzyklus 2014-2017 - Sachstand',
    body: 'Die Delegationen erhalten anbei die freigegebene Fassung des oben genannten Dokuments.',
  },
  es: {
    institution: 'Consejo de la Unión Europea',
    placeDate: 'Bruselas, 7 de junio de 2024',
    kind: 'DESCLASIFICACIÓN',
    labels: ['del documento:', 'de fecha:', 'nuevo estatuto:', 'Asunto:'],
    dated: '8 de abril de 2016',
    status: 'Público',
    subject: 'Aplicación del ciclo de actuación de la UE 2014-2017 - Situación',
    body: 'Se remite adjunta a las Delegaciones la versión desclasificada del documento de referencia.',
  },
  it: {
    institution: "Consiglio dell'Unione europea",
    placeDate: 'Bruxelles, 7 giugno 2024',
    kind: 'DECLASSIFICAZIONE',
    labels: ['del documento:', 'in data:', 'nuova classificazione:', 'Oggetto:'],
    dated: '8 aprile 2016',
    status: 'Pubblico',
    subject: "Attuazione del ciclo programmatico dell'UE 2014-2017 - Situazione",
    body: 'Si trasmette in allegato per le delegazioni la versione declassificata del documento in oggetto.',
  },
};

type Shape = 'labelled rows' | 'labels first' | 'flattened';

function page(version: Version, shape: Shape): string {
  const top = [version.institution, '', version.placeDate, '(OR. en)', '', '7595/16', 'DCL 1', '', 'COSI 56', 'ENFOPOL 93', '', version.kind, ''];
  const values = ['ST 7595/16 LIMITE', version.dated, version.status, version.subject];
  const rows = shape === 'labels first' ? [...version.labels, '', ...values] : version.labels.map((label, index) => `${label}\t${values[index] ?? ''}`);
  const lines = [...top, ...rows, '', version.body, ''];
  return shape === 'flattened' ? `${lines.filter((line) => line !== '').join(' ')}\n` : lines.join('\n');
}

describe('a declassified version’s note in five languages', () => {
  for (const [language, version] of Object.entries(VERSIONS))
    it(`${language}: ${version.kind}, ${version.labels[1]} ${version.dated}, the released document read into its own field`, () => {
      for (const shape of ['labelled rows', 'labels first', 'flattened'] as const) {
        const record = expectOk(parseDocument(page(version, shape), `dcl-${language}.txt`));
        expect({
          shape,
          number: record.number,
          kind: record.kind,
          codes: record.codes,
          subject: record.subject,
          meeting: record.meeting,
          meetingDays: record.printed?.meetingDays ?? null,
          dated: record.otherHeaderLines.some((line) => line.includes(`${version.labels[1]} ${version.dated}`)),
          released: record.released,
        }).toEqual({
          shape,
          number: '7595/16 DCL 1',
          kind: 'declassification',
          codes: ['COSI 56', 'ENFOPOL 93'],
          subject: version.subject,
          meeting: null,
          meetingDays: null,
          dated: true,
          released: { number: '7595/16', marking: 'LIMITE', date: '2016-04-08', status: version.status },
        });
      }
    });
});

/**
 * The partial declassifications among the fixtures, each as its PDF's text prints its note (`of document:` / `dated:` /
 * `new status:`): plain `pdftotext` leaves the labels apart from their values (`of document:` / `dated:` / `8812/19
 * LIMITE` / `3 May 2019`), `-layout` keeps each on its row; the layouts fixtures print a classified document's marking
 * after its number, or none, and two are Swedish pages run into one line (`för dokument: 9710/16 RESTREINT UE av den: 3
 * juni 2016 Ny status: Offentlig`). Expected values read from each fixture's source (`source.fodt`, `source.txt`).
 */
const RELEASED_FIXTURES: readonly [path: string, released: { number: string; marking: string | null; date: string; status: string }][] = [
  ['council-pdf-lo/ext-declassification/pdftotext.txt', { number: '8812/19', marking: 'LIMITE', date: '2019-05-03', status: 'Public' }],
  ['council-pdf-lo/ext-declassification/pdftotext-layout.txt', { number: '8812/19', marking: 'LIMITE', date: '2019-05-03', status: 'Public' }],
  ['council-pdf-lo/ext-annex-table/pdftotext.txt', { number: '10512/24', marking: 'LIMITE', date: '2024-06-05', status: 'Public' }],
  ['council-pdf-lo/ext-annex-table/pdftotext-layout.txt', { number: '10512/24', marking: 'LIMITE', date: '2024-06-05', status: 'Public' }],
  ['council-pdf-lo/ext-annex-table-centred/pdftotext.txt', { number: '10512/24', marking: 'LIMITE', date: '2024-06-05', status: 'Public' }],
  ['council-pdf-lo/ext-annex-table-centred/pdftotext-layout.txt', { number: '10512/24', marking: 'LIMITE', date: '2024-06-05', status: 'Public' }],
  ['layouts/partial-declassification-extract/source.txt', { number: '9368/1/19 REV 1', marking: 'RESTREINT UE', date: '2019-06-17', status: 'Public' }],
  ['layouts/declassification/source.txt', { number: '7595/16', marking: 'LIMITE', date: '2016-04-08', status: 'Public' }],
  ['layouts/swedish-declassification-cut-initials/source.txt', { number: '8120/08', marking: null, date: '2008-04-03', status: 'Offentlig' }],
  ['layouts/swedish-declassification-flattened/source.txt', { number: '9710/16', marking: 'RESTREINT UE', date: '2016-06-03', status: 'Offentlig' }],
];

describe('a partial declassification among the fixtures', () => {
  it.each(RELEASED_FIXTURES)('%s names the document it releases in its own field, its number one of its references', (path, released) => {
    const record = expectOk(parseDocument(readFileSync(`tests/fixtures/${path}`, 'utf8'), path));
    expect(record.released).toEqual(released);
    expect(record.references.map(({ id }) => id)).toContain(released.number);
  });

  it('gives a document that releases nothing no such field, whatever notes its header prints', () => {
    const note = ['Council of the European Union', '', 'Brussels, 3 June 2025', '(OR. en)', '', '9876/25', 'LIMITE', '', 'COSI 101', '', 'NOTE'];
    const labels = ['From:\tPresidency', 'To:\tDelegations', 'No. prev. doc.:\t9412/25 LIMITE', 'Subject:\tCriminal infiltration of the ports'];
    const record = expectOk(parseDocument([...note, ...labels, '', 'Delegations will find attached a note.', ''].join('\n'), 'note.txt'));
    expect(record.released).toBeUndefined();
  });
});
