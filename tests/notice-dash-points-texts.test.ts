import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { noticeHead, noticeValues, type NoticePrint } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/** The lines every version prints alike between its place and date and its communication line, and its telephone line. */
const PRINT: NoticePrint = { sheet: ['CM 1310/26', 'COSI', 'ENFOPOL', 'JAI'], telFax: '+32.2.281.67.32' };

/**
 * A COSI notice of meeting (CM 1310/26) whose items print their points under dashes (`- presentation by the
 * Commission`, `- exchange of views`) after a title with a dash of its own (`Firearms trafficking – implementation of
 * the EU action plan 2020-2025`), and the item's documents under the last point; one title is EMPACT's full name,
 * whose preposition is capitalised (`European Multidisciplinary Platform Against Criminal Threats (EMPACT) – follow-up`).
 * As plain `pdftotext` prints a LibreOffice PDF of it (the header's labels as a column, then their values; each number
 * apart from its title; the documents at the margin as the points), as `-layout` prints it (the points and the
 * documents under the title's column), and each page of either run into one line as a copy out of a PDF viewer gives
 * it. One item's title prints two dashes of its own and its one point a dash of another kind (`Migrant smuggling –
 * Global Alliance … – follow-up` over `- information from the Presidency`), as a notice mixing its title's en dash with
 * the list's hyphen prints it; another prints one dash of its own and its one point another kind (`Counter-terrorism –
 * state of play …` over `- presentation by the EU Counter-Terrorism Coordinator`, a title long enough in English for
 * plain `pdftotext` to have wrapped it), with one document under the point. Each item must be read as planned with its whole title, its points and, as the item's,
 * its documents. Written by hand in English, French, German and Spanish.
 */
interface Item {
  title: string;
  points: string[];
  documents: string[];
}

interface Version {
  head: string[];
  labels: string[];
  values: string[];
  items: Item[];
  footer: string;
}

const versions: Record<string, Version> = {
  en: {
    head: noticeHead(PRINT, ['Council of the', 'European Union'], 'Brussels, 2 March 2026', 'COMMUNICATION', 'NOTICE OF MEETING AND PROVISIONAL AGENDA'),
    labels: ['Contact:', 'Tel./Fax:', 'Subject:', 'Date:', 'Time:', 'Venue:'],
    values: noticeValues(PRINT, 'Standing Committee on Operational Cooperation on Internal Security (COSI)', '17 March 2026', '10.00', [
      'COUNCIL',
      'JUSTUS LIPSIUS BUILDING',
      'Rue de la Loi 175, 1048 BRUSSELS',
    ]),
    items: [
      { title: 'Adoption of the agenda', points: [], documents: [] },
      {
        title: 'Firearms trafficking – implementation of the EU action plan 2020-2025',
        points: ['presentation by the Commission', 'exchange of views'],
        documents: ['6701/26', 'WK 2345/2026 INIT'],
      },
      {
        title: 'European Multidisciplinary Platform Against Criminal Threats (EMPACT) – follow-up',
        points: ['information from the Presidency', 'presentation by Europol'],
        documents: ['6512/26'],
      },
      {
        title: 'Migrant smuggling – Global Alliance to Counter Migrant Smuggling – follow-up',
        points: ['information from the Presidency'],
        documents: ['6655/26'],
      },
      {
        title: 'Counter-terrorism – state of play of the implementation of the EU Counter-Terrorism Agenda',
        points: ['presentation by the EU Counter-Terrorism Coordinator'],
        documents: ['6802/26'],
      },
      { title: 'Any other business', points: [], documents: [] },
    ],
    footer: 'CM 1310/26\n\n1\nEN',
  },
  fr: {
    head: noticeHead(PRINT, ['Conseil de', "l'Union européenne"], 'Bruxelles, le 2 mars 2026', 'COMMUNICATION', 'AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE'),
    labels: ['Contact:', 'Tél./Fax:', 'Objet:', 'Date:', 'Heure:', 'Lieu:'],
    values: noticeValues(PRINT, 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)', '17 mars 2026', '10 h 00', [
      'CONSEIL',
      'BÂTIMENT JUSTUS LIPSIUS',
      'Rue de la Loi 175, 1048 BRUXELLES',
    ]),
    items: [
      { title: "Adoption de l'ordre du jour", points: [], documents: [] },
      {
        title: "Trafic d'armes à feu – mise en œuvre du plan d'action de l'UE 2020-2025",
        points: ['présentation par la Commission', 'échange de vues'],
        documents: ['6701/26', 'WK 2345/2026 INIT'],
      },
      {
        title: 'Plateforme pluridisciplinaire européenne contre les menaces criminelles (EMPACT) – suivi',
        points: ['informations de la présidence', 'présentation par Europol'],
        documents: ['6512/26'],
      },
      {
        title: 'Trafic de migrants – Alliance mondiale contre le trafic de migrants – suivi',
        points: ['information de la présidence'],
        documents: ['6655/26'],
      },
      {
        title: 'Lutte contre le terrorisme – état des lieux',
        points: ['présentation par le coordinateur de l’UE pour la lutte contre le terrorisme'],
        documents: ['6802/26'],
      },
      { title: 'Divers', points: [], documents: [] },
    ],
    footer: 'CM 1310/26\n\n1\nFR',
  },
  de: {
    head: noticeHead(PRINT, ['Rat der', 'Europäischen Union'], 'Brüssel, den 2. März 2026', 'MITTEILUNG', 'EINBERUFUNG UND VORLÄUFIGE TAGESORDNUNG'),
    labels: ['Kontakt:', 'Tel./Fax:', 'Betr.:', 'Datum:', 'Uhrzeit:', 'Ort:'],
    values: noticeValues(PRINT, 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)', '17. März 2026', '10.00 Uhr', [
      'RAT',
      'JUSTUS-LIPSIUS-GEBÄUDE',
      'Rue de la Loi 175, 1048 BRÜSSEL',
    ]),
    items: [
      { title: 'Annahme der Tagesordnung', points: [], documents: [] },
      {
        title: 'Handel mit Feuerwaffen – Umsetzung des EU-Aktionsplans 2020-2025',
        points: ['Vorstellung durch die Kommission', 'Gedankenaustausch'],
        documents: ['6701/26', 'WK 2345/2026 INIT'],
      },
      {
        title: 'Europäische multidisziplinäre Plattform gegen kriminelle Bedrohungen (EMPACT) – Folgemaßnahmen',
        points: ['Informationen des Vorsitzes', 'Vorstellung durch Europol'],
        documents: ['6512/26'],
      },
      {
        title: 'Schleuserkriminalität – Globale Allianz zur Bekämpfung der Schleuserkriminalität – Folgemaßnahmen',
        points: ['Unterrichtung durch den Vorsitz'],
        documents: ['6655/26'],
      },
      { title: 'Terrorismusbekämpfung – Sachstand', points: ['Vorstellung durch den EU-Koordinator für die Terrorismusbekämpfung'], documents: ['6802/26'] },
      { title: 'Sonstiges', points: [], documents: [] },
    ],
    footer: 'CM 1310/26\n\n1\nDE',
  },
  es: {
    head: noticeHead(PRINT, ['Consejo de la', 'Unión Europea'], 'Bruselas, 2 de marzo de 2026', 'COMUNICACIÓN', 'CONVOCATORIA Y ORDEN DEL DÍA PROVISIONAL'),
    labels: ['Contacto:', 'Tel./fax:', 'Asunto:', 'Fecha:', 'Hora:', 'Lugar:'],
    values: noticeValues(PRINT, 'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)', '17 de marzo de 2026', '10.00', [
      'CONSEJO',
      'EDIFICIO JUSTUS LIPSIUS',
      'Rue de la Loi 175, 1048 BRUSELAS',
    ]),
    items: [
      { title: 'Aprobación del orden del día', points: [], documents: [] },
      {
        title: 'Tráfico de armas de fuego – aplicación del plan de acción de la UE 2020-2025',
        points: ['presentación por la Comisión', 'cambio de impresiones'],
        documents: ['6701/26', 'WK 2345/2026 INIT'],
      },
      {
        title: 'Plataforma Multidisciplinar Europea contra las Amenazas Delictivas (EMPACT) – seguimiento',
        points: ['información de la Presidencia', 'presentación por Europol'],
        documents: ['6512/26'],
      },
      {
        title: 'Tráfico ilícito de migrantes – Alianza Mundial contra el Tráfico Ilícito de Migrantes – seguimiento',
        points: ['información de la Presidencia'],
        documents: ['6655/26'],
      },
      {
        title: 'Lucha contra el terrorismo – situación actual',
        points: ['presentación por el coordinador de la UE de la lucha contra el terrorismo'],
        documents: ['6802/26'],
      },
      { title: 'Varios', points: [], documents: [] },
    ],
    footer: 'CM 1310/26\n\n1\nES',
  },
};

/** The notice as plain `pdftotext` prints it (`layout` false: labels as a column, each number apart) or as `-layout` does. */
function notice(version: Version, layout: boolean): string {
  const header = layout
    ? [
        ...version.head,
        ...version.labels.map((label, index) => `${label.padEnd(16)}${version.values[index] ?? ''}`),
        ...version.values.slice(version.labels.length).map((line) => `${''.padEnd(16)}${line}`),
      ]
    : [...version.head, ...version.labels, '', ...version.values];
  const body = version.items.flatMap(({ title, points, documents }, index) => [
    '',
    ...(layout ? [`${index + 1}.      ${title}`] : [`${index + 1}.`, '', title]),
    ...points.map((point) => (layout ? `        - ${point}` : `- ${point}`)),
    ...documents.map((document) => (layout ? `        ${document}` : document)),
  ]);
  return [...header, ...body, '', version.footer, '\f'].join('\n');
}

/** A document's id as the record lists it: `WK 2345/2026 INIT` is `WK 2345/2026`. */
const id = (document: string) => document.replace(/ INIT$/u, '');

describe.each(Object.entries(versions))('a notice whose items print dashed points after a title with its own dash (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('reads each item with its whole title, its points and its documents (%s)', (_shape, layout, flat) => {
    const text = inShape(notice(version, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/cm-notice-dashes.txt'));
    expect([record.number, record.meeting?.dates]).toEqual(['CM 1310/26', ['2026-03-17']]);
    expect(
      record.planned?.map((item) => ({
        title: item.title,
        points: item.points.map((point) => [point.label, point.title, point.references]),
        documents: item.references,
      })),
    ).toEqual(
      version.items.map(({ title, points, documents }) => ({
        title,
        points: points.map((point) => [null, point, []]),
        documents: documents.map(id),
      })),
    );
  });
});
