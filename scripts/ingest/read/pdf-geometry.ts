/** Plain shapes the PDF stages pass along: text items as pdfjs places them, and the lines built from them. */

/** One run of text as the PDF draws it: baseline origin (points, y up), advance width and font size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  /** 0-based page index. */
  page: number;
  /** Direction the text runs in, in degrees counter-clockwise from the page's x axis (0: horizontal). */
  angle: number;
}

/** What separates a segment from the one before it on its line. */
export type Gap = '' | ' ' | '\t';

/** A piece of a line in one style; `sup` marks a superscript (smaller, raised) run such as a footnote marker. */
export interface Segment {
  text: string;
  gap: Gap;
  x: number;
  xEnd: number;
  bold: boolean;
  sup: boolean;
  /** Where the PDF draws the segment's first run among the page's text (its draw order), where the reader knows it. */
  order?: number;
}

/** A visual line: segments sharing a baseline, left to right; `size` is the font size of its main text. */
export interface Line {
  page: number;
  y: number;
  x: number;
  xEnd: number;
  size: number;
  segments: Segment[];
}

/** Superscript digits, index = digit: how footnote markers are written in the text. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** `12` → `¹²`; characters other than digits stay as they are. */
export function superscript(text: string): string {
  return [...text].map((c) => (c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS[Number(c)] : c)).join('');
}

/** The line as plain text: gaps as space or tab, superscripts as superscript digits, no bold markup. */
export function lineText(line: Line): string {
  return line.segments.map((segment) => segment.gap + (segment.sup ? superscript(segment.text) : segment.text)).join('');
}

/** Relative advance widths by kind of character, as in common serif and sans-serif text faces. */
const RELATIVE_WIDTH = { wideCapital: 0.9, capital: 0.7, wide: 0.75, narrow: 0.3, other: 0.5 };

/** Rough relative advance of a text (capitals wider than small letters, spaces and stops narrow), to apportion a measured width. */
export function relativeWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    if (/[MW]/.test(c)) width += RELATIVE_WIDTH.wideCapital;
    else if (/\p{Lu}/u.test(c)) width += RELATIVE_WIDTH.capital;
    else if (/[mw]/.test(c)) width += RELATIVE_WIDTH.wide;
    else if (/[\sijlftr.,;:'’!|()-]/.test(c)) width += RELATIVE_WIDTH.narrow;
    else width += RELATIVE_WIDTH.other;
  }
  return width;
}
