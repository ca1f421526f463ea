/** A header whose values a text extraction printed above their labels, put back in reading order. */
import { findLabels, type FoundLabel } from './header-labels.ts';
import { headerLineKind } from './header-lines.ts';
import { BLOCK_FIELDS } from '../text/label-vocabulary.ts';
import { labelLine } from './labels.ts';
import type { SourceLine } from '../normalise.ts';
import { codesAt } from './value-shapes.ts';

/** The header stands in a document's first lines; labels further down are none of its. */
const HEADER_LINES = 150;

/**
 * The lines reordered, and the index of the last line the reordering moved (the body begins after it, or, where
 * `column` is given, on that line from that column on: the text it reordered inside the line ends there).
 */
export interface Reordered {
  lines: SourceLine[];
  last: number;
  column?: number;
}

function isBareLabel(text: string): boolean {
  const label = labelLine(text);
  return label !== null && label.value === '';
}

/** The kinds of the header lines printed above its table (the date, the language, the marking, the subject codes). */
const PRINTED_HEAD = new Set(['place-date', 'language', 'limite', 'code']);

/**
 * Whether a line is one the header prints above its table: a copy without blank lines (a PDF viewer's) runs the values
 * on from it, and the values (one line at least for each label) begin under it.
 */
function endsPrintedHead(entry: SourceLine | undefined): boolean {
  const kind = entry === undefined ? null : headerLineKind(entry.text);
  return kind !== null && PRINTED_HEAD.has(kind);
}

function isBlank(entry: SourceLine | undefined): boolean {
  return entry !== undefined && entry.text.trim() === '';
}

/**
 * When `pdftotext` prints a header table's values as a paragraph above labels that stand alone on their lines, and
 * the kind line below the labels (`Presidency` … `8451/25` … subject, then `From:` `To:` `No. prev. doc.:`
 * `Subject:`, then `NOTE`, as a watermark across the page makes it), the same lines in the order the header is
 * printed in: kind, labels, values. Every line is kept, each with its source line number; null for any other layout.
 */
export function valuesAboveLabels(lines: readonly SourceLine[]): Reordered | null {
  const first = lines.slice(0, HEADER_LINES).findIndex((entry) => isBareLabel(entry.text));
  if (first === -1) return null;
  let last = first;
  while (isBareLabel(lines[last + 1]?.text ?? '')) last += 1;
  let kindAt = last + 1;
  while (isBlank(lines[kindAt])) kindAt += 1;
  const kind = lines[kindAt];
  if (kind === undefined || kindAt === last + 1 || headerLineKind(kind.text) !== 'kind') return null;
  let end = first - 1;
  while (isBlank(lines[end])) end -= 1;
  if (end < 0 || end === first - 1) return null;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1]) && !(endsPrintedHead(lines[start - 1]) && end - start + 1 >= last - first + 1)) start -= 1;
  const paragraph = lines.slice(start, end + 1);
  if (paragraph.some((entry) => labelLine(entry.text) !== null) || headerLineKind(paragraph[0]?.text ?? '') !== null) return null;
  return {
    lines: [
      ...lines.slice(0, start),
      kind,
      ...lines.slice(last + 1, kindAt),
      ...lines.slice(first, last + 1),
      ...lines.slice(end + 1, first),
      ...paragraph,
      ...lines.slice(kindAt + 1),
    ],
    last: kindAt,
  };
}

/** How far into a line run together its labels are looked for (a page's top and its header's values). */
const LINE_REACH = 2000;

/**
 * The document's number, its suffixes and the LIMITE marking after it, as a page's top prints them over the codes
 * column (`9267/25 LIMITE JAI 655 …`): the values follow the codes.
 */
const NUMBER_AND_MARKING = /(?<![\d/])\d{1,6}(?:\/\d{1,2})?\/\d{2}(?![\d/])(?:[ \t]+(?:REV|ADD|COR)[ \t]?\d{1,2})*(?:[ \t]+LIMITE)?[ \t]+/u;

/**
 * Words in capitals after a column of labels (`TORADH NA N-IMEACHTAÍ`, `A TANÁCSKOZÁSOK EREDMÉNYE`): the kind line, maybe
 * after a watermark's letter left in the line (`E ESITO DEI LAVORI`) and before the body's first words in capitals.
 */
const CAPITAL_WORDS = /^[ \t]+(\p{Lu}(?:[\p{Lu}'’-]*\p{Lu})?(?:[ \t]+\p{Lu}(?:[\p{Lu}'’-]*\p{Lu})?){0,7})(?![\p{L}\d])/u;

/** How many letters a watermark's piece holds at most (`LI`, `IT`, `E`, `M` of LIMITE). */
const PIECE_LETTERS = 2;

/** A watermark's piece of LIMITE ending the values, after a space (`… novembre 2025 IT`); not a bracket's or number's end. */
const TRAILING_PIECE = /(?<=[\p{Ll}\d)][ \t]+)(LI|IT|M|E)$/u;

/**
 * The same as valuesAboveLabels on a page run into one line, as plain `pdftotext` prints a header whose values stand
 * above their labels and the kind line under them (a watermark across the page makes it), each page's lines joined: `…
 * 9267/25 LIMITE JAI 655 … COPEN 139 Presidency Delegations 8451/25 European Internal Security Strategy - Exchange of
 * views From: To: No. prev. doc.: Subject: NOTE The 19 December …`. The line's text from the values to the kind is put
 * in the header's order (`NOTE From: To: No. prev. doc.: Subject: Presidency Delegations 8451/25 …`), its length kept,
 * so that the body begins at the same column in the line as printed; the values begin after the document's number, its
 * LIMITE and its codes column. Null for any other line.
 */
export function valuesBeforeLabelsInLine(lines: readonly SourceLine[]): Reordered | null {
  const index = lines.findIndex((entry) => entry.text.trim() !== '');
  const entry = lines[index];
  if (entry === undefined) return null;
  const text = entry.text;
  const labels = findLabels(text.slice(0, LINE_REACH));
  const first = labels.findIndex((label) => BLOCK_FIELDS.has(label.field));
  let last = first;
  while (last >= 0 && labels[last + 1] !== undefined && text.slice(labels[last]?.end, labels[last + 1]?.start).trim() === '') last += 1;
  const opening: FoundLabel | undefined = labels[first];
  const closing: FoundLabel | undefined = labels[last];
  if (opening === undefined || closing === undefined || last === first) return null;
  const capitals = CAPITAL_WORDS.exec(text.slice(closing.end));
  const found = capitals === null ? null : kindIn(capitals[1] ?? '');
  if (capitals === null || found === null) return null;
  const kind = found.kind;
  const number = NUMBER_AND_MARKING.exec(text.slice(0, opening.start));
  if (number === null) return null;
  const afterNumber = number.index + number[0].length;
  const codes = codesAt(text, afterNumber);
  const start = afterNumber + codes.length + (/^[ \t]*/u.exec(text.slice(afterNumber + codes.length))?.[0].length ?? 0);
  const printed = text.slice(start, opening.start).trimEnd();
  // a watermark's piece the extraction left after the values (`… 2025 IT`) stays before the kind, out of the subject
  const piece = TRAILING_PIECE.exec(printed);
  const values = piece === null ? printed : printed.slice(0, piece.index).trimEnd();
  if (values === '' || findLabels(values).length > 0) return null;
  // the piece, then the spaces that stood before it: the line's length is kept
  const moved = piece === null ? '' : `${piece[1] ?? ''}${printed.slice(values.length, piece.index)}`;
  const kindAt = closing.end + (capitals[0].length - (capitals[1]?.length ?? 0)) + found.at;
  const end = kindAt + kind.length;
  const reordered = `${moved}${kind}${text.slice(closing.end, kindAt)}${text.slice(opening.start, closing.end)}${text.slice(start + printed.length, opening.start)}${values}`;
  return {
    lines: [...lines.slice(0, index), { text: `${text.slice(0, start)}${reordered}${text.slice(end)}`, line: entry.line }, ...lines.slice(index + 1)],
    last: index,
    column: end,
  };
}

/**
 * The kind line among the words in capitals after the labels (`NOTE`, `OUTCOME OF PROCEEDINGS`), the longest that is one,
 * after a watermark's pieces maybe (`E`), and its offset in `words`; or null.
 */
function kindIn(words: string): { kind: string; at: number } | null {
  const parts = words.split(/[ \t]+/u);
  let at = 0;
  for (let from = 0; from < parts.length; from += 1) {
    for (let count = parts.length - from; count > 0; count -= 1) {
      const kind = parts.slice(from, from + count).join(' ');
      if (headerLineKind(kind) === 'kind' && words.startsWith(kind, at)) return { kind, at };
    }
    const piece = parts[from] ?? '';
    if (piece.length > PIECE_LETTERS) return null;
    at = words.indexOf(parts[from + 1] ?? '', at + piece.length);
  }
  return null;
}
