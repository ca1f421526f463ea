/**
 * The header's codes column that `pdftotext -layout` printed beside the kind line and the labels' rows, as a header
 * whose right-hand cell holds more codes than the number's rows sets them (`OUTCOME OF PROCEEDINGS` / `COSI 237`, then
 * `From:   General Secretariat of the   JAI 1769`, `         Council                   CEPOL`, …, `Subject:   Outcome of
 * Proceedings of   EUROPOL`): each code cut off its row and set on a line of its own right under the number, as a
 * header whose codes fit beside the number prints them, so that the codes are read as the header's and the values keep only their own words.
 */
import { BARE_CODES } from '../text/header-vocabulary.ts';
import { DOCUMENT_NUMBER_SOURCE } from '../text/vocabulary.ts';

/** One line of normalised text and the source line it starts on. */
interface Line {
  text: string;
  line: number;
}

/** The document's number alone on its line, set right of the margin (the right-hand cell of `-layout`'s header). */
const INDENTED_NUMBER = new RegExp(String.raw`^([ ]{20,})(?:${DOCUMENT_NUMBER_SOURCE})[ \t]*$`);

/** A row's last cell after a gap of two spaces or more: a code with its number (`JAI 1769`) or bare (`CEPOL`). */
const TRAILING_CODE = /^(.*\S)([ ]{2,})([A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?)(?:[ ](\d{1,5}))?[ ]*$/;

/** A code alone on its line (`        CYBER 54`), where the number's column holds more codes than the rows beside it. */
const LONE_CODE = /^([ ]*)([A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?)(?:[ ](\d{1,5}))?[ ]*$/;

/** How far a code may start from the number's column and still be in it (a cell's text is left-aligned, the columns round). */
const COLUMN_SLACK = 2;

/** The most lines under the number the header's rows are looked for in (a header table, never a page). */
const HEADER_ROWS = 30;

/** How many blank lines in a row end the header's rows. */
const HEADER_GAP = 2;

/** The code a line prints alone in the number's column `column`, or null. */
function loneCode(text: string, column: number): string | null {
  const found = LONE_CODE.exec(text);
  if (found === null || Math.abs((found[1]?.length ?? 0) - column) > COLUMN_SLACK) return null;
  const word = found[2] ?? '';
  if (found[3] === undefined && !BARE_CODES.has(word)) return null;
  return found[3] === undefined ? word : `${word} ${found[3]}`;
}

/** The code a row prints in the number's column `column` after its own text, and where the row's text ends; null where none. */
function codeInColumn(text: string, column: number): { code: string; end: number } | null {
  if (text.length <= column) return null;
  const found = TRAILING_CODE.exec(text);
  if (found === null) return null;
  const start = (found[1]?.length ?? 0) + (found[2]?.length ?? 0);
  const word = found[3] ?? '';
  if (Math.abs(start - column) > COLUMN_SLACK || (found[4] === undefined && !BARE_CODES.has(word))) return null;
  return { code: found[4] === undefined ? word : `${word} ${found[4]}`, end: found[1]?.length ?? 0 };
}

/**
 * The lines with the codes `pdftotext -layout` printed beside the header's rows under the number's column set apart:
 * each row keeps its own text, and the codes stand on lines of their own, in order, right under the number, with those the column prints alone among the rows (`CYBER 54` between two lines of the subject). The lines
 * unchanged where no row under an indented number ends in a code in its column.
 */
export function layoutCodesColumn<T extends Line>(lines: T[]): T[] {
  const numberAt = lines.findIndex((entry, index) => index < HEADER_ROWS && INDENTED_NUMBER.test(entry.text));
  if (numberAt === -1) return lines;
  const column = INDENTED_NUMBER.exec(lines[numberAt]?.text ?? '')?.[1]?.length ?? 0;
  const codes: T[] = [];
  const rows = new Map<number, T>();
  const alone = new Set<number>();
  let cutRows = 0;
  let blanks = 0;
  for (let index = numberAt + 1; index < Math.min(lines.length, numberAt + HEADER_ROWS) && blanks < HEADER_GAP; index += 1) {
    const entry = lines[index];
    if (entry === undefined) break;
    blanks = entry.text.trim() === '' ? blanks + 1 : 0;
    const lone = loneCode(entry.text, column);
    const cut = lone === null ? codeInColumn(entry.text, column) : null;
    if (lone === null && cut === null) continue;
    codes.push({ ...entry, text: `${' '.repeat(column)}${lone ?? cut?.code ?? ''}` });
    if (cut === null) alone.add(index);
    else {
      rows.set(index, { ...entry, text: entry.text.slice(0, cut.end) });
      cutRows += 1;
    }
  }
  // Codes alone on their lines under the number, no row beside them: the column is read as printed.
  if (cutRows === 0) return lines;
  return lines.flatMap((entry, index) => {
    const kept = alone.has(index) ? [] : [rows.get(index) ?? entry];
    return index === numberAt ? [...kept, ...codes] : kept;
  });
}
