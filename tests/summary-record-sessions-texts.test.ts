import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A summary record of a COSI meeting held over two days in three sessions (7012/26): the Council's name, place and
 * date, number and code, the kind line, then the committee and the meeting's days without labels, and each session
 * headed by its day and, in brackets, the part of the day in words (`Tuesday 3 March 2026 (morning session)`, `(afternoon
 * session)`, `Wednesday 4 March 2026 (morning session)`) above its numbered items, each item's text a sentence saying
 * what the committee did. As plain `pdftotext` prints a LibreOffice PDF of it (each number apart from its title), as
 * `-layout` prints it (the number and title on one row), and each page of either run into one line or copied out of a
 * viewer. Each item must be read under the day of its session, with that session's heading as printed, and the
 * meeting's two days. Written by hand in English, French, German and Spanish.
 */
interface Item {
  title: string;
  text: string;
}

interface Session {
  heading: string;
  day: string;
  items: Item[];
}

interface Version {
  head: string[];
  committee: string;
  days: string;
  sessions: Session[];
  footer: string;
}

const versions: Record<string, Version> = {
  en: {
    head: ['Council of the', 'European Union', '', 'Brussels, 20 March 2026', '(OR. en)', '7012/26', '', 'COSI 40', '', 'SUMMARY RECORD'],
    committee: 'STANDING COMMITTEE ON OPERATIONAL COOPERATION ON INTERNAL SECURITY (COSI)',
    days: '3 and 4 March 2026',
    sessions: [
      {
        heading: 'Tuesday 3 March 2026 (morning session)',
        day: '2026-03-03',
        items: [
          { title: 'Adoption of the agenda', text: 'The agenda was adopted as set out in CM 1310/26.' },
          { title: 'Migrant smuggling – follow-up', text: 'The Committee took note of the information from the Presidency.' },
        ],
      },
      {
        heading: 'Tuesday 3 March 2026 (afternoon session)',
        day: '2026-03-03',
        items: [{ title: 'EMPACT – state of play', text: 'COSI approved the operational action plans set out in 6512/26.' }],
      },
      {
        heading: 'Wednesday 4 March 2026 (morning session)',
        day: '2026-03-04',
        items: [{ title: 'Counter-terrorism – state of play', text: 'COSI took note of the report of the EU Counter-Terrorism Coordinator.' }],
      },
    ],
    footer: '7012/26\t\tJV/ab\t1\nJAI.1\t\tEN',
  },
  fr: {
    head: ['Conseil de', "l'Union européenne", '', 'Bruxelles, le 20 mars 2026', '(OR. en)', '7012/26', '', 'COSI 40', '', 'COMPTE RENDU SOMMAIRE'],
    committee: 'COMITÉ PERMANENT DE COOPÉRATION OPÉRATIONNELLE EN MATIÈRE DE SÉCURITÉ INTÉRIEURE (COSI)',
    days: '3 et 4 mars 2026',
    sessions: [
      {
        heading: 'Mardi 3 mars 2026 (séance du matin)',
        day: '2026-03-03',
        items: [
          { title: "Adoption de l'ordre du jour", text: "L'ordre du jour a été adopté tel qu'il figure dans le document CM 1310/26." },
          { title: 'Trafic de migrants – suivi', text: 'Le comité a pris note des informations de la présidence.' },
        ],
      },
      {
        heading: "Mardi 3 mars 2026 (séance de l'après-midi)",
        day: '2026-03-03',
        items: [{ title: "EMPACT – état d'avancement", text: 'Le COSI a approuvé les plans d’action opérationnels figurant dans le document 6512/26.' }],
      },
      {
        heading: 'Mercredi 4 mars 2026 (séance du matin)',
        day: '2026-03-04',
        items: [
          {
            title: 'Lutte contre le terrorisme – état des lieux',
            text: "Le COSI a pris note du rapport du coordinateur de l'UE pour la lutte contre le terrorisme.",
          },
        ],
      },
    ],
    footer: '7012/26\t\tJV/ab\t1\nJAI.1\t\tFR',
  },
  de: {
    head: ['Rat der', 'Europäischen Union', '', 'Brüssel, den 20. März 2026', '(OR. en)', '7012/26', '', 'COSI 40', '', 'KURZPROTOKOLL'],
    committee: 'STÄNDIGER AUSSCHUSS FÜR DIE OPERATIVE ZUSAMMENARBEIT IM BEREICH DER INNEREN SICHERHEIT (COSI)',
    days: '3. und 4. März 2026',
    sessions: [
      {
        heading: 'Dienstag, 3. März 2026 (Vormittagssitzung)',
        day: '2026-03-03',
        items: [
          { title: 'Annahme der Tagesordnung', text: 'Die Tagesordnung wurde in der Fassung des Dokuments CM 1310/26 angenommen.' },
          { title: 'Schleuserkriminalität – Folgemaßnahmen', text: 'Der Ausschuss nahm Kenntnis von den Informationen des Vorsitzes.' },
        ],
      },
      {
        heading: 'Dienstag, 3. März 2026 (Nachmittagssitzung)',
        day: '2026-03-03',
        items: [{ title: 'EMPACT – Sachstand', text: 'Der COSI billigte die operativen Aktionspläne in Dokument 6512/26.' }],
      },
      {
        heading: 'Mittwoch, 4. März 2026 (Vormittagssitzung)',
        day: '2026-03-04',
        items: [
          { title: 'Terrorismusbekämpfung – Sachstand', text: 'Der COSI nahm Kenntnis von dem Bericht des EU-Koordinators für die Terrorismusbekämpfung.' },
        ],
      },
    ],
    footer: '7012/26\t\tJV/ab\t1\nJAI.1\t\tDE',
  },
  es: {
    head: ['Consejo de la', 'Unión Europea', '', 'Bruselas, 20 de marzo de 2026', '(OR. en)', '7012/26', '', 'COSI 40', '', 'ACTA RESUMIDA'],
    committee: 'COMITÉ PERMANENTE DE COOPERACIÓN OPERATIVA EN MATERIA DE SEGURIDAD INTERIOR (COSI)',
    days: '3 y 4 de marzo de 2026',
    sessions: [
      {
        heading: 'Martes, 3 de marzo de 2026 (sesión de mañana)',
        day: '2026-03-03',
        items: [
          { title: 'Aprobación del orden del día', text: 'Se aprobó el orden del día que figura en el documento CM 1310/26.' },
          { title: 'Tráfico ilícito de migrantes – seguimiento', text: 'El Comité tomó nota de la información de la Presidencia.' },
        ],
      },
      {
        heading: 'Martes, 3 de marzo de 2026 (sesión de tarde)',
        day: '2026-03-03',
        items: [{ title: 'EMPACT – situación', text: 'El COSI aprobó los planes de acción operativos que figuran en el documento 6512/26.' }],
      },
      {
        heading: 'Miércoles, 4 de marzo de 2026 (sesión de mañana)',
        day: '2026-03-04',
        items: [
          {
            title: 'Lucha contra el terrorismo – situación',
            text: 'El COSI tomó nota del informe del Coordinador de la UE para la Lucha contra el Terrorismo.',
          },
        ],
      },
    ],
    footer: '7012/26\t\tJV/ab\t1\nJAI.1\t\tES',
  },
};

/** The record's page as plain `pdftotext` (`layout` false) or `-layout` prints it. */
function record(version: Version, layout: boolean): string {
  let number = 0;
  const body = version.sessions.flatMap(({ heading, items }) => [
    heading,
    '',
    ...items.flatMap(({ title, text }) => {
      number += 1;
      return [...(layout ? [`${number}.      ${title}`] : [`${number}.`, '', title]), '', text, ''];
    }),
  ]);
  return [...version.head, '', version.committee, '', version.days, '', ...body, version.footer, '\f'].join('\n');
}

describe.each(Object.entries(versions))('a summary record of a meeting held in three sessions over two days (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('files each item under its session’s day and heading (%s)', (_shape, layout, flat) => {
    const read = expectOk(parseDocument(inShape(record(version, layout), flat), 'content/sources/summary-record-sessions.txt'));
    expect([read.number, read.kind, read.meeting?.dates]).toEqual(['7012/26', 'summary-record', ['2026-03-03', '2026-03-04']]);
    expect(read.items.map((item) => [item.number, item.title, item.day, item.dayPrinted])).toEqual(
      version.sessions
        .flatMap(({ heading, day, items }) => items.map(({ title }) => [title, day, heading]))
        .map(([title, day, heading], index) => [String(index + 1), title, day, heading]),
    );
  });
});
