import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { noticeHead, noticeValues, type NoticePrint } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';

/** The lines every version prints alike between its place and date and its communication line, and its telephone line. */
const PRINT: NoticePrint = { sheet: ['(OR. en)', 'CM 1204/1/26', 'REV 1', '', 'COSI', 'ENFOPOL', 'JAI'], telFax: '+32.2.281.67.32' };

/**
 * A revised COSI notice of meeting (CM 1204/1/26 REV 1) whose items hold sub-points that open in small letters, as a
 * notice words what is done under an item (`a) presentation by Europol`, `b) exchange of views`), the item's documents
 * under its last point (`doc. 6701/26 + ADD 1 REV 1`, `WK 2345/2026 INIT`), and an "any other business" with its
 * points under dashes (`– Information from the Commission …`), as plain `pdftotext` prints a LibreOffice PDF of it (the
 * header's labels as a column, then their values; each number apart from its title), and each page then run into one
 * line as a copy out of a PDF viewer gives it, or with no blank lines as a viewer copies its lines. Each planned item must be read with its title, its points and its
 * documents alike in both shapes, as the page prints them. Written by hand in English, French, Spanish and Italian, and
 * in Greek and Bulgarian, whose versions letter the points in their own alphabets (`α)`, `β)`; `а)`, `б)`).
 */
interface Version {
  head: string[];
  labels: string[];
  values: string[];
  items: string[];
  theme: string;
  points: [string, string];
  otherBusiness: string;
  aob: [string, string];
  footer: string;
  /** The letters of item 3's points, where the version does not letter them `a)`, `b)`. */
  letters?: [string, string];
}

const versions: Record<string, Version> = {
  en: {
    head: noticeHead(PRINT, ['Council of the', 'European Union'], 'Brussels, 2 March 2026', 'COMMUNICATION', 'NOTICE OF MEETING AND PROVISIONAL AGENDA'),
    labels: ['Contact:', 'Tel./Fax:', 'Subject:', 'Date:', 'Time:', 'Venue:'],
    values: noticeValues(PRINT, 'Standing Committee on Operational Cooperation on Internal Security (COSI)', '17 March 2026', '10.00', [
      'COUNCIL',
      'EUROPA BUILDING',
      'Rue de la Loi 175, 1048 BRUSSELS',
    ]),
    items: ['Approval of the agenda', 'Information from the Presidency'],
    theme: 'EMPACT 2026-2029 – operational action plans',
    points: ['presentation by Europol', 'exchange of views'],
    otherBusiness: 'Any other business',
    aob: ['Information from the Commission on the Schengen evaluation', 'Information from the Presidency on the next meeting'],
    footer: 'CM 1204/1/26 REV 1\n\n1\n\nEN',
  },
  fr: {
    head: noticeHead(PRINT, ['Conseil de', "l'Union européenne"], 'Bruxelles, le 2 mars 2026', 'COMMUNICATION', 'AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE'),
    labels: ['Contact:', 'Tél./Fax:', 'Objet:', 'Date:', 'Heure:', 'Lieu:'],
    values: noticeValues(PRINT, 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)', '17 mars 2026', '10 h 00', [
      'CONSEIL',
      'BÂTIMENT EUROPA',
      'Rue de la Loi 175, 1048 BRUXELLES',
    ]),
    items: ["Approbation de l'ordre du jour", 'Informations de la présidence'],
    theme: "EMPACT 2026-2029 – plans d'action opérationnels",
    points: ['présentation par Europol', 'échange de vues'],
    otherBusiness: 'Divers',
    aob: ["Informations de la Commission sur l'évaluation de Schengen", 'Informations de la présidence sur la prochaine réunion'],
    footer: 'CM 1204/1/26 REV 1\n\n1\n\nFR',
  },
  es: {
    head: noticeHead(PRINT, ['Consejo de la', 'Unión Europea'], 'Bruselas, 2 de marzo de 2026', 'COMUNICACIÓN', 'CONVOCATORIA Y ORDEN DEL DÍA PROVISIONAL'),
    labels: ['Contacto:', 'Tel./fax:', 'Asunto:', 'Fecha:', 'Hora:', 'Lugar:'],
    values: noticeValues(PRINT, 'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)', '17 de marzo de 2026', '10.00', [
      'CONSEJO',
      'EDIFICIO EUROPA',
      'Rue de la Loi 175, 1048 BRUSELAS',
    ]),
    items: ['Aprobación del orden del día', 'Información de la Presidencia'],
    theme: 'EMPACT 2026-2029 – planes de acción operativos',
    points: ['presentación a cargo de Europol', 'cambio de impresiones'],
    otherBusiness: 'Varios',
    aob: ['Información de la Comisión sobre la evaluación de Schengen', 'Información de la Presidencia sobre la próxima reunión'],
    footer: 'CM 1204/1/26 REV 1\n\n1\n\nES',
  },
  it: {
    head: noticeHead(
      PRINT,
      ['Consiglio', "dell'Unione europea"],
      'Bruxelles, 2 marzo 2026',
      'COMUNICAZIONE',
      'AVVISO DI CONVOCAZIONE E ORDINE DEL GIORNO PROVVISORIO',
    ),
    labels: ['Contatto:', 'Tel./Fax:', 'Oggetto:', 'Data:', 'Ora:', 'Luogo:'],
    values: noticeValues(PRINT, 'Comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)', '17 marzo 2026', '10.00', [
      'CONSIGLIO',
      'EDIFICIO EUROPA',
      'Rue de la Loi 175, 1048 BRUXELLES',
    ]),
    items: ["Approvazione dell'ordine del giorno", 'Informazioni della presidenza'],
    theme: 'EMPACT 2026-2029 – piani d’azione operativi',
    points: ['presentazione a cura di Europol', 'scambio di opinioni'],
    otherBusiness: 'Varie',
    aob: ['Informazioni della Commissione sulla valutazione Schengen', 'Informazioni della presidenza sulla prossima riunione'],
    footer: 'CM 1204/1/26 REV 1\n\n1\n\nIT',
  },
  el: {
    head: noticeHead(
      PRINT,
      ['Συμβούλιο', 'της Ευρωπαϊκής Ένωσης'],
      'Βρυξέλλες, 2 Μαρτίου 2026',
      'ΑΝΑΚΟΙΝΩΣΗ',
      'ΠΡΟΣΚΛΗΣΗ ΣΕ ΣΥΝΕΔΡΙΑΣΗ ΚΑΙ ΠΡΟΣΩΡΙΝΗ ΗΜΕΡΗΣΙΑ ΔΙΑΤΑΞΗ',
    ),
    labels: ['Επικοινωνία:', 'Τηλ./φαξ:', 'Θέμα:', 'Ημερομηνία:', 'Ώρα:', 'Τόπος:'],
    values: noticeValues(PRINT, 'Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI)', '17 Μαρτίου 2026', '10.00', [
      'ΣΥΜΒΟΥΛΙΟ',
      'ΚΤΙΡΙΟ EUROPA',
      'Rue de la Loi 175, 1048 ΒΡΥΞΕΛΛΕΣ',
    ]),
    items: ['Έγκριση της ημερήσιας διάταξης', 'Ενημέρωση από την Προεδρία'],
    theme: 'EMPACT 2026-2029 – επιχειρησιακά σχέδια δράσης',
    points: ['παρουσίαση από την Ευρωπόλ', 'ανταλλαγή απόψεων'],
    otherBusiness: 'Διάφορα θέματα',
    aob: ['Ενημέρωση από την Επιτροπή σχετικά με την αξιολόγηση Σένγκεν', 'Ενημέρωση από την Προεδρία σχετικά με την επόμενη συνεδρίαση'],
    footer: 'CM 1204/1/26 REV 1\n\n1\n\nEL',
    letters: ['α', 'β'],
  },
  bg: {
    head: noticeHead(PRINT, ['Съвет на', 'Европейския съюз'], 'Брюксел, 2 март 2026 г.', 'СЪОБЩЕНИЕ', 'ПОКАНА ЗА ЗАСЕДАНИЕ И ПРЕДВАРИТЕЛЕН ДНЕВЕН РЕД'),
    labels: ['Лице за контакт:', 'Тел./факс:', 'Относно:', 'Дата:', 'Час:', 'Място:'],
    values: noticeValues(PRINT, 'Постоянен комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI)', '17 март 2026 г.', '10.00 ч.', [
      'СЪВЕТ',
      'СГРАДА „ЕВРОПА“',
      'Rue de la Loi 175, 1048 БРЮКСЕЛ',
    ]),
    items: ['Приемане на дневния ред', 'Информация от председателството'],
    theme: 'EMPACT 2026-2029 – оперативни планове за действие',
    points: ['представяне от Европол', 'обмен на мнения'],
    otherBusiness: 'Други въпроси',
    aob: ['Информация от Комисията относно оценката по Шенген', 'Информация от председателството относно следващото заседание'],
    footer: 'CM 1204/1/26 REV 1\n\n1\n\nBG',
    letters: ['а', 'б'],
  },
};

const DOCUMENTS = ['doc. 6701/26 + ADD 1 REV 1', 'WK 2345/2026 INIT'];

/** The letters of item 3's points as the version prints them. */
function letters(version: Version): [string, string] {
  return version.letters ?? ['a', 'b'];
}

/** The notice as plain `pdftotext` prints it. */
function notice(version: Version): string {
  const [first = '', second = ''] = version.items;
  return [
    ...version.head,
    ...version.labels,
    '',
    ...version.values,
    '',
    '1.',
    '',
    first,
    '',
    '2.',
    '',
    second,
    '',
    '3.',
    '',
    version.theme,
    `${letters(version)[0]})`,
    version.points[0],
    `${letters(version)[1]})`,
    version.points[1],
    ...DOCUMENTS,
    '',
    '4.',
    '',
    version.otherBusiness,
    ...version.aob.map((point) => `– ${point}`),
    '',
    version.footer,
    '\f',
  ].join('\n');
}

describe.each(Object.entries(versions))('a revised notice whose points open in small letters (%s)', (_language, version) => {
  it.each([
    ['as plain pdftotext prints it', 'plain'],
    ['its page run into one line', 'flat'],
    ['copied out of a PDF viewer, no blank lines', 'viewer'],
  ] as const)('reads each planned item with its points and documents (%s)', (_shape, shape) => {
    const plain = notice(version);
    const text = shape === 'flat' ? flattenedPages(plain) : shape === 'viewer' ? plain.replace(/\n{2,}/g, '\n') : plain;
    const record = expectOk(parseDocument(text, 'content/sources/notice.txt'));
    expect(record.number).toBe('CM 1204/1/26 REV 1');
    expect(record.meeting?.dates).toEqual(['2026-03-17']);
    expect(
      (record.planned ?? []).map((item) => ({
        number: item.number,
        title: item.title,
        points: item.points.map((point) => [point.label, point.title]),
        references: [...item.references, ...item.points.flatMap((point) => point.references)],
      })),
    ).toEqual([
      { number: '1', title: version.items[0], points: [], references: [] },
      { number: '2', title: version.items[1], points: [], references: [] },
      {
        number: '3',
        title: version.theme,
        points: [
          [letters(version)[0], version.points[0]],
          [letters(version)[1], version.points[1]],
        ],
        references: ['6701/26', '6701/1/26 ADD 1 REV 1', 'WK 2345/2026'],
      },
      { number: '4', title: version.otherBusiness, points: version.aob.map((point) => [null, point]), references: [] },
    ]);
  });
});
