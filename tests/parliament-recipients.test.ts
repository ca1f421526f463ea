import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A note of the General Secretariat sending the Council's report on COSI's proceedings to the European Parliament and the
 * national parliaments, its two recipients printed on two lines under the label (as the register's PDFs set them),
 * written by hand in English, French, German and Spanish, and the same page run into one line.
 */
const NOTES: Readonly<Record<string, { lines: readonly string[]; recipients: readonly string[]; subject: string }>> = {
  en: {
    lines: [
      'Council of the European Union',
      'Brussels, 12 March 2025',
      '(OR. en)',
      '7013/25',
      'COSI 41',
      'NOTE',
      'From: General Secretariat of the Council',
      'To: European Parliament',
      'National Parliaments',
    ],
    recipients: ['European Parliament', 'National Parliaments'],
    subject: 'Report on the proceedings of the Standing Committee on Operational Cooperation on Internal Security for the period July 2024 to December 2024',
  },
  fr: {
    lines: [
      "Conseil de l'Union européenne",
      'Bruxelles, le 12 mars 2025',
      '(OR. en)',
      '7013/25',
      'COSI 41',
      'NOTE',
      'Origine: Secrétariat général du Conseil',
      'Destinataire: Parlement européen',
      'Parlements nationaux',
    ],
    recipients: ['Parlement européen', 'Parlements nationaux'],
    subject:
      'Rapport sur les travaux du Comité permanent de coopération opérationnelle en matière de sécurité intérieure pour la période de juillet 2024 à décembre 2024',
  },
  de: {
    lines: [
      'Rat der Europäischen Union',
      'Brüssel, den 12. März 2025',
      '(OR. en)',
      '7013/25',
      'COSI 41',
      'VERMERK',
      'Absender: Generalsekretariat des Rates',
      'Empfänger: Europäisches Parlament',
      'Nationale Parlamente',
    ],
    recipients: ['Europäisches Parlament', 'Nationale Parlamente'],
    subject:
      'Bericht über die Arbeiten des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit im Zeitraum Juli 2024 bis Dezember 2024',
  },
  es: {
    lines: [
      'Consejo de la Unión Europea',
      'Bruselas, 12 de marzo de 2025',
      '(OR. en)',
      '7013/25',
      'COSI 41',
      'NOTA',
      'De: Secretaría General del Consejo',
      'A: Parlamento Europeo',
      'Parlamentos nacionales',
    ],
    recipients: ['Parlamento Europeo', 'Parlamentos nacionales'],
    subject:
      'Informe sobre los trabajos del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior durante el período de julio de 2024 a diciembre de 2024',
  },
};

/** The subject's label of each version. */
const SUBJECT_LABELS: Readonly<Record<string, string>> = { en: 'Subject:', fr: 'Objet:', de: 'Betr.:', es: 'Asunto:' };

describe('a note addressed to the European Parliament and the national parliaments on two lines names both recipients and keeps its subject whole', () => {
  for (const [language, { lines, recipients, subject }] of Object.entries(NOTES))
    for (const shape of ['labelled rows', 'flattened'] as const)
      it(`${language} (${shape})`, () => {
        const page = [...lines, `${SUBJECT_LABELS[language] ?? ''} ${subject}`, '1. Text.'];
        const text = shape === 'flattened' ? `${page.join(' ')}\n` : `${page.join('\n')}\n`;
        const record = expectOk(parseDocument(text, `note-${language}.txt`));
        expect(record.recipients).toEqual(recipients);
        expect(record.subject).toBe(subject);
      });
});

/**
 * The European Parliament and the national parliaments as each version names them on one line after its word for and,
 * articles as printed (`Europäisches Parlament und die nationalen Parlamente`, `Parlamentul European și parlamentele
 * naționale`), written by hand: the two recipients each reads.
 */
const ONE_LINE: Readonly<Record<string, readonly [parliament: string, parliaments: string, and: string]>> = {
  bg: ['Европейски парламент', 'национални парламенти', 'и'],
  cs: ['Evropský parlament', 'vnitrostátní parlamenty', 'a'],
  da: ['Europa-Parlamentet', 'de nationale parlamenter', 'og'],
  de: ['Europäisches Parlament', 'die nationalen Parlamente', 'und'],
  el: ['Ευρωπαϊκό Κοινοβούλιο', 'εθνικά κοινοβούλια', 'και'],
  en: ['European Parliament', 'national parliaments', 'and'],
  es: ['Parlamento Europeo', 'Parlamentos nacionales', 'y'],
  et: ['Euroopa Parlament', 'liikmesriikide parlamendid', 'ja'],
  fi: ['Euroopan parlamentti', 'kansalliset parlamentit', 'ja'],
  fr: ['Parlement européen', 'parlements nationaux', 'et'],
  ga: ['Parlaimint na hEorpa', 'na parlaimintí náisiúnta', 'agus'],
  hr: ['Europski parlament', 'nacionalni parlamenti', 'i'],
  hu: ['Európai Parlament', 'a nemzeti parlamentek', 'és'],
  it: ['Parlamento europeo', 'parlamenti nazionali', 'e'],
  lt: ['Europos Parlamentas', 'nacionaliniai parlamentai', 'ir'],
  lv: ['Eiropas Parlaments', 'valstu parlamenti', 'un'],
  mt: ['Parlament Ewropew', 'l-parlamenti nazzjonali', 'u'],
  nl: ['Europees Parlement', 'nationale parlementen', 'en'],
  pl: ['Parlament Europejski', 'parlamenty narodowe', 'i'],
  pt: ['Parlamento Europeu', 'parlamentos nacionais', 'e'],
  ro: ['Parlamentul European', 'parlamentele naționale', 'și'],
  sk: ['Európsky parlament', 'národné parlamenty', 'a'],
  sl: ['Evropski parlament', 'nacionalni parlamenti', 'in'],
  sv: ['Europaparlamentet', 'de nationella parlamenten', 'och'],
};

describe('a header addressed on one line to the European Parliament and the national parliaments names both, in each of the 24 versions and each shape', () => {
  for (const [language, outcome] of Object.entries(outcomes))
    it(language, () => {
      const [parliament = '', parliaments = '', and = ''] = ONE_LINE[language] ?? [];
      for (const shape of ['labelled rows', 'layout', 'labels first', 'flattened'] as const) {
        const to = `${parliament} ${and} ${parliaments}`;
        const text = outcomePage({ ...outcome, to }, language, shape, { foot: [] });
        const record = expectOk(parseDocument(text, `parliaments-${language}.txt`));
        expect({ shape, to: record.to, recipients: record.recipients, from: record.from }).toEqual({
          shape,
          to,
          recipients: [parliament, parliaments],
          from: outcome.from,
        });
      }
    });
});
