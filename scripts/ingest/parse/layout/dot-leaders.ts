/**
 * The dot leaders a word processor draws along a tab before a table of contents' page (`1. EXECUTIVE
 * SUMMARY........2`, Word's and LibreOffice's right tab stop with a dot leader): they are no characters of the text but
 * the tab's drawing, which the PDF prints as dots glued to the title and to the page. Read as the tab they draw, so
 * that the entry reads as its text version does (`1. EXECUTIVE SUMMARY` and its page).
 */

/**
 * A run of dot leaders glued to what it follows and to a page number of at most three figures (`SUMMARY.......2`,
 * `…… 12` is not glued): after a character other than a dot or a space, four dots or more (or two ellipses or more),
 * then the page, ending the line or followed by a space or tab (a page run into one line goes on with the next entry).
 * Typed dots apart from the page by a tab or space (`COUNTERTERRORISM.....\t17`) are the text's and stay.
 */
const GLUED_LEADERS = /(?<=[^\s.…])(?:\.{4,}|…{2,})(?=\d{1,3}(?![\d.,/])(?:[ \t]|$))/gu;

/** `line` with each run of dot leaders glued to a page (`GLUED_LEADERS`) read as a tab; a line without four dots in a row or two ellipses as it is. */
export function leadersAsTabs(line: string): string {
  if (!line.includes('....') && !line.includes('……')) return line;
  return line.replace(GLUED_LEADERS, '\t');
}
