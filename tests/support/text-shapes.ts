import { flattenedPages } from './flattened-pages.ts';

/**
 * A `-layout` rendering as a viewer copies it: each line trimmed, its runs of spaces made one, no form feed and no blank
 * line.
 */
export function viewerCopyOfLayout(text: string): string {
  return text
    .split(/[\n\f]/u)
    .map((line) => line.trim().replace(/[ \t]{2,}/gu, ' '))
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The five shapes a generated document reaches users in, for `it.each`: its name, whether it is drawn as `-layout`
 * prints it (else as plain `pdftotext` does), and whether its pages are run into one line each (`true`), copied out of
 * a viewer (`null`) or left as printed (`false`).
 */
export const TEXT_SHAPES: ReadonlyArray<readonly [name: string, layout: boolean, flat: boolean | null]> = [
  ['plain pdftotext', false, false],
  ['plain pdftotext, the page run into one line', false, true],
  ['-layout', true, false],
  ['-layout, the page run into one line', true, true],
  ['a viewer’s copy of the -layout page', true, null],
];

/** `text` in the shape `flat` names (see `TEXT_SHAPES`). */
export function inShape(text: string, flat: boolean | null): string {
  if (flat === null) return viewerCopyOfLayout(text);
  return flat ? flattenedPages(text) : text;
}

/** `paragraph` broken into lines of at most `width` characters between its words, as a body's lines run in a PDF. */
export function wrapWords(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** `TEXT_SHAPES` and, second, a viewer's copy of plain `pdftotext` (its blank lines gone), for `it.each`. */
export const TEXT_SHAPES_AND_PLAIN_COPY: ReadonlyArray<readonly [name: string, layout: boolean, flat: boolean | null]> = [
  ['plain pdftotext', false, false],
  ['plain pdftotext without its blank lines', false, null],
  ['plain pdftotext, the page run into one line', false, true],
  ['-layout', true, false],
  ['-layout, the page run into one line', true, true],
  ['a viewer’s copy of the -layout page', true, null],
];

/**
 * `text` with its blank lines and form feeds gone and every other line kept as printed (its indent and gaps too): a
 * viewer's copy of plain `pdftotext`, or a copy of `-layout` that keeps its lines.
 */
export function withoutBlankLines(text: string): string {
  return text
    .split(/[\f\n]/u)
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/**
 * The six shapes a fixture's two renderings (`pdftotext.txt`, `pdftotext-layout.txt`) reach users in, for `it.each`:
 * each rendering as printed, a viewer's copy of it, and its pages run into one line each.
 */
export const RENDERING_SHAPES = [
  { shape: 'plain pdftotext', file: 'pdftotext.txt', make: (text: string) => text },
  { shape: 'a viewer’s copy of plain pdftotext', file: 'pdftotext.txt', make: withoutBlankLines },
  { shape: 'plain pdftotext, each page run into one line', file: 'pdftotext.txt', make: flattenedPages },
  { shape: '-layout', file: 'pdftotext-layout.txt', make: (text: string) => text },
  { shape: 'a viewer’s copy of -layout', file: 'pdftotext-layout.txt', make: viewerCopyOfLayout },
  { shape: '-layout, each page run into one line', file: 'pdftotext-layout.txt', make: flattenedPages },
] as const;
