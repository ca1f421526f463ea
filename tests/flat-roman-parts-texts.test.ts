import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A Presidency's report to the European Parliament on COSI's proceedings, its parts under Roman headings in mixed case
 * (`I. Introduction`, `II. Main activities`, `III. Outlook`) with unnumbered paragraphs under them, as plain `pdftotext`
 * prints a LibreOffice PDF of it (the numeral apart from its heading, the two-line footer column by column) and as
 * `-layout` sets a heading (numeral and heading on one line), each page
 * then run into one line as a copy out of a PDF viewer gives it. Each part must be read as a section with its number,
 * its heading as title and its paragraphs as text, as the unflattened text is. Written by hand in English, French,
 * German and Polish.
 */
interface Version {
  header: string;
  footer: (page: number) => string;
  parts: { numeral: string; title: string; paragraphs: string[] }[];
}

const header = (lines: string[]) => lines.join('\n');

const versions: Record<string, Version> = {
  en: {
    header: header([
      'Council of the',
      'European Union',
      '',
      'Brussels, 12 May 2026',
      '(OR. en)',
      '8912/26',
      'COSI 77',
      'JAI 611',
      '',
      'REPORT',
      'From:',
      'To:',
      'Subject:',
      '',
      'Presidency',
      'European Parliament',
      'Report on the proceedings of the Standing Committee on Operational Cooperation on Internal Security from July 2024 to December 2025',
    ]),
    footer: (page) => `8912/26\nJAI.1\n\nTR/kl\n\n${page}\nEN`,
    parts: [
      {
        numeral: 'I',
        title: 'Introduction',
        paragraphs: [
          'Under Article 71 of the Treaty on the Functioning of the European Union, the Council keeps the European Parliament informed of the proceedings of the Standing Committee. This report covers the Hungarian and Polish Presidencies.',
        ],
      },
      {
        numeral: 'II',
        title: 'Main activities',
        paragraphs: [
          'During the period covered, COSI met eleven times, twice jointly with the Strategic Committee on Immigration, Frontiers and Asylum. The Committee followed the implementation of EMPACT and prepared the priorities for 2026-2029.',
        ],
      },
      {
        numeral: 'III',
        title: 'Outlook',
        paragraphs: ['The Committee will evaluate the first year of the new cycle in 2027 and will continue to follow the work of the agencies.'],
      },
    ],
  },
  fr: {
    header: header([
      'Conseil de',
      "l'Union européenne",
      '',
      'Bruxelles, le 12 mai 2026',
      '(OR. en)',
      '8912/26',
      'COSI 77',
      'JAI 611',
      '',
      'RAPPORT',
      'Origine:',
      'Destinataire:',
      'Objet:',
      '',
      'présidence',
      'Parlement européen',
      'Rapport sur les travaux du Comité permanent de coopération opérationnelle en matière de sécurité intérieure de juillet 2024 à décembre 2025',
    ]),
    footer: (page) => `8912/26\nJAI.1\n\nTR/kl\n\n${page}\nFR`,
    parts: [
      {
        numeral: 'I',
        title: 'Introduction',
        paragraphs: [
          "Conformément à l'article 71 du traité sur le fonctionnement de l'Union européenne, le Conseil tient le Parlement européen informé des travaux du comité permanent. Le présent rapport couvre les présidences hongroise et polonaise.",
        ],
      },
      {
        numeral: 'II',
        title: 'Principales activités',
        paragraphs: [
          "Au cours de la période considérée, le COSI s'est réuni onze fois, dont deux fois conjointement avec le Comité stratégique sur l'immigration, les frontières et l'asile. Le comité a suivi la mise en œuvre d'EMPACT.",
        ],
      },
      {
        numeral: 'III',
        title: 'Perspectives',
        paragraphs: ['Le comité évaluera la première année du nouveau cycle en 2027 et continuera de suivre les travaux des agences.'],
      },
    ],
  },
  de: {
    header: header([
      'Rat der',
      'Europäischen Union',
      '',
      'Brüssel, den 12. Mai 2026',
      '(OR. en)',
      '8912/26',
      'COSI 77',
      'JAI 611',
      '',
      'BERICHT',
      'Absender:',
      'Empfänger:',
      'Betr.:',
      '',
      'Vorsitz',
      'Europäisches Parlament',
      'Bericht über die Arbeiten des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit von Juli 2024 bis Dezember 2025',
    ]),
    footer: (page) => `8912/26\nJAI.1\n\nTR/kl\n\n${page}\nDE`,
    parts: [
      {
        numeral: 'I',
        title: 'Einleitung',
        paragraphs: [
          'Nach Artikel 71 des Vertrags über die Arbeitsweise der Europäischen Union unterrichtet der Rat das Europäische Parlament über die Arbeiten des Ständigen Ausschusses. Dieser Bericht erfasst den ungarischen und den polnischen Vorsitz.',
        ],
      },
      {
        numeral: 'II',
        title: 'Wichtigste Tätigkeiten',
        paragraphs: [
          'Im Berichtszeitraum ist der COSI elfmal zusammengetreten, davon zweimal gemeinsam mit dem Strategischen Ausschuss für Einwanderungs-, Grenz- und Asylfragen. Der Ausschuss hat die Umsetzung von EMPACT verfolgt.',
        ],
      },
      {
        numeral: 'III',
        title: 'Ausblick',
        paragraphs: ['Der Ausschuss wird das erste Jahr des neuen Zyklus im Jahr 2027 bewerten und die Arbeit der Agenturen weiter verfolgen.'],
      },
    ],
  },
  pl: {
    header: header([
      'Rada',
      'Unii Europejskiej',
      '',
      'Bruksela, 12 maja 2026 r.',
      '(OR. en)',
      '8912/26',
      'COSI 77',
      'JAI 611',
      '',
      'SPRAWOZDANIE',
      'Od:',
      'Do:',
      'Dotyczy:',
      '',
      'Prezydencja',
      'Parlament Europejski',
      'Sprawozdanie z prac Stałego Komitetu ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego od lipca 2024 r. do grudnia 2025 r.',
    ]),
    footer: (page) => `8912/26\nJAI.1\n\nTR/kl\n\n${page}\nPL`,
    parts: [
      {
        numeral: 'I',
        title: 'Wprowadzenie',
        paragraphs: [
          'Zgodnie z art. 71 Traktatu o funkcjonowaniu Unii Europejskiej Rada informuje Parlament Europejski o pracach stałego komitetu. Niniejsze sprawozdanie obejmuje prezydencję węgierską i polską.',
        ],
      },
      {
        numeral: 'II',
        title: 'Główne działania',
        paragraphs: [
          'W okresie sprawozdawczym COSI zebrał się jedenaście razy, w tym dwukrotnie wspólnie ze Strategicznym Komitetem ds. Imigracji, Granic i Azylu. Komitet monitorował realizację EMPACT.',
        ],
      },
      {
        numeral: 'III',
        title: 'Perspektywy',
        paragraphs: ['Komitet oceni pierwszy rok nowego cyklu w 2027 r. i będzie nadal monitorował prace agencji.'],
      },
    ],
  },
};

type Part = Version['parts'][number];

/**
 * A part as plain `pdftotext` prints it (the numeral with its dot, its heading and each paragraph after a blank line),
 * or as `-layout` does (the numeral and its heading on one line, the heading set at the list's tab).
 */
const part = ({ numeral, title, paragraphs }: Part, layout: boolean) =>
  (layout ? [`${numeral}.${' '.repeat(12 - numeral.length)}${title}`, ...paragraphs] : [`${numeral}.`, title, ...paragraphs]).join('\n\n');

describe.each(Object.entries(versions))('a report to Parliament (%s) under Roman parts in mixed case, each page run into one line', (_language, version) => {
  const [first, second, third] = version.parts as [Part, Part, Part];
  const pages = (layout: boolean) =>
    `${version.header}\n\n${part(first, layout)}\n\n${part(second, layout)}\n\n${version.footer(1)}\f${part(third, layout)}\n\n${version.footer(2)}\f`;

  it.each([
    ['plain pdftotext', false],
    ['-layout', true],
  ])('reads the same parts as the unflattened text (%s): each part a section, its heading the title, its paragraphs the text', (_shape, layout) => {
    const read = (text: string) =>
      expectOk(parseDocument(text, 'content/sources/report.txt')).sections.map((section) => ({
        number: section.number,
        title: section.title,
        text: section.text.map(plain).join(' '),
      }));
    const printed = version.parts.map(({ numeral, title, paragraphs }) => ({ number: numeral, title, text: paragraphs.join(' ') }));
    expect(read(pages(layout))).toEqual(printed);
    expect(read(flattenedPages(pages(layout)))).toEqual(printed);
  });
});
