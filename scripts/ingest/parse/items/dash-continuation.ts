/** Whether a line opening with a dash goes on with the agenda item's title above it or opens a sub-point under it. */
import { TIME_SLOT, ITEM_NUMBER } from '../text/vocabulary.ts';

/** A line opening with a dash and one space (`– exchange of views`): a dash a wrapped title carries, or a typed bullet. */
const DASH_ONE_SPACE = /^([ \t]*)[–—-] (?=\S)/;

/** An item's row up to its title's first letter: a time it may stand beside, its number and the spaces after them. */
const ROW_PREFIX = new RegExp(String.raw`^[ \t]*(?:${TIME_SLOT}[ \t]+)?(?:\*\*)?${ITEM_NUMBER}\.?[ \t]+`, 'u');

/** How far left of the page's widest line a title line may end and still be full (a dash and a short word would not fit). */
const FULL_LINE_SLACK = 12;

/** A title line of plain text (no columns) this long was wrapped by the export. */
const PLAIN_WRAP_WIDTH = 50;

/** The last line of a title above a dash line, and what the joining of lines knows of it. */
export interface TitleAbove {
  /** The first line of the logical line above, as printed (its row: number, title). */
  first: string;
  /** Its last line, as printed, indentation kept. */
  lastRaw: string;
}

/** The column a line's text starts at, tabs counting as one. */
function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * Whether `below`, a line opening with a dash and one space, goes on with the numbered item title above it
 * (`3.    Internal security … in the Middle East` over `      – exchange of views`) rather than opening a sub-point.
 * With `pdftotext -layout` columns it does when it stands under the title's first letter, the title's line above is
 * full (it ends within a short word of `widest`, the end of the page's widest line: the dash did not fit there) and
 * `after`, the line below it, is no dash line of a list at the same place. Without columns (plain `pdftotext`), when
 * the title's line is long and the dash is followed by a word in lower case (`– exchange of views`). Never where the
 * title prints a dash or more of its own, of another kind (`otherKindThanTitles`). A dash set off by
 * a tab's width of spaces (`–    Presentation …`) is always a sub-point.
 */
export function dashContinuesTitle(above: TitleAbove, below: string, after: string, widest: number): boolean {
  const dash = DASH_ONE_SPACE.exec(below);
  if (dash === null) return false;
  const row = ROW_PREFIX.exec(above.first);
  if (row === null) return false;
  const indent = indentOf(below);
  const sibling = DASH_ONE_SPACE.exec(after);
  if (sibling !== null && indentOf(after) === indent) return false;
  const titleColumn = above.lastRaw === above.first ? row[0].length : indentOf(above.lastRaw);
  const end = above.lastRaw.trimEnd().length;
  if (otherKindThanTitles(above.first, below.trimStart().charAt(0))) return false;
  if (indent > 0) return indent === titleColumn && end >= widest - FULL_LINE_SLACK;
  return end >= PLAIN_WRAP_WIDTH && /^\p{Ll}/u.test(below.slice(dash[0].length));
}

/** A dash between spaces in a title (`Migrant smuggling – Global Alliance – follow-up`). Group: the dash. */
const TITLE_DASH = /[ \t]([–—-])[ \t]/gu;

/**
 * The fewest dashes of one kind a title prints of its own for a line opening with a dash of another kind to be no part
 * of it: one (`2.⇥Counter-terrorism – state of play …` over `- presentation by the EU Counter-Terrorism Coordinator`).
 */
const OWN_DASHES = 1;

/**
 * Whether `dash` is of another kind than the dashes `title` prints of its own, one or more and all of one kind
 * (`3.⇥Migrant smuggling – Global Alliance – follow-up` over `- information from the Presidency`, `2.⇥Counter-terrorism
 * – state of play` over `- presentation by …`): a title does not change its dash for its last part, so the line below
 * opens a point.
 */
function otherKindThanTitles(title: string, dash: string): boolean {
  const own = [...title.matchAll(TITLE_DASH)].map((match) => match[1]);
  return own.length >= OWN_DASHES && own.every((kind) => kind === own[0]) && own[0] !== dash;
}
