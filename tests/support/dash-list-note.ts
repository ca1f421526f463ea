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
