import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk, project } from './support/projection.ts';
import { HEADS_6543, layoutHead6543 } from './support/report-6543.ts';
import { inShape } from './support/text-shapes.ts';

/**
 * A report's part whose numbered headings `-layout` wraps under their own titles (`5.1            Cooperation with the
 * Latin American Committee on Internal Security` over `               (CLASI)`), and a footnote that `-layout` cuts
 * after a compound's own hyphen (`cyber-at-` over `tacks`), as the Council's report 6543/25 prints them
 * (council-pdf/001, tests/flat-report-footnotes-texts.test.ts), written by hand in English, French, German and Spanish.
 * With each page run into one line the title's line break leaves a gap as wide as the heading's number and gap
 * (`… Internal Security                (CLASI)`), which read as a table's columns and left the heading in the part
 * above as text; and the compound's last part cut after its own hyphen stayed cut (`cyber-at- tacks`). Each shape
 * `-layout` reaches users in must read the same parts and the same footnote.
 */
interface Report {
  text: string;
  titles: string[];
  footnote: string;
}

/** A report's two pages as `-layout` prints them: the header, the opening paragraph, part 5's headings, a footnote, the footer. */
function report(parts: {
  head: string;
  opening: string;
  part: string;
  first: [string, string];
  firstText: string;
  footnote: [string, string];
  second: [string, string];
  secondText: string;
  closing: string;
  language: string;
}): string {
  const footer = (page: number): string =>
    `6543/25                                               MK/ps                                                     ${page}\nJAI.1                                                                                                          ${parts.language}`;
  return [
    parts.head,
    '',
    parts.opening,
    '',
    `5.      ${parts.part}`,
    '',
    `5.1            ${parts.first[0]}`,
    `               ${parts.first[1]}`,
    '',
    parts.firstText,
    '',
    '1',
    `     ${parts.footnote[0]}`,
    `     ${parts.footnote[1]}`,
    footer(1),
    `\f${parts.secondText}`,
    '',
    `5.2            ${parts.second[0]}`,
    `               ${parts.second[1]}`,
    '',
    parts.closing,
    footer(2),
    '',
  ].join('\n');
}

const reports: Record<string, Report> = {
  en: {
    text: report({
      head: layoutHead6543(HEADS_6543.en, [
        'Report to the European Parliament and national parliaments on',
        'the proceedings of the Standing Committee on Operational Cooper-',
        'ation on Internal Security for the period from July 2023 to Decem-',
        'ber 2024',
      ]).join('\n'),
      opening: [
        'In accordance with Article 71 TFEU and Article 6(2) of Council Decision 2010/131/EU, the',
        "Council must keep the European Parliament and the national parliaments informed of COSI's",
        'proceedings.',
      ].join('\n'),
      part: 'INTERNATIONAL COOPERATION',
      first: ['Cooperation with the Latin American Committee on Internal Security', '(CLASI)'],
      firstText: [
        'During the trio Presidency, COSI worked on strengthening the internal security partnership',
        'with Latin American countries. COSI contributed to the preparation of the second EU-CLASI',
        'ministerial meeting that took place under the Spanish Presidency in the margins of the JHA',
        'Council in Brussels on 28 September 2023, in the light of the EU crime priorities.1 The',
      ].join('\n'),
      footnote: [
        '8665/21. The ten (10) EU crime priorities for the cycle 2022-2025 are: high-risk criminal networks, cyber-at-',
        'tacks, human trafficking, child sexual exploitation and migrant smuggling.',
      ],
      secondText: [
        'COSI SG prepared a new draft EU-CLASI joint declaration, which was discussed at the EU-CLASI',
        'institutional meeting in Brussels on 28 November 2024.',
      ].join('\n'),
      second: ['Cooperation with the Western Balkans countries, the United States of', 'America and Interpol'],
      closing: 'COSI was informed by the Presidency about the outcome of the ministerial meetings.',
      language: 'EN',
    }),
    titles: [
      'INTERNATIONAL COOPERATION',
      'Cooperation with the Latin American Committee on Internal Security (CLASI)',
      'Cooperation with the Western Balkans countries, the United States of America and Interpol',
    ],
    footnote:
      '8665/21. The ten (10) EU crime priorities for the cycle 2022-2025 are: high-risk criminal networks, cyber-attacks, human trafficking, child sexual exploitation and migrant smuggling.',
  },
  fr: {
    text: report({
      head: layoutHead6543(HEADS_6543.fr, [
        'Rapport au Parlement européen et aux parlements nationaux sur les',
        'travaux du Comité permanent de coopération opérationnelle en',
        'matière de sécurité intérieure pour la période allant de juillet 2023',
        'à décembre 2024',
      ]).join('\n'),
      opening: [
        "Conformément à l'article 71 du TFUE et à l'article 6, paragraphe 2, de la décision 2010/131/UE",
        'du Conseil, le Conseil tient le Parlement européen et les parlements nationaux informés des',
        'travaux du COSI.',
      ].join('\n'),
      part: 'COOPÉRATION INTERNATIONALE',
      first: ['Coopération avec le Comité latino-américain de sécurité intérieure', '(CLASI)'],
      firstText: [
        'Au cours du trio de présidences, le COSI a œuvré au renforcement du partenariat en matière de',
        "sécurité intérieure avec les pays d'Amérique latine. Le COSI a contribué à la préparation de la",
        'deuxième réunion ministérielle UE-CLASI, qui s’est tenue à Bruxelles le 28 septembre 2023, et',
        'le procès-verbal de la réunion a été communiqué aux délégations.1 Le',
      ].join('\n'),
      footnote: [
        '8665/21. Le procès-verbal de la réunion ministérielle UE-CLASI a été établi par la présidence, et le procès-ver-',
        'bal de la réunion des hauts fonctionnaires par le secrétariat général du Conseil.',
      ],
      secondText: [
        'COSI a examiné un nouveau projet de déclaration commune UE-CLASI lors de la réunion',
        'institutionnelle tenue à Bruxelles le 28 novembre 2024.',
      ].join('\n'),
      second: ['Coopération avec les pays des Balkans occidentaux, les États-Unis', "d'Amérique et Interpol"],
      closing: 'Le COSI a été informé par la présidence des résultats des réunions ministérielles.',
      language: 'FR',
    }),
    titles: [
      'COOPÉRATION INTERNATIONALE',
      'Coopération avec le Comité latino-américain de sécurité intérieure (CLASI)',
      "Coopération avec les pays des Balkans occidentaux, les États-Unis d'Amérique et Interpol",
    ],
    footnote:
      '8665/21. Le procès-verbal de la réunion ministérielle UE-CLASI a été établi par la présidence, et le procès-verbal de la réunion des hauts fonctionnaires par le secrétariat général du Conseil.',
  },
  de: {
    text: report({
      head: layoutHead6543(HEADS_6543.de, [
        'Bericht an das Europäische Parlament und die nationalen Parlamente',
        'über die Arbeiten des Ständigen Ausschusses für die operative',
        'Zusammenarbeit im Bereich der inneren Sicherheit im Zeitraum von',
        'Juli 2023 bis Dezember 2024',
      ]).join('\n'),
      opening: [
        'Gemäß Artikel 71 AEUV und Artikel 6 Absatz 2 des Beschlusses 2010/131/EU des Rates hält der',
        'Rat das Europäische Parlament und die nationalen Parlamente über die Arbeiten des COSI auf',
        'dem Laufenden.',
      ].join('\n'),
      part: 'INTERNATIONALE ZUSAMMENARBEIT',
      first: ['Zusammenarbeit mit dem Lateinamerikanischen Ausschuss für innere', 'Sicherheit (CLASI)'],
      firstText: [
        'Während des Dreiervorsitzes hat der COSI auf die Stärkung der Partnerschaft im Bereich der',
        'inneren Sicherheit mit den Ländern Lateinamerikas hingearbeitet. Der COSI hat zur Vorbereitung',
        'des zweiten Ministertreffens EU-CLASI beigetragen, das am 28. September 2023 in Brüssel',
        'stattfand, im Lichte der Prioritäten des EU-Politikzyklus.1 Der',
      ].join('\n'),
      footnote: [
        '8665/21. Die zehn (10) Prioritäten der EU für die Bekämpfung der schweren Kriminalität im Rahmen des EU-Po-',
        'litikzyklus 2022-2025 sind: hochriskante kriminelle Netze, Cyberangriffe und Menschenhandel.',
      ],
      secondText: [
        'COSI hat einen neuen Entwurf einer gemeinsamen Erklärung EU-CLASI auf der institutionellen',
        'Sitzung am 28. November 2024 in Brüssel erörtert.',
      ].join('\n'),
      second: ['Zusammenarbeit mit den Ländern des westlichen Balkans, den Vereinigten', 'Staaten von Amerika und Interpol'],
      closing: 'Der COSI wurde vom Vorsitz über die Ergebnisse der Ministertreffen unterrichtet.',
      language: 'DE',
    }),
    titles: [
      'INTERNATIONALE ZUSAMMENARBEIT',
      'Zusammenarbeit mit dem Lateinamerikanischen Ausschuss für innere Sicherheit (CLASI)',
      'Zusammenarbeit mit den Ländern des westlichen Balkans, den Vereinigten Staaten von Amerika und Interpol',
    ],
    footnote:
      '8665/21. Die zehn (10) Prioritäten der EU für die Bekämpfung der schweren Kriminalität im Rahmen des EU-Politikzyklus 2022-2025 sind: hochriskante kriminelle Netze, Cyberangriffe und Menschenhandel.',
  },
  es: {
    text: report({
      head: layoutHead6543(HEADS_6543.es, [
        'Informe al Parlamento Europeo y a los Parlamentos nacionales sobre',
        'los trabajos del Comité Permanente de Cooperación Operativa en',
        'materia de Seguridad Interior durante el período comprendido entre',
        'julio de 2023 y diciembre de 2024',
      ]).join('\n'),
      opening: [
        'De conformidad con el artículo 71 del TFUE y el artículo 6, apartado 2, de la Decisión',
        '2010/131/UE del Consejo, el Consejo mantendrá informados al Parlamento Europeo y a los',
        'Parlamentos nacionales de los trabajos del COSI.',
      ].join('\n'),
      part: 'COOPERACIÓN INTERNACIONAL',
      first: ['Cooperación con el Comité Latinoamericano de Seguridad Interior', '(CLASI)'],
      firstText: [
        'Durante el trío de Presidencias, el COSI trabajó en el refuerzo de la asociación en materia de',
        'seguridad interior con los países de América Latina. El COSI contribuyó a la preparación de la',
        'segunda reunión ministerial UE-CLASI, celebrada en Bruselas el 28 de septiembre de 2023,',
        'con el apoyo de la cooperación franco-española.1 El',
      ].join('\n'),
      footnote: ['8665/21. La cooperación policial franco-es-', 'pañola en materia de tráfico de drogas se presentó al COSI en su reunión de julio de 2023.'],
      secondText: [
        'COSI examinó un nuevo proyecto de declaración conjunta UE-CLASI en la reunión institucional',
        'celebrada en Bruselas el 28 de noviembre de 2024.',
      ].join('\n'),
      second: ['Cooperación con los países de los Balcanes Occidentales, los Estados', 'Unidos de América e Interpol'],
      closing: 'La Presidencia informó al COSI de los resultados de las reuniones ministeriales.',
      language: 'ES',
    }),
    titles: [
      'COOPERACIÓN INTERNACIONAL',
      'Cooperación con el Comité Latinoamericano de Seguridad Interior (CLASI)',
      'Cooperación con los países de los Balcanes Occidentales, los Estados Unidos de América e Interpol',
    ],
    footnote: '8665/21. La cooperación policial franco-española en materia de tráfico de drogas se presentó al COSI en su reunión de julio de 2023.',
  },
};

/** The shapes `-layout` reaches users in: as printed, each page run into one line, a viewer's copy. */
const SHAPES: [string, boolean | null][] = [
  ['-layout', false],
  ['-layout, each page run into one line', true],
  ['a viewer’s copy of -layout', null],
];

describe.each(Object.entries(reports))('a report whose -layout headings wrap under their titles (%s)', (_language, written) => {
  describe.each(SHAPES)('as %s', (_shape, flat) => {
    const record = expectOk(parseDocument(inShape(written.text, flat), 'content/sources/report.txt'));

    it('reads part 5 and its two sub-parts, each with its whole title', () => {
      expect(record.sections.map(({ number, title }) => ({ number, title }))).toEqual([
        { number: null, title: null },
        { number: '5', title: written.titles[0] },
        { number: '5.1', title: written.titles[1] },
        { number: '5.2', title: written.titles[2] },
      ]);
    });

    it('reads the footnote with the compound -layout cut after its own hyphen made whole', () => {
      expect(project(record).footnotes).toEqual([{ mark: '1', text: written.footnote }]);
    });
  });
});
