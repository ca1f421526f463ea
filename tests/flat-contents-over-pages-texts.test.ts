import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { HEADS_6543, layoutHead6543, plainHead6543 } from './support/report-6543.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * A report whose table of contents runs over onto the page its part 1 opens on, as the register's PDF of the report
 * 6543/25 prints it (tests/fixtures/seed-pdf-texts/001, tests/flat-report-footnotes-texts.test.ts): `-layout` sets
 * each entry's page apart by a gap (`3.2   Cybercrime      16`), the part's heading one space after its number (`1.
 * EXECUTIVE SUMMARY`); plain `pdftotext` prints the contents column by column (the numbers, then the titles, then the
 * pages), the second page opening with its first entry whole (`3.1 EMPACT` / `10`) and its other numbers and pages in
 * columns after it (`3.2` / `4.` / `16` / `17`). With each page run into one line, part 1 follows the contents' last
 * entry on the second page while its entry stands on the first (`… COUNTERTERRORISM..... 17 1. EXECUTIVE SUMMARY The
 * Standing Committee …`), and the contents' numbers run on after the first entry (`3.1 EMPACT 10 3.2 4. 16 17 …`).
 * Written by hand in English, French and German; each shape must read the report's parts, and none of the contents'
 * entries as a part.
 */
interface Version {
  language: string;
  head: { layout: string; plain: string };
  opening: string;
  contents: string;
  titles: string[];
  texts: string[];
}

/** The parts' numbers, in order; each title's page in the contents. */
const NUMBERS = ['1', '2', '2.1', '2.2', '3', '3.1', '3.2', '4', '5'];
const PAGES = [2, 2, 2, 3, 3, 3, 3, 3, 4];

/** How many contents entries the first page prints. */
const FIRST_PAGE_ENTRIES = 6;

function footer(page: number, language: string, layout: boolean): string {
  return layout
    ? `6543/25                                   EB/dk                                             ${page}\n                            JAI.1                                                          ${language}`
    : `6543/25\nEB/dk\nJAI.1\n\n${page}\n${language}`;
}

/** A contents entry as `-layout` prints it: the number, its title and the page after a gap. */
function layoutEntry(number: string, title: string, page: number): string {
  const printed = /^\d+$/u.test(number) ? `${number}.` : number;
  return `${printed.padEnd(6)}${title}`.padEnd(89) + String(page);
}

/** The body's parts from `from` to `to` (indexes), each heading one space after its number, its text under it. */
function parts(version: Version, from: number, to: number): string[] {
  return NUMBERS.slice(from, to).flatMap((number, offset) => {
    const index = from + offset;
    const printed = /^\d+$/u.test(number) ? `${number}.` : number;
    const text = version.texts[index] ?? '';
    // the body's heading has no leaders (`4. COUNTERTERRORISM`)
    return [`${printed} ${(version.titles[index] ?? '').replace(/\.{5}$/u, '')}`, '', ...(text === '' ? [] : [text, ''])];
  });
}

/** The report as `-layout` prints it. */
function layout(version: Version): string {
  const entries = NUMBERS.map((number, index) => layoutEntry(number, version.titles[index] ?? '', PAGES[index] ?? 0));
  return [
    version.head.layout,
    '',
    version.opening,
    '',
    version.contents,
    '',
    ...entries.slice(0, FIRST_PAGE_ENTRIES),
    '',
    footer(1, version.language, true),
    `\f${entries.slice(FIRST_PAGE_ENTRIES).join('\n')}`,
    '',
    ...parts(version, 0, 3),
    footer(2, version.language, true),
    `\f${parts(version, 3, 8).join('\n')}`,
    footer(3, version.language, true),
    `\f${parts(version, 8, NUMBERS.length).join('\n')}`,
    footer(4, version.language, true),
    '',
  ].join('\n');
}

/** The report as plain `pdftotext` prints it: the contents column by column, the second page's first entry whole. */
function plain(version: Version): string {
  const printed = NUMBERS.map((number) => (/^\d+$/u.test(number) ? `${number}.` : number));
  const first = printed.slice(0, FIRST_PAGE_ENTRIES);
  const [whole = '', ...rest] = printed.slice(FIRST_PAGE_ENTRIES);
  return [
    version.head.plain,
    '',
    version.opening,
    '',
    version.contents,
    ...first,
    '',
    ...version.titles.slice(0, FIRST_PAGE_ENTRIES),
    '',
    `6543/25\n\nEB/dk\nJAI.1\n\n${PAGES.slice(0, FIRST_PAGE_ENTRIES).join('\n')}\n\n1\n${version.language}\n`,
    `\f${whole} ${version.titles[FIRST_PAGE_ENTRIES] ?? ''}`,
    '',
    String(PAGES[FIRST_PAGE_ENTRIES]),
    '',
    ...rest,
    '',
    ...PAGES.slice(FIRST_PAGE_ENTRIES + 1).map(String),
    '',
    ...version.titles.slice(FIRST_PAGE_ENTRIES + 1),
    '',
    ...parts(version, 0, 3),
    footer(2, version.language, false),
    `\f${parts(version, 3, 8).join('\n')}`,
    footer(3, version.language, false),
    `\f${parts(version, 8, NUMBERS.length).join('\n')}`,
    footer(4, version.language, false),
    '',
  ].join('\n');
}

const versions: Record<string, Version> = {
  en: {
    language: 'EN',
    head: {
      layout: layoutHead6543(HEADS_6543.en, [
        'Report to the European Parliament and national parliaments on',
        'the proceedings of the Standing Committee on operational',
        'cooperation on internal security for the period from July 2023 to',
        'December 2024',
      ]).join('\n'),
      plain: plainHead6543(HEADS_6543.en, [
        'Report to the European Parliament and national parliaments',
        'on the proceedings of the Standing Committee on operational',
        'cooperation on internal security for the period from',
        'July 2023 to December 2024',
      ]).join('\n'),
    },
    opening: [
      'In accordance with Article 71 TFEU and Article 6(2) of Council Decision 2010/131/EU, the',
      "Council must keep the European Parliament and the national parliaments informed of COSI's",
      'proceedings.',
    ].join('\n'),
    contents: 'Table of Contents',
    titles: [
      'EXECUTIVE SUMMARY',
      'HORIZONTAL MATTERS CONCERNING INTERNAL SECURITY',
      'Future of internal security',
      'Law enforcement training',
      'SERIOUS AND ORGANISED CRIME',
      'EMPACT',
      'Cybercrime',
      'COUNTERTERRORISM.....',
      'TECHNOLOGY AND INNOVATION.....',
    ],
    texts: [
      'The Standing Committee on Operational Cooperation on Internal Security (COSI) was established\nwithin the Council in 2010 to facilitate, promote and strengthen coordination of operational\nactions of the authorities of the Member States competent in the field of internal security.',
      '',
      "COSI exchanged views on the future of the EU's internal security, providing input into the\ndevelopment of the strategic guidelines for legislative and operational planning.",
      'COSI discussed law enforcement training with CEPOL and endorsed the priorities of the EU\nStrategic Training Needs Assessment.',
      '',
      'COSI continued to provide strategic guidance and oversight for EMPACT.',
      'COSI was informed about the state of play of the fight against cybercrime.',
      'COSI held regular exchanges of views on the terrorist threat with the EU Counter-Terrorism\nCoordinator and Europol.',
      'COSI discussed access to data for effective law enforcement and the work of the EU Innovation\nHub for Internal Security.',
    ],
  },
  fr: {
    language: 'FR',
    head: {
      layout: layoutHead6543(HEADS_6543.fr, [
        'Rapport au Parlement européen et aux parlements nationaux sur les',
        'travaux du Comité permanent de coopération opérationnelle en',
        'matière de sécurité intérieure pour la période allant de juillet 2023',
        'à décembre 2024',
      ]).join('\n'),
      plain: plainHead6543(HEADS_6543.fr, [
        'Rapport au Parlement européen et aux parlements nationaux sur les',
        'travaux du Comité permanent de coopération opérationnelle en',
        'matière de sécurité intérieure pour la période allant de juillet 2023',
        'à décembre 2024',
      ]).join('\n'),
    },
    opening: [
      "Conformément à l'article 71 du TFUE et à l'article 6, paragraphe 2, de la décision 2010/131/UE",
      'du Conseil, le Conseil tient le Parlement européen et les parlements nationaux informés des',
      'travaux du COSI.',
    ].join('\n'),
    contents: 'Table des matières',
    titles: [
      'SYNTHÈSE',
      'QUESTIONS HORIZONTALES CONCERNANT LA SÉCURITÉ INTÉRIEURE',
      'Avenir de la sécurité intérieure',
      'Formation des services répressifs',
      'FORMES GRAVES DE CRIMINALITÉ ORGANISÉE',
      'EMPACT',
      'Cybercriminalité',
      'LUTTE CONTRE LE TERRORISME.....',
      'TECHNOLOGIE ET INNOVATION.....',
    ],
    texts: [
      'Le Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) a\nété institué au sein du Conseil en 2010 afin de faciliter, de promouvoir et de renforcer la\ncoordination des actions opérationnelles des autorités des États membres.',
      '',
      "Le COSI a procédé à un échange de vues sur l'avenir de la sécurité intérieure de l'UE, en\ncontribuant à l'élaboration des orientations stratégiques.",
      'Le COSI a examiné la formation des services répressifs avec le CEPOL et a approuvé les\npriorités de l’évaluation des besoins stratégiques de formation de l’UE.',
      '',
      "Le COSI a continué d'assurer l'orientation stratégique et le suivi d'EMPACT.",
      'Le COSI a été informé de l’état d’avancement de la lutte contre la cybercriminalité.',
      'Le COSI a tenu des échanges de vues réguliers sur la menace terroriste avec le coordinateur\nde la lutte contre le terrorisme et Europol.',
      "Le COSI a examiné l'accès aux données à des fins répressives efficaces et les travaux du pôle\nd'innovation de l'UE pour la sécurité intérieure.",
    ],
  },
  de: {
    language: 'DE',
    head: {
      layout: layoutHead6543(HEADS_6543.de, [
        'Bericht an das Europäische Parlament und die nationalen Parlamente',
        'über die Arbeiten des Ständigen Ausschusses für die operative',
        'Zusammenarbeit im Bereich der inneren Sicherheit im Zeitraum von',
        'Juli 2023 bis Dezember 2024',
      ]).join('\n'),
      plain: plainHead6543(HEADS_6543.de, [
        'Bericht an das Europäische Parlament und die nationalen Parlamente',
        'über die Arbeiten des Ständigen Ausschusses für die operative',
        'Zusammenarbeit im Bereich der inneren Sicherheit im Zeitraum von',
        'Juli 2023 bis Dezember 2024',
      ]).join('\n'),
    },
    opening: [
      'Gemäß Artikel 71 AEUV und Artikel 6 Absatz 2 des Beschlusses 2010/131/EU des Rates hält der',
      'Rat das Europäische Parlament und die nationalen Parlamente über die Arbeiten des COSI auf',
      'dem Laufenden.',
    ].join('\n'),
    contents: 'Inhaltsverzeichnis',
    titles: [
      'ZUSAMMENFASSUNG',
      'HORIZONTALE FRAGEN DER INNEREN SICHERHEIT',
      'Zukunft der inneren Sicherheit',
      'Aus- und Fortbildung im Bereich der Strafverfolgung',
      'SCHWERE UND ORGANISIERTE KRIMINALITÄT',
      'EMPACT',
      'Cyberkriminalität',
      'TERRORISMUSBEKÄMPFUNG.....',
      'TECHNOLOGIE UND INNOVATION.....',
    ],
    texts: [
      'Der Ständige Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit\n(COSI) wurde 2010 im Rat eingesetzt, um die Koordinierung der operativen Maßnahmen der\nzuständigen Behörden der Mitgliedstaaten zu erleichtern, zu fördern und zu stärken.',
      '',
      'Der COSI hat einen Gedankenaustausch über die Zukunft der inneren Sicherheit der EU geführt\nund einen Beitrag zu den strategischen Leitlinien geleistet.',
      'Der COSI hat die Aus- und Fortbildung im Bereich der Strafverfolgung mit der CEPOL erörtert\nund die Prioritäten der strategischen Schulungsbedarfsanalyse der EU gebilligt.',
      '',
      'Der COSI hat EMPACT weiterhin strategisch gesteuert und beaufsichtigt.',
      'Der COSI wurde über den Stand der Bekämpfung der Cyberkriminalität unterrichtet.',
      'Der COSI hat regelmäßig mit dem EU-Koordinator für die Terrorismusbekämpfung und Europol\nüber die terroristische Bedrohung beraten.',
      'Der COSI hat den Zugang zu Daten für eine wirksame Strafverfolgung und die Arbeit des\nEU-Innovationszentrums für innere Sicherheit erörtert.',
    ],
  },
};

/** The shapes the report reaches users in, with the text of each. */
const SHAPES: [string, (version: Version) => string][] = [
  ['-layout', layout],
  ['-layout, each page run into one line', (version) => flattenedPages(layout(version))],
  ['a viewer’s copy of -layout', (version) => viewerCopyOfLayout(layout(version))],
  ['plain pdftotext', plain],
  ['plain pdftotext, each page run into one line', (version) => flattenedPages(plain(version))],
];

describe.each(Object.entries(versions))('a report whose contents run onto the page part 1 opens on (%s)', (_language, version) => {
  it.each(SHAPES)('reads its parts, and no contents entry as one, as %s', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(version), 'content/sources/report.txt'));
    const titles = version.titles.map((title) => title.replace(/\.{5}$/u, ''));
    expect(record.sections.map(({ number, title }) => ({ number, title }))).toEqual([
      { number: null, title: null },
      ...NUMBERS.map((number, index) => ({ number, title: titles[index] ?? null })),
    ]);
  });
});
