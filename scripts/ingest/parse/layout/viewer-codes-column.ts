/**
 * The header's codes column a viewer's copy of `pdftotext -layout` runs into the rows beside it, one space after each
 * row's value, its indents and gaps gone (`OUTCOME OF PROCEEDINGS` / `COSI 237` / `From: General Secretariat of the JAI
 * 1769` / `Council CEPOL` / … / `Subject: Outcome of Proceedings of EUROPOL`): each code cut off its row and set on a line
 * of its own right under the number, as `layout-codes-column.ts` does where `-layout` keeps the column's gap.
 */
import { BARE_CODES } from '../text/header-vocabulary.ts';
import { DOCUMENT_NUMBER_SOURCE } from '../text/vocabulary.ts';

/** One line of normalised text and the source line it starts on. */
interface Line {
  text: string;
  line: number;
}

/** The document's number alone on its line, at the margin (a viewer's copy keeps no indent). */
const NUMBER_LINE = new RegExp(String.raw`^(?:${DOCUMENT_NUMBER_SOURCE})[ \t]*$`);

/** A row's text, then one space and a code at its end: with its number (`JAI 1769`) or bare (`CEPOL`). */
const TRAILING_CODE = /^(.*\S) ([A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?)(?: (\d{1,5}))?[ ]*$/;

/**
 * A row's text that is no value a code could follow: a label alone (`To: COSI` is the recipient), or one ending in a
 * short word of capitals, the first word of a code of two (`PR CO 37`, `CO EUR 5`, `… OJ CRP1 9`).
 */
const ROW_NOT_VALUE = /^[^:]*:$|(?:^|[ ])[A-Z]{1,3}$/;

/** How many lines without a code in a row end the column (a subject's last lines; a code the column prints alone may stand between them). */
const COLUMN_GAP = 2;

/** A code alone on its line (`CYBER 54`), where the column holds more codes than there are rows beside it. */
const LONE_CODE = /^[ ]*([A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?)(?: (\d{1,5}))?[ ]*$/;

/** The most lines under the number the column's first code is looked for in (a marking, the kind line, a row or two). */
const FIRST_CODE_LINES = 6;

/** The most lines under the number the header's rows are looked for in (a header table, never a page). */
const HEADER_ROWS = 30;

/** The fewest codes a column run into its rows holds (one code at a row's end may be the value's own word). */
const FEWEST_CODES = 2;

/** A code from its word and number, where it is one (a numbered code, or a word the vocabulary prints bare); else null. */
function code(word: string | undefined, number: string | undefined): { code: string; numbered: boolean } | null {
  if (word === undefined || (number === undefined && !BARE_CODES.has(word))) return null;
  return { code: number === undefined ? word : `${word} ${number}`, numbered: number !== undefined };
}

/** What a line of the column holds: its code, and where the row's own text ends (null where the code stands alone); null where no code ends it. */
function codeOf(text: string): { code: string; numbered: boolean; end: number | null } | null {
  const lone = LONE_CODE.exec(text);
  if (lone !== null) {
    const found = code(lone[1], lone[2]);
    return found === null ? null : { ...found, end: null };
  }
  const row = TRAILING_CODE.exec(text);
  if (row === null || ROW_NOT_VALUE.test(row[1] ?? '')) return null;
  const found = code(row[2], row[3]);
  return found === null ? null : { ...found, end: row[1]?.length ?? 0 };
}

/**
 * The lines with the codes a viewer's copy ran into the header's rows set apart: each row keeps its own text, and the
 * codes (those alone among the rows too) stand on lines of their own, in order, right under the number. The lines
 * unchanged where no run of lines under the number, two codes or more, one with its number, ends a row in a code.
 */
export function viewerCodesColumn<T extends Line>(lines: T[]): T[] {
  const numberAt = lines.findIndex((entry, index) => index < HEADER_ROWS && NUMBER_LINE.test(entry.text));
  if (numberAt === -1) return lines;
  const last = Math.min(lines.length, numberAt + HEADER_ROWS);
  const start = lines.findIndex((entry, index) => index > numberAt && index <= numberAt + FIRST_CODE_LINES && codeOf(entry.text) !== null);
  if (start === -1) return lines;
  const column: { index: number; code: string; numbered: boolean; end: number | null }[] = [];
  let gap = 0;
  for (let index = start; index < last && gap < COLUMN_GAP; index += 1) {
    const found = codeOf(lines[index]?.text ?? '');
    // past a line without a code, only a numbered code alone on its line is the column's (`JAI 236` between a subject's lines)
    if (found === null || (gap > 0 && (found.end !== null || !found.numbered))) gap += 1;
    else {
      gap = 0;
      column.push({ index, ...found });
    }
  }
  if (column.length < FEWEST_CODES || !column.some((entry) => entry.numbered) || !column.some((entry) => entry.end !== null)) return lines;
  const byIndex = new Map(column.map((entry) => [entry.index, entry]));
  return lines.flatMap((entry, index) => {
    if (index === numberAt) return [entry, ...column.map((found) => ({ ...(lines[found.index] ?? entry), text: found.code }))];
    const found = byIndex.get(index);
    if (found === undefined) return [entry];
    return found.end === null ? [] : [{ ...entry, text: entry.text.slice(0, found.end) }];
  });
}
