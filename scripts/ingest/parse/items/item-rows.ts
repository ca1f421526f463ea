/** An agenda item's table row as plain `pdftotext` prints it, its right-hand column run into its lines, set back in reading order. */
import { isDocumentsLine } from './agenda-body.ts';
import { isTitleWord, opensWithOpener } from '../header/body-start.ts';
import { endsOnGermanAdjective } from './numbered-title.ts';
import { cutsDayFromMonth } from '../text/cut-day.ts';
import { DAYS_LINE } from '../text/head-anchors.ts';
import { dayHeadingDate } from './items.ts';
import { isDayAndHourLine } from '../header/value-shapes.ts';
import type { SourceLine } from '../normalise.ts';
import { BULLET, DOCUMENT_NUMBER_SOURCE, ITEM_NUMBER } from '../text/vocabulary.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** A distribution code as a right-hand column prints it under a document's number: `JAI 1502`, `COSI 198`, `OJ CRP2 45`. */
const CODE = String.raw`(?:(?:OJ|CRS|CO)[ \t])?[A-Z][A-Z0-9]{1,15}(?:[/-][A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5}`;

/** A document as the register numbers it: `WK 2345/2026 INIT`, `ST 6512 2026 INIT`, `ST 14470 2025 REV 1`. */
const REGISTER_NUMBER = String.raw`(?:WK[ \t]\d{1,6}/\d{4}|ST[ \t]\d{1,6}[ \t]\d{4})(?:[ \t](?:INIT|(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2})){0,3}`;

/** The last of a range of addenda after an addendum's index (`ADD 1-3`, `ADD 1 – ADD 3`): added-versions.ts reads each. */
export const ADDENDA_RANGE = String.raw`[ \t]?[-–][ \t]?(?:ADD[ \t]?)?\d{1,2}(?!\d)`;

/**
 * A document in the forms the register lists them under an item besides the Council's numbers: `WK 2345/2026 INIT`,
 * `ST 6512 2026 INIT`, `COM(2026) 85 final`, `SWD(2026) 31 final`, `JOIN(2026) 4`, and a version a plus adds (`+ COR 1`,
 * `+ ADD 1 REV 1`, a range of addenda `+ ADD 1-3`).
 */
export const REGISTER_DOCUMENT = String.raw`(?:${REGISTER_NUMBER}|(?:COM|SEC|SWD|JOIN)\(\d{4}\)[ \t]?\d{1,4}(?:[ \t]final)?|\+[ \t]?(?:COR|ADD)[ \t]?\d{1,2}(?:${ADDENDA_RANGE})?(?:[ \t](?:REV|COR)[ \t]?\d{1,2})?)`;

/** One entry of the right-hand column: a document's number or a distribution code. */
const ENTRY = String.raw`(?:${REGISTER_NUMBER}|${DOCUMENT_NUMBER_SOURCE}|${CODE})`;

/** A line of the right-hand column alone: entries and nothing else. */
const COLUMN_LINE = new RegExp(String.raw`^[ \t]*${ENTRY}(?:[ \t]+${ENTRY})*$`);

/**
 * Whether a line is one of the right-hand column's, or lists documents and nothing else in any form the register
 * prints them (`WK 2345/2026 INIT`, `ST 6512 2026 INIT`, `COM(2026) 85 final`, `6010/26, 6011/26 and 6012/26`): no
 * paragraph of the title's cell.
 */
function isColumnLine(text: string): boolean {
  return COLUMN_LINE.test(text) || (/\d/.test(text) && isDocumentsLine(text.trim()));
}

/** The most entries a right-hand column runs into one line of its title's cell. */
const MOST_ENTRIES_RUN_IN = 16;

/**
 * Entries of the right-hand column after a word of the title's cell, to the line's end. Bounded, so that a line of
 * entries that does not end as one (a hostile run of document numbers cut short) is tried in linear time, not once
 * from every space.
 */
const COLUMN_END = new RegExp(String.raw`(?<=[\p{L}\d)\]"”’'.,:;])[ \t]+(${ENTRY}(?:[ \t]+${ENTRY}){0,${MOST_ENTRIES_RUN_IN - 1}})$`, 'u');

/** A numbered item's title line, the number alone or set back before the title by a tab (`2.⇥Preparation …`). */
const NUMBERED_TITLE = new RegExp(String.raw`^[ \t]*${ITEM_NUMBER}\.[ \t]+\S`);

/** The number before a title, and the space after it. */
const LEADING_NUMBER = new RegExp(String.raw`^[ \t]*${ITEM_NUMBER}\.[ \t]+`);

/** Lines that open a unit of their own (a bullet, a lettered point, a numbered line): no row goes on over them. */
const OPENS_UNIT = [BULLET, /^[ \t]*\(?(?:[a-z]{1,4}|[A-Z])\)[ \t]/, new RegExp(String.raw`^[ \t]*${ITEM_NUMBER}\.?(?:[ \t]|$)`)];

/** A line ends a sentence or a clause when it ends with one of these. */
const SENTENCE_END = /[.:;!?,](?:["'”’)\]]{0,4})$/;

/** A sentence's end inside a line (a day's ordinal dot aside: `12. Dezember`): a title's cell has none. */
const SENTENCE_INSIDE = /(?<!(?:^|[ \t(])\d{1,2})[.!?]["'”’)]?[ \t]+["“(]?\p{Lu}/u;

/** A document's number among the entries: a row's right-hand column lists one at least. */
const DOCUMENT_NUMBER = new RegExp(String.raw`(?<![\d/])${DOCUMENT_NUMBER_SOURCE}(?![\d/])`);

/** What a wrapped line of a title may end on besides a word that leads on (`of`, `the`): a dash, slash, ampersand or opening bracket. */
const OPEN_END = /[-–—/&(]$/;

/**
 * Sets each numbered item's table row back in reading order where plain `pdftotext` ran its right-hand column (the
 * documents' numbers and codes) into the lines of its title's cell (`… (Justice and Home Affairs) 14470/1/25 REV 1`)
 * or printed it between them (`JAI 1502` between two lines of a subtitle): the cell's paragraphs first (the title,
 * every subtitle), each on one line and apart by a blank line, then, after a blank line, the column's entries one line
 * each as printed. A paragraph opens at a capital after a line that does not lead on (`… of the`); in a row without a
 * column, only where its first word would have fitted on the line above. Under an item's title and its subtitles, a
 * sentence (`The Committee took note …`) opens the item's text after a blank line. A row runs from the numbered
 * title to a blank line, a line that opens a unit (a bullet, a lettered point, a number) or a line that ends a
 * sentence (a day's dot before its month aside: `vom 18.` / `November 2025`); a row holding a sentence is left alone.
 * Guarantees: every character is kept, in the cell's order and then the column's; only line breaks inside a
 * paragraph go (a line ending in a hyphen is left to the joining of wrapped lines) and blank lines come in.
 */
export function setItemRows(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const entry = lines[index] as SourceLine;
    // a day or days of one month alone on the line are no item (`17. a 18. března 2026`, a notice's `Date:` value
    // in the values' column, its hour and venue under it), nor is a day with its hour (`18. února 2026, 09:30`, a `Time:` row's)
    if (
      !NUMBERED_TITLE.test(entry.text) ||
      opensWithOpener(entry.text.replace(LEADING_NUMBER, '')) ||
      dayHeadingDate(entry.text) !== null ||
      DAYS_LINE.test(entry.text) ||
      isDayAndHourLine(entry.text)
    ) {
      result.push(entry);
      continue;
    }
    const end = rowEnd(lines, index);
    const row = lines.slice(index, end);
    const opensText = end < lines.length && (lines[end]?.text ?? '') !== '' && opensWithOpener(lines[end]?.text.trimStart() ?? '');
    result.push(...readRow(row, opensText));
    index = end - 1;
  }
  return result;
}

/** The index after the last line of the row a numbered title at `start` opens. */
function rowEnd(lines: readonly SourceLine[], start: number): number {
  let index = start + 1;
  for (; index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    if (text === '' || OPENS_UNIT.some((pattern) => pattern.test(text))) break;
    if (isColumnLine(text)) continue;
    const above = (lines[index - 1]?.text ?? '').trimEnd();
    if ((SENTENCE_END.test(above) && !cutsDayFromMonth(above, text)) || (opensWithOpener(text.trimStart()) && !leadsOn(above.replace(COLUMN_END, '')))) break;
  }
  return index;
}

/**
 * Whether a line of a title's cell leads on to the next (`… of the`, `… Home Affairs –`, a German adjective before its
 * noun: `4. Aktuelle` / `Entwicklungen …`): a capital below it is still its.
 */
function leadsOn(text: string): boolean {
  const word = /(\S+)$/.exec(text)?.[1] ?? '';
  return OPEN_END.test(text) || isTitleWord(word) || endsOnGermanAdjective(text);
}

/** A row's lines in reading order (see setItemRows); `opensText`: the line after the row opens the item's text. */
function readRow(row: readonly SourceLine[], opensText: boolean): SourceLine[] {
  const last = row[row.length - 1] as SourceLine;
  const ends = (entry: SourceLine, index: number) => SENTENCE_END.test(entry.text.trimEnd()) && !cutsDayFromMonth(entry.text, row[index + 1]?.text ?? '');
  if (row.some((entry, index) => ends(entry, index) || SENTENCE_INSIDE.test(entry.text.replace(LEADING_NUMBER, '')))) return [...row];
  // The column runs into the cell's lines, or stands between them.
  const inColumn = row.map((entry) => isColumnLine(entry.text));
  const lastOfCell = inColumn.lastIndexOf(false);
  const runsIn = row.some((entry, index) => (inColumn[index] === true ? index > 0 && index < lastOfCell : COLUMN_END.test(entry.text)));
  const beside = runsIn && row.some((entry) => DOCUMENT_NUMBER.test(entry.text));
  const cell: SourceLine[] = [];
  const column: SourceLine[] = [];
  for (const [index, entry] of row.entries()) {
    const entries = beside ? COLUMN_END.exec(entry.text) : null;
    if (beside && inColumn[index] === true) column.push({ text: entry.text.trim(), line: entry.line });
    else if (entries !== null) {
      column.push({ text: entries[1] ?? '', line: entry.line });
      cell.push({ text: entry.text.slice(0, entries.index), line: entry.line });
    } else cell.push(entry);
  }
  const widest = Math.max(...cell.map((entry) => entry.text.replace(LEADING_NUMBER, '').trim().length));
  const read: SourceLine[] = [];
  cell.forEach((entry, index) => {
    const above = cell[index - 1]?.text.trimEnd();
    const joined = read[read.length - 1];
    if (above !== undefined && opensParagraph(above, entry.text.trim(), widest, beside) && !isColumnLine(entry.text))
      read.push({ text: '', line: entry.line }, entry);
    // A line going on with the one above is joined to it here, where the cell says so (`(Justiz und` / `Inneres) am …`);
    // a line that ends in a hyphen is left for the joining of wrapped lines, which knows the words the document spells whole.
    else if (beside && joined !== undefined && joined.text !== '' && !/\p{L}-$/u.test(joined.text))
      read[read.length - 1] = { text: `${joined.text.trimEnd()} ${entry.text.trim()}`, line: joined.line };
    else read.push(entry);
  });
  const after = column.length > 0 ? [{ text: '', line: last.line }, ...column] : [];
  return [...read, ...after, ...(opensText && row.length > 1 ? [{ text: '', line: last.line }] : [])];
}

/**
 * Whether a line of a title's cell opens a paragraph of its own (a subtitle) rather than going on with the line
 * above: it opens with a capital after a line that does not lead on, and, unless the row is a table's (its column
 * beside it), its first word would have fitted on the line above, which the cell's widest line measures.
 */
function opensParagraph(above: string, text: string, widest: number, inTable: boolean): boolean {
  if (!/^\p{Lu}/u.test(text) || leadsOn(above) || cutsDayFromMonth(above, text)) return false;
  const word = /^\S+/.exec(text)?.[0] ?? '';
  return inTable || above.replace(LEADING_NUMBER, '').trim().length + 1 + word.length <= widest;
}
