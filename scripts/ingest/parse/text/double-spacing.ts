import type { SourceLine } from '../normalise.ts';

/** A copy is read as double-spaced only with at least this many lines of text: a few lines say nothing of a habit. */
const MIN_LINES = 8;

/** A line at least this long that does not end a sentence or clause was wrapped by the export. */
const WRAP_WIDTH = 50;

/** A line this long is a whole paragraph or page run into one line, not a line of a page. */
const MAX_PAGE_LINE = 160;

/** Of the lines of text, at least this share are wrapped lines in a double-spaced copy of a page (one paragraph a line has next to none). */
const MIN_WRAPPED_SHARE = 0.15;

/** And at least this many: a long title over a lower-case line or two is no habit of the copy. */
const MIN_WRAPPED = 3;

/** A line ends a sentence or a clause when it ends with one of these (closing quotes and brackets aside). */
const TERMINAL = /[.:;!?]["'”’)\]*]{0,4}$/;

/**
 * Whether a copy prints a blank line after every line of the page (as eumonitor.eu republishes some documents): no
 * two lines of text stand together, the lines are a page's (none a whole paragraph), and many are wrapped mid-sentence (a long line over one opening in lower case).
 */
function isDoubleSpaced(lines: readonly SourceLine[]): boolean {
  let filled = 0;
  let wrapped = 0;
  let above = '';
  for (const [index, entry] of lines.entries()) {
    const text = entry.text.trim();
    if (text === '') continue;
    if ((lines[index + 1]?.text.trim() ?? '') !== '' || text.length > MAX_PAGE_LINE) return false;
    filled += 1;
    if (above.length >= WRAP_WIDTH && !TERMINAL.test(above) && /^\p{Ll}/u.test(text)) wrapped += 1;
    above = text;
  }
  return filled >= MIN_LINES && wrapped >= MIN_WRAPPED && wrapped >= filled * MIN_WRAPPED_SHARE;
}

/**
 * The lines of a double-spaced copy as the page prints them: the one blank line after each line goes, a run of
 * blank lines (the page's own blank line, doubled) stays one; any other text as it stands. Guarantees: every line of
 * text is kept, in order, with its source line.
 */
export function undoubleSpacing(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (!isDoubleSpaced(lines)) return lines;
  return lines.filter((entry, index) => {
    if (entry.text.trim() !== '') return true;
    const above = lines[index - 1]?.text.trim() ?? '';
    const below = lines[index + 1]?.text.trim() ?? '';
    return above === '' || below === '';
  });
}
