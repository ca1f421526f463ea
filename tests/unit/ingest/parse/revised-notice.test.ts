import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { flattenedPages } from '../../../support/flattened-pages.ts';
import { expectOk } from '../../../support/projection.ts';

/** A revised COSI notice as plain `pdftotext` prints it, in a version's words: the meeting moved, an item's document alone above the footer. */
interface Version {
  institution: string;
  placeDate: string;
  kind: string;
  labels: [string, string, string, string];
  date: string;
  items: [string, string, string, string];
  language: string;
}

const VERSIONS: Record<string, Version> = {
  en: {
    institution: 'Council of the European Union',
    placeDate: 'Brussels, 20 January 2026',
    kind: 'REVISED NOTICE OF MEETING AND PROVISIONAL AGENDA',
    labels: ['Subject:', 'Date:', 'Time:', 'Venue:'],
    date: '3 February 2026 (instead of 27 January 2026)',
    items: ['Adoption of the agenda', 'Information from the Presidency', 'Draft Council conclusions on the security of the external borders', 'AOB'],
    language: 'EN',
  },
  fr: {
    institution: "Conseil de l'Union européenne",
    placeDate: 'Bruxelles, le 20 janvier 2026',
    kind: 'AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE RÉVISÉS',
    labels: ['Objet:', 'Date:', 'Heure:', 'Lieu:'],
    date: '3 février 2026 (au lieu du 27 janvier 2026)',
    items: [
      "Adoption de l'ordre du jour",
      'Informations de la présidence',
      'Projet de conclusions du Conseil sur la sécurité des frontières extérieures',
      'Divers',
    ],
    language: 'FR',
  },
  de: {
    institution: 'Rat der Europäischen Union',
    placeDate: 'Brüssel, den 20. Januar 2026',
    kind: 'GEÄNDERTE EINBERUFUNG UND VORLÄUFIGE TAGESORDNUNG',
    labels: ['Betr.:', 'Datum:', 'Uhrzeit:', 'Ort:'],
    date: '3. Februar 2026 (statt 27. Januar 2026)',
    items: ['Annahme der Tagesordnung', 'Informationen des Vorsitzes', 'Entwurf von Schlussfolgerungen des Rates zur Sicherheit der Außengrenzen', 'Sonstiges'],
    language: 'DE',
  },
};

/** The document each item lists: item 3's alone on the line above the page's footer. */
const DOCUMENTS = ['5512/1/26 REV 1', '6120/26 ADD 1 REV 2', '5512/26'];

function plain(version: Version, document: string): string {
  const [subject, date, time, venue] = version.labels;
  return [
    version.institution,
    '',
    version.placeDate,
    '',
    'CM 1234/1/26',
    'REV 1',
    '',
    'COSI',
    'ENFOPOL',
    'JAI',
    '',
    'COMMUNICATION',
    '',
    version.kind,
    '',
    `${subject}\tStanding Committee on Operational Cooperation on Internal Security (COSI)`,
    `${date}\t${version.date}`,
    `${time}\t10.00`,
    `${venue}\tJUSTUS LIPSIUS`,
    '',
    `1.\t${version.items[0]}`,
    '',
    `2.\t${version.items[1]}`,
    '',
    `3.\t${version.items[2]}`,
    `\t${document}`,
    '',
    `4.\t${version.items[3]}`,
    '',
    'CM 1234/1/26 REV 1\t\t1',
    `\t\t${version.language}`,
    '',
  ].join('\n');
}

describe('a revised notice: the meeting moved, an item’s document alone above the page’s footer', () => {
  for (const [language, version] of Object.entries(VERSIONS)) {
    for (const document of DOCUMENTS) {
      for (const [shape, text] of [
        ['plain pdftotext', plain(version, document)],
        ['a page run into one line', flattenedPages(plain(version, document))],
      ] as const) {
        it(`reads the new day alone and ${document} as item 3's document (${language}, ${shape})`, () => {
          const record = expectOk(parseDocument(text, `rev-${language}.txt`));
          expect(record.number).toBe('CM 1234/1/26 REV 1');
          expect(record.meeting?.dates).toEqual(['2026-02-03']);
          expect(record.planned?.map(({ number, references }) => [number, references.length])).toEqual([
            ['1', 0],
            ['2', 0],
            ['3', 1],
            ['4', 0],
          ]);
          expect(record.references.map(({ id }) => id)).toContain(document === '6120/26 ADD 1 REV 2' ? '6120/2/26 ADD 1 REV 2' : document);
          expect(record.printed?.meetingDays).toBe(version.date);
        });
      }
    }
  }

  it('keeps both days of a two-day meeting whose hours stand in brackets', () => {
    const version = VERSIONS['en'];
    if (version === undefined) throw new Error('no English version');
    const record = expectOk(parseDocument(plain({ ...version, date: '3 (10.00) and 4 February 2026 (09.30)' }, '5512/26'), 'two-days.txt'));
    expect(record.meeting?.dates).toEqual(['2026-02-03', '2026-02-04']);
  });
});
