import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';

/**
 * The declassified version of 7595/16 (7595/16 DCL 1 of 7 June 2024) as the Council's versions print it: the Council's
 * name, place and date, number, codes, the kind line, then the note on the document it declassifies (its number, the
 * day it was dated, its new status) above the subject. The date of the note dates the declassified document: it is
 * no meeting's day. Written by hand, in five languages, set as labelled rows, with the labels printed before their
 * values (plain `pdftotext`), and as a page run into one line.
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
    it(`${language}: ${version.kind}, ${version.labels[1]} ${version.dated}`, () => {
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
        }).toEqual({
          shape,
          number: '7595/16 DCL 1',
          kind: 'declassification',
          codes: ['COSI 56', 'ENFOPOL 93'],
          subject: version.subject,
          meeting: null,
          meetingDays: null,
          dated: true,
        });
      }
    });
});
