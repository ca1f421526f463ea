import { describe, expect, it } from 'vitest';
import { romanCuts } from '../../../../../scripts/ingest/parse/flat/flat-roman-headings.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { expectOk } from '../../../../support/projection.ts';

/**
 * A COSI report to the European Parliament and national parliaments, its parts under Roman headings, run into one line
 * per page as a copy out of a PDF viewer gives it, in a few of its language versions (written by hand): each part is
 * a section, whatever ends the sentence before its heading (the headings in capitals, as the Council prints a part's).
 */
const REPORTS: Record<string, { header: string; more: string; parts: [string, string][] }> = {
  en: {
    more: 'It also held exchanges of views on the internal security aspects of migration, on terrorism and on serious and organised crime.',
    header:
      'Council of the European Union Brussels, 2 July 2025 (OR. en) 10432/25 COSI 120 JAI 901 REPORT From: Standing Committee on Operational Cooperation on Internal Security (COSI) To: European Parliament and national parliaments Subject: Report on the proceedings of COSI for the period January 2024 - June 2025',
    parts: [
      [
        'INTRODUCTION',
        'Article 71 TFEU provides that the European Parliament and national parliaments are to be kept informed of the proceedings of COSI. This report covers the Belgian, Hungarian and Polish Presidencies1.',
      ],
      [
        'MAIN ACTIVITIES',
        'During the period covered, COSI met eleven times and prepared the Council conclusions on the protection of public spaces (9314/24).',
      ],
      ['OUTLOOK', 'Which priorities should COSI set for the next eighteen months?'],
    ],
  },
  fr: {
    more: 'Il a également procédé à des échanges de vues sur les aspects de la migration liés à la sécurité intérieure, sur le terrorisme et sur la grande criminalité organisée.',
    header:
      "Conseil de l'Union européenne Bruxelles, le 2 juillet 2025 (OR. en) 10432/25 COSI 120 JAI 901 RAPPORT Origine: Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) Destinataire: Parlement européen et parlements nationaux Objet: Rapport sur les travaux du COSI pour la période de janvier 2024 à juin 2025",
    parts: [
      [
        'INTRODUCTION',
        "L'article 71 du TFUE prévoit que le Parlement européen et les parlements nationaux sont tenus informés des travaux du COSI. Le présent rapport couvre les présidences belge, hongroise et polonaise.",
      ],
      ['PRINCIPALES ACTIVITÉS', 'Au cours de la période considérée, le COSI s’est réuni onze fois.'],
      ['PERSPECTIVES', 'Le COSI poursuivra ses travaux sur la criminalité organisée.'],
    ],
  },
  de: {
    more: 'Er hat außerdem einen Gedankenaustausch über die Aspekte der Migration im Bereich der inneren Sicherheit, über den Terrorismus und über die schwere und organisierte Kriminalität geführt.',
    header:
      'Rat der Europäischen Union Brüssel, den 2. Juli 2025 (OR. en) 10432/25 COSI 120 JAI 901 BERICHT Absender: Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI) Empfänger: Europäisches Parlament und nationale Parlamente Betr.: Bericht über die Arbeiten des COSI im Zeitraum Januar 2024 bis Juni 2025',
    parts: [
      [
        'EINLEITUNG',
        'Nach Artikel 71 AEUV werden das Europäische Parlament und die nationalen Parlamente über die Arbeiten des COSI unterrichtet. Dieser Bericht umfasst den belgischen, ungarischen und polnischen Vorsitz.',
      ],
      ['WICHTIGSTE TÄTIGKEITEN', 'Im Berichtszeitraum ist der COSI elfmal zusammengetreten.'],
      ['AUSBLICK', 'Der COSI wird seine Arbeiten zur organisierten Kriminalität fortsetzen.'],
    ],
  },
  pl: {
    more: 'Przeprowadził również wymianę poglądów na temat aspektów migracji związanych z bezpieczeństwem wewnętrznym, terroryzmu oraz poważnej i zorganizowanej przestępczości.',
    header:
      'Rada Unii Europejskiej Bruksela, 2 lipca 2025 r. (OR. en) 10432/25 COSI 120 JAI 901 SPRAWOZDANIE Od: Stały Komitet ds. Współpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego (COSI) Do: Parlament Europejski i parlamenty narodowe Dotyczy: Sprawozdanie z prac w okresie od stycznia 2024 r. do czerwca 2025 r.',
    parts: [
      [
        'WPROWADZENIE',
        'Zgodnie z art. 71 TFUE Parlament Europejski i parlamenty narodowe są informowane o pracach COSI. Niniejsze sprawozdanie obejmuje prezydencje belgijską, węgierską i polską.',
      ],
      ['GŁÓWNE DZIAŁANIA', 'W okresie sprawozdawczym COSI zebrał się jedenaście razy.'],
      ['PERSPEKTYWY', 'COSI będzie kontynuował prace nad przestępczością zorganizowaną.'],
    ],
  },
};

const NUMERALS = ['I', 'II', 'III'];

/** The report's one page run into one line: each part's numeral and heading, then its paragraph numbered in sequence (with a sentence more, `more`, as long as a page's). */
function flattened({ header, more, parts }: { header: string; more: string; parts: [string, string][] }, gap: string): string {
  const body = parts.map(([heading, text], index) => `${NUMERALS[index] ?? ''}.${gap}${heading} ${index + 1}.${gap}${text} ${more}`).join(' ');
  return `${header} ${body} 10432/25 AB/cd 1 JAI.1 EN\n`;
}

describe('a report run into one line per page', () => {
  for (const [language, report] of Object.entries(REPORTS))
    for (const [shape, gap] of [
      ['plain', ' '],
      ['-layout', '        '],
    ] as const)
      it(`${language}, ${shape}: each Roman part is a section`, () => {
        const record = expectOk(parseDocument(flattened(report, gap), `report-${language}.txt`));
        expect(record.sections.map(({ number, title }) => [number, title])).toEqual(report.parts.map(([heading], index) => [NUMERALS[index], heading]));
      });
});

/** The parts' headings in mixed case, as a word processor's heading style prints them (no capitals to set the title apart from its paragraph). */
const MIXED: Record<string, [string, string, string]> = {
  en: ['Introduction', 'Main activities', 'Outlook'],
  fr: ['Introduction', 'Principales activités', 'Perspectives'],
  de: ['Einleitung', 'Wichtigste Tätigkeiten', 'Ausblick'],
  pl: ['Wprowadzenie', 'Główne działania', 'Perspektywy'],
};

describe('a report run into one line per page, its Roman parts’ headings in mixed case over numbered paragraphs', () => {
  for (const [language, report] of Object.entries(REPORTS)) {
    const headings = MIXED[language] ?? ['', '', ''];
    const mixed = { ...report, parts: report.parts.map(([, text], index) => [headings[index] ?? '', text] as [string, string]) };
    for (const [shape, gap] of [
      ['plain', ' '],
      ['-layout', '        '],
    ] as const)
      it(`${language}, ${shape}: each Roman part is a section, its title up to its first paragraph’s number`, () => {
        const record = expectOk(parseDocument(flattened(mixed, gap), `report-${language}.txt`));
        expect(record.sections.map(({ number, title }) => [number, title])).toEqual(headings.map((heading, index) => [NUMERALS[index], heading]));
      });
  }
});

describe('romanCuts', () => {
  it('cuts before the next part’s numeral after a sentence’s end, a footnote’s call glued to it or a question mark', () => {
    const text = 'I. INTRODUCTION 1. This report covers the Polish Presidency1. II. MAIN ACTIVITIES 2. Which measures? III. OUTLOOK';
    expect(romanCuts(text, 0).cuts.map((at) => text.slice(at, at + 4))).toEqual(['II. ', 'III.']);
  });

  it('cuts nothing out of sequence, nor a numeral a sentence goes on into', () => {
    expect(romanCuts('The data are entered in SIS II. The Committee took note of it.', 0).cuts).toEqual([]);
    expect(romanCuts('I. INTRODUCTION The data are entered in SIS II. The Committee took note.', 0).cuts).toEqual([]);
    expect(romanCuts('COSI met. IV. OUTLOOK', 1).cuts).toEqual([]);
  });

  it('counts on from the lines before', () => {
    expect(romanCuts('… the next steps. II. OPERATIONAL COOPERATION 3. How many …', 1)).toEqual({ cuts: [18], last: 2, numerals: [18] });
  });

  it('tells where each numeral in sequence stands, the first after a subject too', () => {
    const text = '… June 2025 I. Introduction 1. This report … Presidency. II. Main activities 2. During …';
    expect(romanCuts(text, 0).numerals.map((at) => text.slice(at, at + 3))).toEqual(['I. ', 'II.']);
  });

  it('cuts before the first part’s numeral after a subject where the second part’s follows it on the line, and not where none does', () => {
    const text = '… July 2024 to December 2025 I. Introduction Under Article 71 … Presidencies. II. Main activities During …';
    expect(romanCuts(text, 0).cuts.map((at) => text.slice(at, at + 3))).toEqual(['I. ', 'II.']);
    expect(romanCuts('The list is set out in Annex I. The Committee took note of it.', 0).cuts).toEqual([]);
  });

  it('cuts before the next part’s numeral opening a page’s line, counted on from the page before', () => {
    expect(romanCuts('III. Outlook The Committee will evaluate the cycle.', 2)).toEqual({ cuts: [0], last: 3, numerals: [0] });
    expect(romanCuts('IV. Outlook The Committee will evaluate the cycle.', 2).cuts).toEqual([]);
  });
});
