import type { OkRecord } from '../../src/schemas/record.ts';

/**
 * A Presidency note of one page with a dash list of three items between an opening and a closing paragraph, as the
 * tests of dash lists write it by hand per language (tests/lone-list-marks-texts.test.ts,
 * tests/flat-sentence-dash-items-texts.test.ts): its head as plain `pdftotext` prints it (labels, then values) and as
 * `-layout` does, its body's paragraphs and items, and the language code its footer prints.
 */
export interface DashListNote {
  head: { layout: string[]; plain: string[] };
  opening: string;
  items: [string, string, string];
  closing: string;
  language: string;
}

/**
 * The note's head (7731/26 of 16 March 2026, from the Presidency to COSI, on the security of the Union's ports) in
 * English, German, French and Spanish, as plain `pdftotext` prints it (labels, then values) and as `-layout` does: the
 * same in the tests of dash lists that write the note in those languages.
 */
export const DASH_LIST_HEADS: Readonly<Record<'en' | 'de' | 'fr' | 'es', DashListNote['head']>> = {
  en: {
    plain: [
      'Council of the\nEuropean Union\n\nBrussels, 16 March 2026\n(OR. en)\n7731/26\nLIMITE\nCOSI 52\nENFOPOL 98\n\nNOTE\nFrom:\nTo:\nSubject:',
      'Presidency\nStanding Committee on Operational Cooperation on Internal Security (COSI)\nSecurity of the Union’s ports – State of play',
    ],
    layout: [
      '            Council of the                          Brussels, 16 March 2026',
      '            European Union                          (OR. en)',
      '                                                    7731/26',
      '                                                    LIMITE',
      '                                                    COSI 52',
      '                                                    ENFOPOL 98',
      '',
      'NOTE',
      ' From:                  Presidency',
      ' To:                    Standing Committee on Operational Cooperation on Internal Security (COSI)',
      ' Subject:               Security of the Union’s ports – State of play',
    ],
  },
  de: {
    plain: [
      'Rat der\nEuropäischen Union\n\nBrüssel, den 16. März 2026\n(OR. en)\n7731/26\nLIMITE\nCOSI 52\nENFOPOL 98\n\nVERMERK\nAbsender:\nEmpfänger:\nBetr.:',
      'Vorsitz\nStändiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)\nSicherheit der Häfen der Union – Sachstand',
    ],
    layout: [
      '            Rat der                                 Brüssel, den 16. März 2026',
      '            Europäischen Union                      (OR. en)',
      '                                                    7731/26',
      '                                                    LIMITE',
      '                                                    COSI 52',
      '                                                    ENFOPOL 98',
      '',
      'VERMERK',
      ' Absender:              Vorsitz',
      ' Empfänger:             Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der',
      '                        inneren Sicherheit (COSI)',
      ' Betr.:                 Sicherheit der Häfen der Union – Sachstand',
    ],
  },
  fr: {
    plain: [
      "Conseil de\nl'Union européenne\n\nBruxelles, le 16 mars 2026\n(OR. en)\n7731/26\nLIMITE\nCOSI 52\nENFOPOL 98\n\nNOTE\nOrigine:\nDestinataire:\nObjet:",
      'la présidence\nComité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)\nSécurité des ports de l’Union – État des travaux',
    ],
    layout: [
      '            Conseil de                              Bruxelles, le 16 mars 2026',
      "            l'Union européenne                      (OR. en)",
      '                                                    7731/26',
      '                                                    LIMITE',
      '                                                    COSI 52',
      '                                                    ENFOPOL 98',
      '',
      'NOTE',
      ' Origine:               la présidence',
      ' Destinataire:          Comité permanent de coopération opérationnelle en matière de sécurité',
      '                        intérieure (COSI)',
      ' Objet:                 Sécurité des ports de l’Union – État des travaux',
    ],
  },
  es: {
    plain: [
      'Consejo de la\nUnión Europea\n\nBruselas, 16 de marzo de 2026\n(OR. en)\n7731/26\nLIMITE\nCOSI 52\nENFOPOL 98\n\nNOTA\nDe:\nA:\nAsunto:',
      'Presidencia\nComité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)\nSeguridad de los puertos de la Unión – Estado de los trabajos',
    ],
    layout: [
      '            Consejo de la                           Bruselas, 16 de marzo de 2026',
      '            Unión Europea                           (OR. en)',
      '                                                    7731/26',
      '                                                    LIMITE',
      '                                                    COSI 52',
      '                                                    ENFOPOL 98',
      '',
      'NOTA',
      ' De:                    Presidencia',
      ' A:                     Comité Permanente de Cooperación Operativa en materia de Seguridad',
      '                        Interior (COSI)',
      ' Asunto:                Seguridad de los puertos de la Unión – Estado de los trabajos',
    ],
  },
};

/** The footer plain `pdftotext` prints in pieces. */
const plainFooter = (language: string): string => `7731/26\n\nKB/mk\nJAI.1\n\nLIMITE\n\n1\n${language}`;

/** The note as plain `pdftotext` prints it, each mark over its item (`-`, a blank line, the text) or (`first`) all the marks first. */
export function plainNote(note: DashListNote, first: boolean): string {
  const marks = first ? [note.items.map(() => '-').join('\n\n'), ...note.items] : note.items.flatMap((item) => ['-', item]);
  return [...note.head.plain, note.opening, ...marks, note.closing, plainFooter(note.language), ''].join('\n\n');
}

/** The note as `-layout` prints it: each mark on its item's line, the item's text in its column. */
export function layoutNote(note: DashListNote): string {
  return [
    ...note.head.layout,
    '',
    note.opening,
    '',
    ...note.items.flatMap((item) => [`-      ${item}`, '']),
    note.closing,
    '',
    `7731/26                                               KB/mk                                                     1`,
    `JAI.1                                        LIMITE                                                             ${note.language}`,
    '',
  ].join('\n');
}

/** A plain `pdftotext` text as a viewer copies it: no blank line. */
export const viewerCopyOfPlain = (text: string): string =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');

/** The body's blocks: each block's text, with its list level (null outside a list). */
export function noteBlocks(record: OkRecord): Array<[number | null, string]> {
  return record.sections.flatMap((section) =>
    section.text.map((block): [number | null, string] => [block.list, block.inline.map((node) => ('value' in node ? node.value : '')).join('')]),
  );
}
