/**
 * The header's codes column of a `pdftotext -layout` page run into one line: `-layout` prints each code after its row's
 * value with a wide gap before it, and a page run into one line keeps the gaps (`… OUTCOME OF PROCEEDINGS      COSI 237
 * From:      General Secretariat of the      JAI 1769      Council      CEPOL On: …`), so the codes stood inside the
 * values. Each code after the first label cut out of the line and set on a line of its own before the labels, in order, as `layout-codes-column.ts`
 * sets them for the page as printed, so that they are read as the header's and the values keep only their own words.
 */
import { BARE_CODES } from '../text/header-vocabulary.ts';
import { findLabels } from '../header/header-labels.ts';
import { BLOCK_FIELDS } from '../text/label-vocabulary.ts';
import { REGISTER_REFERENCE } from '../../../../src/shared/reference-patterns.ts';

/** One line of normalised text and the source line it starts on. */
interface Line {
  text: string;
  line: number;
}

/** A line this long is a page run into one line (a header's row is far shorter). */
const PAGE_LINE = 200;

/**
 * A code after a wide gap (three spaces or more, `-layout`'s space between a row's value and the codes column), with its
 * number (`JAI 1769`) or bare (`CEPOL`: BARE_CODES), followed by a space or the line's end; never a register-form
 * reference (`ST 9876 2025`).
 */
const GAP_CODE = new RegExp(String.raw`(?<=\S)[ ]{3,}(?!${REGISTER_REFERENCE})([A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?)(?:[ ](\d{1,5}))?(?=[ ]|$)`, 'gu');

/** How far into the page's line its header is looked for (the header, never the page's paragraphs). */
const HEADER_SPAN = 4000;

/** The farthest a code stands from the one before it (or from the first label): a header's row or two, never a page's paragraphs. */
const CODE_DISTANCE = 200;

/** The fewest codes a column run into one line holds (one code after a gap may be a table's cell). */
const FEWEST_CODES = 2;

/** The codes of a line's codes column as GAP_CODE finds them, each with where it starts and ends, from `from` on, in a chain. */
function columnCodes(text: string, from: number): { code: string; start: number; end: number }[] {
  const codes: { code: string; start: number; end: number }[] = [];
  let last = from;
  for (const match of text.matchAll(GAP_CODE)) {
    const word = match[1] ?? '';
    const start = match.index + match[0].length - word.length - (match[2] === undefined ? 0 : match[2].length + 1);
    if (match[2] === undefined && !BARE_CODES.has(word)) continue;
    if (start - last > CODE_DISTANCE) break;
    codes.push({ code: match[2] === undefined ? word : `${word} ${match[2]}`, start, end: match.index + match[0].length });
    last = match.index + match[0].length;
  }
  return codes;
}

/**
 * The lines with the codes column of a `-layout` page run into one line set apart: the page's line cut before its
 * first label of its rows (`From:`, `To:` …; not `Interinstitutional File:` above the number), each code printed after it on a line of its own, then the rest of the line without those codes (their
 * gaps kept); the codes above the labels stay where they stand. The lines unchanged where the first page's line holds
 * no such column after its labels.
 */
export function flatLayoutCodes<T extends Line>(lines: T[]): T[] {
  const index = lines.findIndex((entry) => entry.text.trim() !== '');
  const entry = lines[index];
  if (entry === undefined || entry.text.length < PAGE_LINE || !entry.text.includes('   ')) return lines;
  const text = entry.text.slice(0, HEADER_SPAN);
  const first = findLabels(text).find((label) => BLOCK_FIELDS.has(label.field));
  if (first === undefined) return lines;
  const column = columnCodes(text, first.start);
  // Codes above the labels (beside the number and the kind line) stand where the header's head reads them.
  const codes = column.filter((code) => code.start > first.start);
  if (column.length < FEWEST_CODES || codes.length === 0) return lines;
  const cut = first.start;
  let rest = '';
  let at = cut;
  for (const code of codes) {
    if (code.start < at) continue;
    rest += text.slice(at, code.start);
    at = code.end;
  }
  rest += entry.text.slice(at);
  const head = text.slice(0, cut).trimEnd();
  const set = [
    ...(head === '' ? [] : [{ ...entry, text: head }]),
    ...codes.map(({ code }) => ({ ...entry, text: code })),
    { ...entry, text: rest.trimStart() },
  ];
  return [...lines.slice(0, index), ...set, ...lines.slice(index + 1)];
}
