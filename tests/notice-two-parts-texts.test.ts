import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { noticeInParts, type NoticeDay, type NoticeInParts, type NoticeSheet } from './support/notice-parts.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * The notice of a meeting held in two parts over two days, the COSI Support Group on the first and COSI itself on the
 * second (CM 1305/26): under each day's heading (`Tuesday 10 March 2026 (10.00)`) the part of the meeting held that
 * day, named as the committee is named (`COSI Support Group`, `Standing Committee on Operational Cooperation on
 * Internal Security (COSI)`), then that day's items numbered on from the first day's, one with its document. As plain
 * `pdftotext` prints a LibreOffice PDF of it (labels as a column, then their values; each item's number apart from its
 * title), as `-layout` prints it (label and value on one row, number and title on one line), and each page of either
 * run into one line as a copy out of a PDF viewer gives it. Every item must be read as planned with its day and, as
 * its section, the part it is held in. Written by hand in English, French, German and Spanish.
 */
interface Version extends NoticeInParts {
  days: [NoticeDay & { iso: string }, NoticeDay & { iso: string }];
}

const SHEET: NoticeSheet = { number: 'CM 1305/26', codes: ['COSI', 'ENFOPOL'], telFax: '+32.2.281.67.32' };

const versions: Record<string, Version> = {
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 2 March 2026',
    communication: 'COMMUNICATION',
    kind: 'NOTICE OF MEETING AND PROVISIONAL AGENDA',
    labels: { contact: 'Contact:', telFax: 'Tel./Fax:', subject: 'Subject:', date: 'Date:', venue: 'Venue:' },
    subject: ['Meeting of the COSI Support Group and of the Standing Committee on', 'Operational Cooperation on Internal Security (COSI)'],
    date: '10 and 11 March 2026',
    venue: ['COUNCIL', 'JUSTUS LIPSIUS BUILDING', 'Rue de la Loi 175, 1048 BRUSSELS'],
    days: [
      {
        heading: 'Tuesday 10 March 2026 (10.00)',
        iso: '2026-03-10',
        part: 'COSI Support Group',
        items: [
          { title: 'Adoption of the agenda' },
          { title: 'EMPACT 2026–2029: operational action plans 2026 – state of play', document: '6512/26' },
          { title: 'Any other business' },
        ],
      },
      {
        heading: 'Wednesday 11 March 2026 (10.00)',
        iso: '2026-03-11',
        part: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
        items: [
          { title: 'Adoption of the agenda' },
          { title: 'Internal security of the Union: the Presidency’s priorities – exchange of views', document: '6640/26' },
          { title: 'Any other business' },
        ],
      },
    ],
    language: 'EN',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 2 mars 2026',
    communication: 'COMMUNICATION',
    kind: 'AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE',
    labels: { contact: 'Contact:', telFax: 'Tél./Fax:', subject: 'Objet:', date: 'Date:', venue: 'Lieu:' },
    subject: ['Réunion du Groupe de soutien du COSI et du Comité permanent de coopération', 'opérationnelle en matière de sécurité intérieure (COSI)'],
    date: '10 et 11 mars 2026',
    venue: ['CONSEIL', 'BÂTIMENT JUSTUS LIPSIUS', 'Rue de la Loi 175, 1048 BRUXELLES'],
    days: [
      {
        heading: 'Mardi 10 mars 2026 (10 h 00)',
        iso: '2026-03-10',
        part: 'Groupe de soutien du COSI',
        items: [
          { title: "Adoption de l'ordre du jour" },
          { title: "EMPACT 2026-2029: plans d'action opérationnels 2026 – état des lieux", document: '6512/26' },
          { title: 'Divers' },
        ],
      },
      {
        heading: 'Mercredi 11 mars 2026 (10 h 00)',
        iso: '2026-03-11',
        part: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
        items: [
          { title: "Adoption de l'ordre du jour" },
          { title: "Sécurité intérieure de l'Union: les priorités de la présidence – échange de vues", document: '6640/26' },
          { title: 'Divers' },
        ],
      },
    ],
    language: 'FR',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 2. März 2026',
    communication: 'MITTEILUNG',
    kind: 'EINBERUFUNG UND VORLÄUFIGE TAGESORDNUNG',
    labels: { contact: 'Kontakt:', telFax: 'Tel./Fax:', subject: 'Betr.:', date: 'Datum:', venue: 'Ort:' },
    subject: [
      'Sitzung der COSI-Unterstützungsgruppe und des Ständigen Ausschusses für die operative',
      'Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
    ],
    date: '10. und 11. März 2026',
    venue: ['RAT', 'JUSTUS-LIPSIUS-GEBÄUDE', 'Rue de la Loi 175, 1048 BRÜSSEL'],
    days: [
      {
        heading: 'Dienstag, 10. März 2026 (10.00 Uhr)',
        iso: '2026-03-10',
        part: 'COSI-Unterstützungsgruppe',
        items: [
          { title: 'Annahme der Tagesordnung' },
          { title: 'EMPACT 2026–2029: operative Aktionspläne 2026 – Sachstand', document: '6512/26' },
          { title: 'Sonstiges' },
        ],
      },
      {
        heading: 'Mittwoch, 11. März 2026 (10.00 Uhr)',
        iso: '2026-03-11',
        part: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
        items: [
          { title: 'Annahme der Tagesordnung' },
          { title: 'Innere Sicherheit der Union: die Prioritäten des Vorsitzes – Gedankenaustausch', document: '6640/26' },
          { title: 'Sonstiges' },
        ],
      },
    ],
    language: 'DE',
  },
  es: {
    institution: ['Consejo de la', 'Unión Europea'],
    placeDate: 'Bruselas, 2 de marzo de 2026',
    communication: 'COMUNICACIÓN',
    kind: 'CONVOCATORIA Y ORDEN DEL DÍA PROVISIONAL',
    labels: { contact: 'Contacto:', telFax: 'Tel./fax:', subject: 'Asunto:', date: 'Fecha:', venue: 'Lugar:' },
    subject: ['Reunión del Grupo de Apoyo del COSI y del Comité Permanente de Cooperación', 'Operativa en materia de Seguridad Interior (COSI)'],
    date: '10 y 11 de marzo de 2026',
    venue: ['CONSEJO', 'EDIFICIO JUSTUS LIPSIUS', 'Rue de la Loi 175, 1048 BRUSELAS'],
    days: [
      {
        heading: 'Martes, 10 de marzo de 2026 (10.00)',
        iso: '2026-03-10',
        part: 'Grupo de Apoyo del COSI',
        items: [
          { title: 'Aprobación del orden del día' },
          { title: 'EMPACT 2026-2029: planes de acción operativos 2026 – situación actual', document: '6512/26' },
          { title: 'Varios' },
        ],
      },
      {
        heading: 'Miércoles, 11 de marzo de 2026 (10.00)',
        iso: '2026-03-11',
        part: 'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
        items: [
          { title: 'Aprobación del orden del día' },
          { title: 'Seguridad interior de la Unión: prioridades de la Presidencia – cambio de impresiones', document: '6640/26' },
          { title: 'Varios' },
        ],
      },
    ],
    language: 'ES',
  },
};

describe.each(Object.entries(versions))('the notice of a meeting held in two parts, the COSI Support Group and COSI (%s)', (_language, version) => {
  const planned = version.days.flatMap((day, index) =>
    day.items.map(({ title, document }, position) => ({
      number: String(index * 3 + position + 1),
      title,
      section: day.part,
      day: day.iso,
      references: document === undefined ? [] : [document],
    })),
  );
  it.each(TEXT_SHAPES)('reads each item as planned with its day and the part it is held in (%s)', (_shape, layout, flat) => {
    const text = inShape(noticeInParts(version, SHEET, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/cm-notice-two-parts.txt'));
    expect([record.number, record.kind, record.meeting?.dates]).toEqual([
      'CM 1305/26',
      'notice-of-meeting-and-provisional-agenda',
      ['2026-03-10', '2026-03-11'],
    ]);
    expect(record.subject).toBe(version.subject.join(' '));
    expect(record.planned?.map(({ number, title, section, day, references }) => ({ number, title, section, day, references }))).toEqual(planned);
  });
});
