import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
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
