import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A COSI notice of meeting of 2018 (CM 1234/18) whose item prints two points under dashes, the first with its document
 * under it, the second after that document (`3. EU Policy Cycle for organised and serious international crime` / `-
 * Interim Strategic Assessment` / `5678/18` / `- Approval`), and whose next item prints its document under its title
 * (`4. Implementation of the renewed EU Internal Security Strategy` / `6789/18`). As plain `pdftotext` and `-layout`
 * print it, and each page of either run into one line (`3. EU Policy Cycle … crime - Interim Strategic Assessment
 * 5678/18 - Approval 4. Implementation … Strategy 6789/18 5. Any other business`) or copied out of a PDF viewer: each
 * item is read as the printed notice reads it, item 3's points apart from its title, each with its documents, and item
 * 4's document its own. Written by hand in English, French and German.
 */
interface Version {
  head: string[];
  rows: [label: string, value: string][];
  items: string[];
  points: [string, string];
  footer: string;
}

const versions: Record<string, Version> = {
  en: {
    head: [
      'Council of the',
      'European Union',
      '',
      'Brussels, 2 March 2018',
      'CM 1234/18',
      'COSI',
      'ENFOPOL',
      'JAI',
      '',
      'COMMUNICATION',
      'NOTICE OF MEETING AND PROVISIONAL AGENDA',
    ],
    rows: [
      ['Contact:', 'cosi@consilium.europa.eu'],
      ['Subject:', 'Standing Committee on Operational Cooperation on Internal Security (COSI)'],
      ['Date:', '13 March 2018'],
      ['Time:', '10.00'],
      ['Venue:', 'COUNCIL JUSTUS LIPSIUS BUILDING'],
    ],
    items: [
      'Adoption of the agenda',
      'Information from the Presidency',
      'EU Policy Cycle for organised and serious international crime',
      'Implementation of the renewed EU Internal Security Strategy',
      'Any other business',
    ],
    points: ['Interim Strategic Assessment', 'Approval'],
    footer: 'EN',
  },
  fr: {
    head: [
      'Conseil de',
      "l'Union européenne",
      '',
      'Bruxelles, le 2 mars 2018',
      'CM 1234/18',
      'COSI',
      'ENFOPOL',
      'JAI',
      '',
      'COMMUNICATION',
      'AVIS DE CONVOCATION ET ORDRE DU JOUR PROVISOIRE',
    ],
    rows: [
      ['Contact:', 'cosi@consilium.europa.eu'],
      ['Objet:', 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)'],
      ['Date:', '13 mars 2018'],
      ['Heure:', '10 h 00'],
      ['Lieu:', 'CONSEIL BÂTIMENT JUSTUS LIPSIUS'],
    ],
    items: [
      "Adoption de l'ordre du jour",
      'Informations de la présidence',
      "Cycle politique de l'UE pour lutter contre la grande criminalité internationale organisée",
      "Mise en œuvre de la stratégie de sécurité intérieure renouvelée de l'UE",
      'Divers',
    ],
    points: ['Évaluation stratégique intermédiaire', 'Approbation'],
    footer: 'FR',
  },
  de: {
    head: [
      'Rat der',
      'Europäischen Union',
      '',
      'Brüssel, den 2. März 2018',
      'CM 1234/18',
      'COSI',
      'ENFOPOL',
      'JAI',
      '',
      'MITTEILUNG',
      'EINBERUFUNG UND VORLÄUFIGE TAGESORDNUNG',
    ],
    rows: [
      ['Kontakt:', 'cosi@consilium.europa.eu'],
      ['Betr.:', 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)'],
      ['Datum:', '13. März 2018'],
      ['Uhrzeit:', '10.00 Uhr'],
      ['Ort:', 'RAT JUSTUS-LIPSIUS-GEBÄUDE'],
    ],
    items: [
      'Annahme der Tagesordnung',
      'Informationen des Vorsitzes',
      'EU-Politikzyklus zur Bekämpfung der organisierten und schweren internationalen Kriminalität',
      'Umsetzung der erneuerten Strategie der inneren Sicherheit der EU',
      'Sonstiges',
    ],
    points: ['Strategische Zwischenbewertung', 'Billigung'],
    footer: 'DE',
  },
};

/** The notice's page as plain pdftotext (labels as a column, then their values; no indent) or -layout prints it. */
function page(version: Version, layout: boolean): string {
  const indent = (text: string, width: number) => (layout ? `${' '.repeat(width)}${text}` : text);
  const header = layout
    ? version.rows.map(([label, value]) => `${label.padEnd(24)}${value}`)
    : [...version.rows.map(([label]) => label), '', ...version.rows.map(([, value]) => value)];
  const items = version.items.flatMap((title, index) => {
    const number = `${index + 1}.`;
    const line = layout ? `${number.padEnd(8)}${title}` : `${number} ${title}`;
    if (index === 2) return [line, '', indent(`- ${version.points[0]}`, 8), indent('5678/18', 10), '', indent(`- ${version.points[1]}`, 8), ''];
    if (index === 3) return [line, indent('6789/18', 8), ''];
    return [line, ''];
  });
  return [
    ...version.head,
    '',
    ...header,
    '',
    '',
    ...items,
    '',
    layout ? `CM 1234/18${' '.repeat(50)}1` : 'CM 1234/18',
    '',
    layout ? `${' '.repeat(60)}${version.footer}` : '1',
    ...(layout ? [] : ['', version.footer]),
    '',
  ].join('\n');
}

describe('a notice item whose first dashed point lists its document before the second point', () => {
  for (const [language, version] of Object.entries(versions)) {
    for (const [shape, layout, flat] of TEXT_SHAPES) {
      it(`reads the ${language} notice's item 3 points apart, each with its documents, and item 4's document (${shape})`, () => {
        const record = expectOk(parseDocument(inShape(page(version, layout), flat), `cm-${language}.txt`));
        expect(record.planned?.map((item) => [item.number, item.title, item.references, item.points.map((point) => [point.title, point.references])])).toEqual([
          ['1', version.items[0], [], []],
          ['2', version.items[1], [], []],
          [
            '3',
            version.items[2],
            [],
            [
              [version.points[0], ['5678/18']],
              [version.points[1], []],
            ],
          ],
          ['4', version.items[3], ['6789/18'], []],
          ['5', version.items[4], [], []],
        ]);
      });
    }
  }
});
