import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlockWithCalls as marked } from './support/block-text.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { wrapWords } from './support/text-shapes.ts';
import { expectOk } from './support/projection.ts';

/**
 * A note whose footnote calls are glued to the word before them (`Strategy1`, `stratégie2`, `Strategie2`,
 * `Estrategia1`), as plain `pdftotext` prints a LibreOffice PDF's superscripts, and whose footnote numbers plain
 * `pdftotext` prints apart from their texts at the page's foot (`1` / `2`, then the texts), each page then run into one
 * line as a copy out of a PDF viewer gives it (`… 2026. 1 2 COM(2020) 605 final. Doc. 5512/26. 6890/26 JAI.1 …`). Each
 * call must be read as the footnote's, the word before it kept whole, and each footnote with its own text, as the
 * unflattened text reads them; a day before its month in the header (`Brüssel, den 4. März 2026`) is no call of the
 * number after the run's last (`4`). Written by hand in English, French, German and Spanish.
 */
interface Version {
  header: string;
  footer: string;
  /** The paragraphs, each call written `^N` after its word. */
  paragraphs: string[];
  footnotes: string[];
}

const versions: Record<string, Version> = {
  en: {
    header: `Council of the\nEuropean Union\n\nBrussels, 4 March 2026\n(OR. en)\n6890/26\nLIMITE\nCOSI 41\nJAI 301\n\nNOTE\nFrom:\nTo:\nSubject:\n\nPresidency\nStanding Committee on Operational Cooperation on Internal Security (COSI)\nImplementation of the EU Security Union Strategy`,
    footer: '6890/26\nJAI.1\n\nTR/kl\nLIMITE\n\n1\nEN',
    paragraphs: [
      'On 24 July 2020, the Commission presented the EU Security Union Strategy^1, which covers the period 2020-2025.',
      'COSI discussed the implementation of the Strategy^2 at its meeting on 17 February 2026.',
    ],
    footnotes: ['COM(2020) 605 final.', 'Doc. 5512/26.'],
  },
  fr: {
    header: `Conseil de\nl'Union européenne\n\nBruxelles, le 4 mars 2026\n(OR. en)\n6890/26\nLIMITE\nCOSI 41\nJAI 301\n\nNOTE\nOrigine:\nDestinataire:\nObjet:\n\nprésidence\nComité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)\nMise en œuvre de la stratégie de l'UE pour l'union de la sécurité`,
    footer: '6890/26\nJAI.1\n\nTR/kl\nLIMITE\n\n1\nFR',
    paragraphs: [
      "Le 24 juillet 2020, la Commission a présenté la stratégie de l'UE pour l'union de la sécurité^1, qui couvre la période 2020-2025.",
      'Le COSI a examiné la mise en œuvre de la stratégie^2 lors de sa réunion du 17 février 2026.',
    ],
    footnotes: ['COM(2020) 605 final.', 'Doc. 5512/26.'],
  },
  de: {
    header: `Rat der\nEuropäischen Union\n\nBrüssel, den 4. März 2026\n(OR. en)\n6890/26\nLIMITE\nCOSI 41\nJAI 301\n\nVERMERK\nAbsender:\nEmpfänger:\nBetr.:\n\nVorsitz\nStändiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)\nUmsetzung der EU-Strategie für eine Sicherheitsunion`,
    footer: '6890/26\nJAI.1\n\nTR/kl\nLIMITE\n\n1\nDE',
    paragraphs: [
      'Am 24. Juli 2020 hat die Kommission die EU-Strategie für eine Sicherheitsunion^1 vorgelegt, die den Zeitraum 2020-2025 abdeckt.',
      'Der COSI hat die Umsetzung der Strategie^2 auf seiner Sitzung vom 17. Februar 2026 erörtert und die Europol-Berichte^3 zur Kenntnis genommen.',
    ],
    footnotes: ['COM(2020) 605 final.', 'Dok. 5512/26.', 'Dok. WK 2345/2026.'],
  },
  es: {
    header: `Consejo de la\nUnión Europea\n\nBruselas, 4 de marzo de 2026\n(OR. en)\n6890/26\nLIMITE\nCOSI 41\nJAI 301\n\nNOTA\nDe:\nA:\nAsunto:\n\nPresidencia\nComité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)\nAplicación de la Estrategia de la UE para una Unión de la Seguridad`,
    footer: '6890/26\nJAI.1\n\nTR/kl\nLIMITE\n\n1\nES',
    paragraphs: [
      'El 24 de julio de 2020, la Comisión presentó la Estrategia de la UE para una Unión de la Seguridad^1, que abarca el período 2020-2025.',
      'El COSI examinó la aplicación de la Estrategia^2 en su reunión del 17 de febrero de 2026.',
    ],
    footnotes: ['COM(2020) 605 final.', 'Doc. 5512/26.'],
  },
};

/** The page as plain `pdftotext` prints it: each paragraph's number apart, calls glued, the footnote numbers apart above their texts. */
function page({ header, footer, paragraphs, footnotes }: Version): string {
  const body = paragraphs.map((paragraph, index) => `${index + 1}.\n\n${paragraph.replaceAll('^', '')}`);
  const numbers = footnotes.map((_, index) => String(index + 1)).join('\n');
  return `${header}\n\n${body.join('\n\n')}\n\n${numbers}\n\n${footnotes.join('\n')}\n\n${footer}\f`;
}

describe.each(Object.entries(versions))(
  'a note whose calls are glued to their words and whose footnote numbers are printed apart (%s)',
  (_language, version) => {
    it.each([
      ['as plain pdftotext prints it', false],
      ['each page run into one line', true],
    ])('reads each call, the word before it kept, and each footnote’s own text (%s)', (_shape, flat) => {
      const text = flat ? flattenedPages(page(version)) : page(version);
      const record = expectOk(parseDocument(text, 'content/sources/note.txt'));
      const blocks = record.sections.flatMap((section) => section.text.map(marked));
      const read = [blocks, record.footnotes.map((footnote) => [footnote.mark, footnote.text.map(marked).join(' ')])];
      const printed = [
        version.paragraphs.map((paragraph, index) => `${index + 1}. ${paragraph}`),
        version.footnotes.map((footnote, index) => [String(index + 1), footnote]),
      ];
      expect(read).toEqual(printed);
    });
  },
);

/**
 * The same note over two pages, its second paragraph cut by the page break, as plain `pdftotext` prints it: the page's
 * footnote numbers apart under the cut sentence's last words (`… of the` / `1` / `2`), or, where hyphenation cut a word
 * there, the first number glued to the word's first part, its hyphen dropped (`… of the imple1` / `2`, `imple-` /
 * `mentation` in the PDF); each page then run into one line (`… of the imple1 2 COM(2020) 605 final. Doc. 5512/26.
 * 6890/26 …`, `mentation of the …`). The footnotes must be read after the word as after a sentence, the word made whole
 * and the sentence going on from the page's text into the next page's, not from its footnotes'.
 */
interface CutVersion {
  /** The second paragraph: its words on the first page, the cut word's two parts, its words on the second page. */
  head: string;
  cut: [string, string];
  rest: string;
}

const cutVersions: Record<string, CutVersion> = {
  en: {
    head: 'COSI discussed the implementation of the Strategy^2 at its meeting on 17 February 2026 and took note of the state of play of the',
    cut: ['imple', 'mentation'],
    rest: 'of the Counter-Terrorism Agenda^3.',
  },
  fr: {
    head: "Le COSI a examiné la mise en œuvre de la stratégie^2 lors de sa réunion du 17 février 2026 et a pris note de l'état d'avancement de la",
    cut: ['straté', 'gie'],
    rest: 'de lutte antiterroriste^3.',
  },
  de: {
    head: 'Der COSI hat die Umsetzung der Strategie^2 auf seiner Sitzung vom 17. Februar 2026 erörtert und den Stand der',
    cut: ['Umset', 'zung'],
    rest: 'der Agenda für Terrorismusbekämpfung^3 zur Kenntnis genommen.',
  },
  es: {
    head: 'El COSI examinó la aplicación de la Estrategia^2 en su reunión del 17 de febrero de 2026 y tomó nota del estado de la',
    cut: ['apli', 'cación'],
    rest: 'de la Agenda de Lucha contra el Terrorismo^3.',
  },
};

/** The third footnote, on the second page. */
const THIRD_FOOTNOTE = 'COM(2020) 795 final.';

/**
 * The two pages as plain `pdftotext` prints them (`hyphenated`: the break cuts the word, else falls before it): the
 * first page's numbers `1` and `2` apart under its last line, the first glued to the cut word's part.
 */
function cutPages(version: Version, { head, cut, rest }: CutVersion, hyphenated: boolean): string {
  const [first, second] = cut;
  const footer = (page: number) => version.footer.replace(/\n1\n/u, `\n${page}\n`);
  const lines = wrapWords(`${head}${hyphenated ? ` ${first}` : ''}`.replaceAll('^', ''), 90);
  const last = lines.length - 1;
  const body = [
    `1.\n\n${(version.paragraphs[0] ?? '').replaceAll('^', '')}`,
    `2.\n\n${lines.map((line, index) => (index === last && hyphenated ? `${line}1` : line)).join('\n')}`,
  ];
  const numbers = hyphenated ? '2' : '1\n2';
  const pageOne = `${version.header}\n\n${body.join('\n\n')}\n${numbers}\n\n${version.footnotes.slice(0, 2).join('\n')}\n\n${footer(1)}\f`;
  const pageTwo = `${hyphenated ? second : `${first}${second}`} ${rest.replaceAll('^', '')}\n\n3\n\n${THIRD_FOOTNOTE}\n\n${footer(2)}\f`;
  return `${pageOne}${pageTwo}`;
}

describe.each(Object.entries(cutVersions))('a note whose second paragraph the page break cuts before its footnote numbers (%s)', (language, cutVersion) => {
  const version = versions[language] as Version;
  it.each([
    ['after a word, as plain pdftotext prints it', false, false],
    ['after a word, each page run into one line', false, true],
    ['inside a word, the first number glued to it, as plain pdftotext prints it', true, false],
    ['inside a word, the first number glued to it, each page run into one line', true, true],
  ])('reads each footnote after the cut sentence and the sentence whole over the break (%s)', (_shape, hyphenated, flat) => {
    const text = cutPages(version, cutVersion, hyphenated);
    const record = expectOk(parseDocument(flat ? flattenedPages(text) : text, 'content/sources/note.txt'));
    const blocks = record.sections.flatMap((section) => section.text.map(marked));
    const read = [blocks, record.footnotes.map((footnote) => [footnote.mark, footnote.text.map(marked).join(' ')])];
    const [first, second] = cutVersion.cut;
    const printed = [
      [`1. ${version.paragraphs[0] ?? ''}`, `2. ${cutVersion.head} ${first}${second} ${cutVersion.rest}`],
      [...version.footnotes.slice(0, 2).map((footnote, index) => [String(index + 1), footnote]), ['3', THIRD_FOOTNOTE]],
    ];
    expect(read).toEqual(printed);
  });
});
