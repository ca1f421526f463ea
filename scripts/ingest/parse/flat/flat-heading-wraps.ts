/**
 * A numbered heading whose title `-layout` wrapped under itself, on a page run into one line: `6.1            Cooperation
 * with the Latin American Committee on Internal Security                (CLASI)`. `-layout` sets the title's next line in
 * as far as the title's first, so the page's line holds, where the line broke, the space it was joined with and that
 * indent: a gap as wide as the heading's number and its gap, which would read as a table's column gap.
 */

/** A heading's number and the gap `-layout` sets before its title (`6.1            Cooperation`), at a piece's start. */
const LAYOUT_HEADING = /^\d{1,2}(?:\.\d{1,2}){0,4}\.?[ ]{2,}(?=["“(]?\p{Lu})/u;

/** How far into a piece a heading's wrapped title is looked for: its lines, as long as a title runs. */
const TITLE_REACH = 240;

/** A gap between two words. */
const GAP = /(?<=\S)[ ]{3,}(?=\S)/gu;

/**
 * The piece from `offset` to `end` of a page's line `text` with each line break of its heading's title (a gap exactly as
 * wide as the heading's indent, the space it was joined with and the number's column: `heading's title`) read as the
 * one space it is, within the title's reach; any other piece as it is. The number's indent is the spaces before it on
 * the page's line (`-layout`'s indent and the joining space; a page's first line has no joining space).
 */
export function headingWrapsJoined(text: string, offset: number, end: number): string {
  const piece = text.slice(offset, end);
  const heading = LAYOUT_HEADING.exec(piece);
  if (heading === null) return piece;
  const before = /[ ]*$/u.exec(text.slice(Math.max(0, offset - TITLE_REACH), offset))?.[0].length ?? 0;
  // the page's first line was joined with no space before it
  const indent = offset - before === 0 ? before + 1 : before;
  const width = indent + heading[0].length;
  const title = piece.slice(0, TITLE_REACH);
  if (!title.includes(' '.repeat(width))) return piece;
  return title.replace(GAP, (gap) => (gap.length === width ? ' ' : gap)) + piece.slice(TITLE_REACH);
}
