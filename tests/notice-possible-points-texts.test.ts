import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A COSI notice of meeting of 2012 (CM 1789/12) in the register's shape of those years: `COUNCIL OF` / `THE EUROPEAN
 * UNION` over `Brussels, 5 March 2012`, the number, the codes, `COMMUNICATION`, the labels Contact, Tel./Fax, Subject,
 * Date, Time and Venue, each item's document under it with the codes it was filed under (`7329/12 JAI 152 COSI 14
 * ENFOPOL 61`), a rule over the NB block after the last item, and the two-line footer `CM 1789/12` / `1` / `EN`. Its
 * titles set their parts apart with a plain hyphen, and so do the points under them (`3. Implementation of the EU
 * Policy Cycle … crime - Multi-Annual Strategic Plans` over `- Presentation by the Presidency` and `- Exchange of
 * views`); one point prints its own document under it, another point after it (`- Presentation by Eurojust` /
 * `6204/12 JAI 98 COSI 9` / `- Exchange of views`); one item is listed as possible only, its mark closing its title
 * before its one point (`5. Internal security strategy - draft report … (poss.)` over `- Information from the
 * Commission`), and one pro memoria (`6. Cooperation between Europol and Eurojust - report 2011 (p.m.)`). As plain
 * `pdftotext` prints a LibreOffice PDF of it (the labels as a column, then their values; each number apart from its
 * title), as `-layout` prints it (points and documents in the title's column), and each page of either run into one
 * line as a copy out of a PDF viewer gives it. Each item must be read as planned with its whole title, its marks, its
 * points with their documents and its own documents, and the rule must give the last item no text. Written by hand in
 * English, French, German and Spanish.
 */
interface Item {
  title: string;
  possible: boolean;
  proMemoria: boolean;
  /** The mark of a possible or pro memoria item as the version prints it after the title. */
  mark?: string;
  /** Each point, with the document the notice prints under it where it prints one. */
  points: (string | [point: string, document: string])[];
  documents: string[];
}

interface Version {
  head: string[];
  labels: string[];
  values: string[];
  items: Item[];
  /** The NB block's sentence under the rule after the last item, wrapped as the page wraps it. */
  note: string[];
  footer: string;
}

/**
 * The notice's seven items: `titles` are the agenda's, the information from the Presidency's, the EU Policy Cycle's, the
 * JHA agencies' and any other business's; `plans` the Policy Cycle's two points, `agencies` the agencies' two points
 * (the first with its document under it), `strategy` the possible item's title in two parts and its one point, with its
 * `mark`, and `cooperation` the title of an item listed pro memoria (`(p.m.)`).
 */
const items = (
  titles: readonly string[],
  plans: string[],
  agencies: readonly [string, string],
  strategy: readonly [string, string, string],
  mark: string,
  cooperation: string,
): Item[] => [
  { title: titles[0] ?? '', possible: false, proMemoria: false, points: [], documents: [] },
  { title: titles[1] ?? '', possible: false, proMemoria: false, points: [], documents: [] },
  { title: titles[2] ?? '', possible: false, proMemoria: false, points: plans, documents: ['7329/12 JAI 152 COSI 14 ENFOPOL 61'] },
  { title: titles[3] ?? '', possible: false, proMemoria: false, points: [[agencies[0], '6204/12 JAI 98 COSI 9'], agencies[1]], documents: [] },
  { title: `${strategy[0]} - ${strategy[1]}`, possible: true, proMemoria: false, mark, points: [strategy[2]], documents: ['7011/12 JAI 130 COSI 11'] },
  { title: cooperation, possible: false, proMemoria: true, mark: '(p.m.)', points: [], documents: [] },
  { title: titles[4] ?? '', possible: false, proMemoria: false, points: [], documents: [] },
];

const versions: Record<string, Version> = {
  en: {
    head: ['COUNCIL OF', 'THE EUROPEAN UNION', '', 'Brussels, 5 March 2012', '', 'CM 1789/12', '', 'COSI', 'ENFOPOL', 'JAI', ''],
    labels: ['Contact:', 'Tel./Fax:', 'Subject:', 'Date:', 'Time:', 'Venue:'],
    values: [
      'cosi@consilium.europa.eu',
      '+32.2-281.8376 / +32.2-281.6145',
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      '15 March 2012',
      '10.00',
      'COUNCIL',
      'JUSTUS LIPSIUS BUILDING',
      'Rue de la Loi 175, 1048 BRUSSELS',
    ],
    items: items(
      [
        'Adoption of the agenda',
        'Information from the Presidency',
        'Implementation of the EU Policy Cycle for organised and serious international crime - Multi-Annual Strategic Plans',
        'Cooperation between JHA agencies - final report 2011',
        'Any other business',
      ],
      ['Presentation by the Presidency', 'Exchange of views'],
      ['Presentation by Eurojust', 'Exchange of views'],
      ['Internal security strategy', 'draft report on its implementation', 'Information from the Commission'],
      '(poss.)',
      'Cooperation between Europol and Eurojust - report 2011',
    ),
    note: ['Delegations are requested to notify the General Secretariat of the Council of the', 'names of their delegates by 12 March 2012 at the latest.'],
    footer: 'CM 1789/12\n\n1\nEN',
  },
  fr: {
    head: ['CONSEIL DE', "L'UNION EUROPÉENNE", '', 'Bruxelles, le 5 mars 2012', '', 'CM 1789/12', '', 'COSI', 'ENFOPOL', 'JAI', ''],
    labels: ['Contact:', 'Tél./Fax:', 'Objet:', 'Date:', 'Heure:', 'Lieu:'],
    values: [
      'cosi@consilium.europa.eu',
      '+32.2-281.8376 / +32.2-281.6145',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
      '15 mars 2012',
      '10 h 00',
      'CONSEIL',
      'BÂTIMENT JUSTUS LIPSE',
      'Rue de la Loi 175, 1048 BRUXELLES',
    ],
    items: items(
      [
        "Adoption de l'ordre du jour",
        'Informations de la présidence',
        "Mise en œuvre du cycle politique de l'UE pour la criminalité internationale grave et organisée - Plans stratégiques pluriannuels",
        'Coopération entre les agences JAI - rapport final 2011',
        'Divers',
      ],
      ['Présentation par la présidence', 'Échange de vues'],
      ['Présentation par Eurojust', 'Échange de vues'],
      ['Stratégie de sécurité intérieure', 'projet de rapport sur sa mise en œuvre', 'Informations de la Commission'],
      '(évent.)',
      'Coopération entre Europol et Eurojust - rapport 2011',
    ),
    note: ['Les délégations sont priées de communiquer au Secrétariat général du Conseil le nom de', 'leurs délégués au plus tard le 12 mars 2012.'],
    footer: 'CM 1789/12\n\n1\nFR',
  },
  de: {
    head: ['RAT DER', 'EUROPÄISCHEN UNION', '', 'Brüssel, den 5. März 2012', '', 'CM 1789/12', '', 'COSI', 'ENFOPOL', 'JAI', ''],
    labels: ['Kontakt:', 'Tel./Fax:', 'Betr.:', 'Datum:', 'Uhrzeit:', 'Ort:'],
    values: [
      'cosi@consilium.europa.eu',
      '+32.2-281.8376 / +32.2-281.6145',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
      '15. März 2012',
      '10.00 Uhr',
      'RAT',
      'JUSTUS-LIPSIUS-GEBÄUDE',
      'Rue de la Loi 175, 1048 BRÜSSEL',
    ],
    items: items(
      [
        'Annahme der Tagesordnung',
        'Informationen des Vorsitzes',
        'Umsetzung des EU-Politikzyklus zur Bekämpfung der organisierten und schweren internationalen Kriminalität - Mehrjährige Strategiepläne',
        'Zusammenarbeit zwischen den JI-Agenturen - Abschlussbericht 2011',
        'Sonstiges',
      ],
      ['Vorstellung durch den Vorsitz', 'Gedankenaustausch'],
      ['Vorstellung durch Eurojust', 'Gedankenaustausch'],
      ['Strategie der inneren Sicherheit', 'Entwurf eines Berichts über ihre Umsetzung', 'Unterrichtung durch die Kommission'],
      '(ggf.)',
      'Zusammenarbeit zwischen Europol und Eurojust - Bericht 2011',
    ),
    note: ['Die Delegationen werden gebeten, dem Generalsekretariat des Rates die Namen ihrer', 'Delegierten spätestens bis zum 12. März 2012 mitzuteilen.'],
    footer: 'CM 1789/12\n\n1\nDE',
  },
  es: {
    head: ['CONSEJO DE', 'LA UNIÓN EUROPEA', '', 'Bruselas, 5 de marzo de 2012', '', 'CM 1789/12', '', 'COSI', 'ENFOPOL', 'JAI', ''],
    labels: ['Contacto:', 'Tel./fax:', 'Asunto:', 'Fecha:', 'Hora:', 'Lugar:'],
    values: [
      'cosi@consilium.europa.eu',
      '+32.2-281.8376 / +32.2-281.6145',
      'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
      '15 de marzo de 2012',
      '10.00',
      'CONSEJO',
      'EDIFICIO JUSTUS LIPSIUS',
      'Rue de la Loi 175, 1048 BRUSELAS',
    ],
    items: items(
      [
        'Aprobación del orden del día',
        'Información de la Presidencia',
        'Aplicación del ciclo de actuación de la UE contra la delincuencia organizada y las formas graves de delincuencia internacional - Planes estratégicos plurianuales',
        'Cooperación entre las agencias de JAI - informe final de 2011',
        'Varios',
      ],
      ['Presentación por la Presidencia', 'Cambio de impresiones'],
      ['Presentación por Eurojust', 'Cambio de impresiones'],
      ['Estrategia de seguridad interior', 'proyecto de informe sobre su aplicación', 'Información de la Comisión'],
      '(posiblemente)',
      'Cooperación entre Europol y Eurojust - informe de 2011',
    ),
    note: [
      'Se ruega a las delegaciones que comuniquen a la Secretaría General del Consejo los',
      'nombres de sus delegados a más tardar el 12 de marzo de 2012.',
    ],
    footer: 'CM 1789/12\n\n1\nES',
  },
};

/** The notice's kind lines, as each version prints them under the codes. */
const kindLines: Record<string, string[]> = {
  en: ['COMMUNICATION', 'NOTICE OF MEETING AND PROVISIONAL AGENDA'],
  fr: ['COMMUNICATION', 'AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE'],
  de: ['MITTEILUNG', 'EINBERUFUNG UND VORLÄUFIGE TAGESORDNUNG'],
  es: ['COMUNICACIÓN', 'CONVOCATORIA Y ORDEN DEL DÍA PROVISIONAL'],
};

/** The notice as plain `pdftotext` prints it (`layout` false: labels as a column, each number apart) or as `-layout` does. */
function notice(language: string, version: Version, layout: boolean): string {
  const head = [...version.head, ...(kindLines[language] ?? [])];
  const header = layout
    ? [
        ...head,
        ...version.labels.map((label, index) => `${label.padEnd(16)}${version.values[index] ?? ''}`),
        ...version.values.slice(version.labels.length).map((line) => `${''.padEnd(16)}${line}`),
      ]
    : [...head, ...version.labels, '', ...version.values];
  const body = version.items.flatMap(({ title, mark, points, documents }, index) => {
    const printed = mark === undefined ? title : `${title} ${mark}`;
    return [
      '',
      ...(layout ? [`${index + 1}.      ${printed}`] : [`${index + 1}.`, '', printed]),
      ...points.flatMap((point) => {
        const [words, document] = typeof point === 'string' ? [point, null] : point;
        return [layout ? `        - ${words}` : `- ${words}`, ...(document === null ? [] : [layout ? `        ${document}` : document])];
      }),
      ...documents.map((document) => (layout ? `        ${document}` : document)),
    ];
  });
  return [...header, ...body, '_________________', '', 'NB:', '', ...version.note, '', version.footer, '\f'].join('\n');
}

/** A document's number as the record lists it, without the codes it was filed under: `7329/12 JAI 152 …` is `7329/12`. */
const number = (document: string) => document.split(' ')[0] ?? '';

describe.each(Object.entries(versions))('a notice of 2012 whose titles and points both print a plain hyphen (%s)', (language, version) => {
  it.each(TEXT_SHAPES)('reads each item with its whole title, whether it is possible, its points and its documents (%s)', (_shape, layout, flat) => {
    const text = inShape(notice(language, version, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/cm-notice-2012.txt'));
    expect([record.number, record.date, record.meeting?.dates]).toEqual(['CM 1789/12', '2012-03-05', ['2012-03-15']]);
    expect(
      record.planned?.map((item) => ({
        title: item.title,
        possible: item.possible,
        proMemoria: item.proMemoria,
        points: item.points.map((point) => [point.label, point.title, point.references]),
        documents: item.references,
      })),
    ).toEqual(
      version.items.map(({ title, possible, proMemoria, points, documents }) => ({
        title,
        possible,
        proMemoria,
        points: points.map((point) => (typeof point === 'string' ? [null, point, []] : [null, point[0], [number(point[1])]])),
        documents: documents.map(number),
      })),
    );
    // the rule above the NB block is no text of the last item, as plain pdftotext's rule on a line of its own is none
    expect(record.planned?.at(-1)?.text).toBe('');
  });
});
