import type { Outcome } from './outcome-languages.ts';

/**
 * The first page's head and footer of a note of 15123/25 (the General Secretariat's note to Coreper and the Council on
 * the conclusions on EMPACT), written in a version's words of tests/fixtures/outcome-languages (the Council's name, the
 * place and date), as plain `pdftotext` prints it (`layout` false: each line of the right column, then the footer
 * column by column) or as `-layout` does (the right column indented, the footer on two lines): for the I/A item notes of
 * tests/ia-item-note-languages.test.ts and tests/subject-date-line-languages.test.ts, which write each its own table and
 * body between them.
 */

/** The number the note prints in its head and footer. */
export const NUMBER_15123 = '15123/25';

/**
 * The head down to the kind and a blank line: the Council's name, the place and date, `(OR. en)` where the copy
 * prints it (`original`), the number and the file `codes` in the right column, the kind.
 */
export function head15123(outcome: Outcome, kind: string, codes: readonly string[], layout: boolean, original = true): string[] {
  const right = (text: string) => (layout ? `${' '.repeat(49)}${text}` : text);
  return [
    outcome.institution,
    '',
    right(outcome.placeDate),
    ...(original ? [right('(OR. en)')] : []),
    right(NUMBER_15123),
    '',
    ...codes.map(right),
    '',
    kind,
    '',
  ];
}

/** The two-line footer (`15123/25 … ML/ab … 1` / `JAI.1 … EN`) in the version of `language`. */
export function footer15123(language: string, layout: boolean): string[] {
  const mark = language.toUpperCase();
  return layout
    ? [`${NUMBER_15123}${' '.repeat(31)}ML/ab${' '.repeat(45)}1`, `JAI.1${' '.repeat(90)}${mark}`]
    : [NUMBER_15123, '', 'ML/ab', '', '1', '', 'JAI.1', '', mark];
}
