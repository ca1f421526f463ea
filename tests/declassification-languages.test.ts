import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

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

/**
 * A partially released version (9876/25 EXT 1) that prints no note on the document it releases: the register's stamp
 * of partial access above the released note's own header, which it reprints with its day, its number and `EXT 1` under
 * it, LIMITE and its codes (the note's body with a withheld paragraph, `DELETED`, under it; its footers number it
 * `9876/25 EXT 1`). The record must give the released document all the same: its number, the marking and the day that
 * header prints, no new status. Written by hand in five languages, as plain `pdftotext` (the labels as a column before
 * their values) and `-layout` print it, each page run into one line, and as a viewer copies the `-layout` page.
 */
interface StampedVersion {
  stamp: string;
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: [string, string, string];
  values: [string, string, string];
  body: [string, string, string];
}

const STAMPED: Readonly<Record<string, StampedVersion>> = {
  en: {
    stamp: 'DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (14.10.2025)',
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 3 June 2025',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'Subject:'],
    values: ['Presidency', 'Standing Committee on Operational Cooperation on Internal Security (COSI)', 'Drug trafficking through EU ports – state of play'],
    body: [
      '1. Criminal networks continue to exploit the main container ports of the Union to bring cocaine into Europe.',
      '2. DELETED',
      '3. COSI is invited to take note of the state of play and to discuss the way forward.',
    ],
  },
  fr: {
    stamp: 'DOCUMENT PARTIELLEMENT ACCESSIBLE AU PUBLIC (14.10.2025)',
    institution: ["Conseil de l'Union", 'européenne'],
    placeDate: 'Bruxelles, le 3 juin 2025',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    values: [
      'Présidence',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
      "Trafic de drogue dans les ports de l'UE – état des lieux",
    ],
    body: [
      "1. Les réseaux criminels continuent d'exploiter les principaux ports à conteneurs de l'Union pour introduire de la cocaïne en Europe.",
      '2. SUPPRIMÉ',
      "3. Le COSI est invité à prendre note de l'état des lieux et à examiner la voie à suivre.",
    ],
  },
  de: {
    stamp: 'DOKUMENT TEILWEISE ÖFFENTLICH ZUGÄNGLICH (14.10.2025)',
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 3. Juni 2025',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    values: [
      'Vorsitz',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
      'Drogenhandel über die Häfen der EU – Sachstand',
    ],
    body: [
      '1. Kriminelle Netzwerke nutzen weiterhin die großen Containerhäfen der Union, um Kokain nach Europa zu bringen.',
      '2. GESTRICHEN',
      '3. Der COSI wird ersucht, den Sachstand zur Kenntnis zu nehmen und das weitere Vorgehen zu erörtern.',
    ],
  },
  es: {
    stamp: 'DOCUMENTO PARCIALMENTE ACCESIBLE AL PÚBLICO (14.10.2025)',
    institution: ['Consejo de la', 'Unión Europea'],
    placeDate: 'Bruselas, 3 de junio de 2025',
    kind: 'NOTA',
    labels: ['De:', 'A:', 'Asunto:'],
    values: [
      'Presidencia',
      'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
      'Tráfico de drogas a través de los puertos de la UE – situación actual',
    ],
    body: [
      '1. Las redes delictivas siguen aprovechando los principales puertos de contenedores de la Unión para introducir cocaína en Europa.',
      '2. SUPRIMIDO',
      '3. Se invita al COSI a que tome nota de la situación actual y debata el camino a seguir.',
    ],
  },
  it: {
    stamp: 'DOCUMENTO PARZIALMENTE ACCESSIBILE AL PUBBLICO (14.10.2025)',
    institution: ["Consiglio dell'Unione", 'europea'],
    placeDate: 'Bruxelles, 3 giugno 2025',
    kind: 'NOTA',
    labels: ['Origine:', 'Destinatario:', 'Oggetto:'],
    values: [
      'Presidenza',
      'Comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)',
      "Traffico di droga attraverso i porti dell'UE – stato dei lavori",
    ],
    body: [
      "1. Le reti criminali continuano a sfruttare i principali porti container dell'Unione per introdurre cocaina in Europa.",
      '2. SOPPRESSO',
      '3. Il COSI è invitato a prendere atto dello stato dei lavori e a discutere il seguito da dare.',
    ],
  },
};

/** The version as plain `pdftotext` prints it (the labels as a column, then their values) or as `-layout` does. */
function stampedPage(version: StampedVersion, language: string, layout: boolean): string {
  const right = (text: string) => (layout ? `${' '.repeat(50)}${text}` : text);
  const top = [
    version.stamp,
    '',
    ...version.institution,
    '',
    right(version.placeDate),
    right('(OR. en)'),
    '',
    right('9876/25'),
    right('EXT 1'),
    '',
    right('LIMITE'),
    '',
    right('COSI 102'),
    right('ENFOPOL 221'),
    '',
    version.kind,
  ];
  const header = layout
    ? version.labels.map((label, index) => `${label.padEnd(16)}${version.values[index] ?? ''}`)
    : [...version.labels, '', ...version.values];
  const footer = layout
    ? [`9876/25 EXT 1${' '.repeat(20)}MK/ab${' '.repeat(30)}1`, `JAI.1${' '.repeat(50)}${language.toUpperCase()}`]
    : ['9876/25 EXT 1', '', 'MK/ab', '', '1', '', 'JAI.1', '', language.toUpperCase()];
  return [...top, ...header, '', ...version.body.flatMap((paragraph) => [paragraph, '']), ...footer, '\f'].join('\n');
}

describe.each(Object.entries(STAMPED))(
  'a partially released version printing only the register’s stamp over the header it reprints (%s)',
  (language, version) => {
    it.each(TEXT_SHAPES)('names the document it releases by its own number, with that header’s marking and day (%s)', (_shape, layout, flat) => {
      const record = expectOk(parseDocument(inShape(stampedPage(version, language, layout), flat), `ext-${language}.txt`));
      expect({
        number: record.number,
        date: record.date,
        publicAccess: record.publicAccess,
        subject: record.subject,
        released: record.released,
      }).toEqual({
        number: '9876/25 EXT 1',
        date: '2025-06-03',
        publicAccess: { printed: version.stamp, date: '2025-10-14' },
        subject: version.values[2],
        released: { number: '9876/25', marking: 'LIMITE', date: '2025-06-03', status: null },
      });
    });
  },
);
