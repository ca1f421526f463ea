import type { NoteHead } from './note-heads.ts';

/**
 * The Presidency discussion paper to COSI of 4 March 2026 (6789/26, LIMITE, COSI 41, ENFOPOL 88) written by hand in one
 * version's words (its head: tests/support/note-heads.ts), for tests/discussion-paper-texts.test.ts,
 * tests/question-heading-languages.test.ts and tests/date-abbreviation-calls-languages.test.ts, which write
 * its body each their own way: the Council's name over two lines, the place and date, the number and codes, the kind,
 * `From` / `To` / `Subject` with their values (the subject over two lines), and the two-line footer.
 */
export interface PaperHead extends NoteHead {
  values: [string, string, string[]];
}

/**
 * The paper with `body` (its lines after the header) as plain `pdftotext` prints a LibreOffice PDF of it (`layout`
 * false: labels as a column, then their values; the footer column by column) or as `-layout` does (each label beside
 * its value, the number and codes in the right column, the footer on two lines).
 */
export function paperPage(version: PaperHead, layout: boolean, body: readonly string[]): string {
  const [from, to, subject] = version.values;
  const header = layout
    ? [
        `${version.institution[0]}`,
        `${version.institution[1]}                                          ${version.placeDate}`,
        '                                                                    (OR. en)',
        '                                                                    6789/26',
        '',
        '                                                                    LIMITE',
        '                                                                    COSI 41',
        '                                                                    ENFOPOL 88',
        '',
        version.kind,
        `${version.labels[0].padEnd(16)}${from}`,
        `${version.labels[1].padEnd(16)}${to}`,
        `${version.labels[2].padEnd(16)}${subject[0]}`,
        `${''.padEnd(16)}${subject[1]}`,
      ]
    : [
        ...version.institution,
        '',
        version.placeDate,
        '(OR. en)',
        '6789/26',
        '',
        'LIMITE',
        '',
        'COSI 41',
        'ENFOPOL 88',
        '',
        version.kind,
        ...version.labels,
        '',
        from,
        to,
        ...subject,
      ];
  const footer = layout
    ? [
        '6789/26                                        JV/mk                                       1',
        `               JAI.1                        LIMITE                                   ${version.language}`,
      ]
    : ['6789/26', 'JAI.1', '', 'JV/mk', '', '1', 'LIMITE', '', version.language];
  return [...header, ...body, '', ...footer, '\f'].join('\n');
}
