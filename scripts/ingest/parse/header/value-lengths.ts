/**
 * Where a label's value ends where its shape alone does not tell it: a value without a shape of its own (to its line's
 * end, or where the next label's value shows its shape), the senders or recipients after the first, a reference on its
 * own line or right before the next reference label's value.
 */
import { furtherCorrespondentLines, furtherCorrespondents } from './correspondent-lines.ts';
import type { FoundLabel } from './header-labels.ts';
import { REFERENCE_FIELDS } from '../text/label-vocabulary.ts';
import { valueLength } from './value-shapes.ts';

/**
 * The length of a value without a shape of its own (a sender the vocabulary does not know, a subject or venue before
 * other labels' values): to the end of its line, or, on a line that holds several values, to where the next label's
 * value first shows its shape.
 */
export function fallbackLength(next: FoundLabel | undefined, text: string, at: number, inline = false): number {
  const lineEnd = text.indexOf('\n', at + 1);
  if (lineEnd !== -1 && text.slice(at, lineEnd).trim() !== '') {
    // values on their labels' line (a page run into one line cut before the body's list): the next value's shape in the line ends it
    const within = inline && next !== undefined ? shapeWithin(next, text, at, lineEnd, /./) : null;
    if (within !== null) return within;
    // A document number inside the line is the next label's value, run on by a joined wrapped line (`… European Union SWD(2021) 92 final …`).
    const reference = next !== undefined && REFERENCE_FIELDS.has(next.field) ? shapeWithin(next, text, at, lineEnd, /\d/) : null;
    return reference ?? lineEnd - at;
  }
  return next === undefined ? 0 : (shapeWithin(next, text, at, text.length, /./) ?? 0);
}

/** The offset from `at` of the first word before `end` where the next label's value shows its shape (one that `needs` matches), or null. */
function shapeWithin(next: FoundLabel, text: string, at: number, end: number, needs: RegExp): number | null {
  for (let position = at + 1; position < end; position += 1) {
    if (!/\s/.test(text.charAt(position - 1)) || /\s/.test(text.charAt(position))) continue;
    const length = valueLength(next.field, text, position);
    if (length > 0 && needs.test(text.slice(position, position + length))) return position - at;
  }
  return null;
}

/**
 * The length of the senders or recipients after the first one at `at`: the whole lines that name one each, or, on a
 * line run together, those the next label's value follows right after (`COSI Coreper 7981/21` before `No. prev. doc.`).
 */
export function moreCorrespondents(next: FoundLabel, text: string, at: number): number {
  const run = furtherCorrespondents(text, at);
  return run > 0 && valueLength(next.field, text, at + run) > 0 ? run : furtherCorrespondentLines(text, at);
}

/**
 * The length of a reference label's value printed on its own line under a column of labels whose next label is a
 * reference's too, where the references run on into the next line, which holds that label's value (plain `pdftotext`:
 * `Ed. asiak. nro:` / `Kom:n asiak. nro:`, then `6977/25` / `5398/24 - COM(2023) 754 final`); null where the shapes
 * decide.
 */
export function referenceLine(label: FoundLabel, next: FoundLabel | undefined, text: string, at: number): number | null {
  if (next === undefined || !REFERENCE_FIELDS.has(label.field) || !REFERENCE_FIELDS.has(next.field)) return null;
  const shaped = valueLength(label.field, text, at);
  const opening = at + (/^\s*/.exec(text.slice(at, at + shaped))?.[0].length ?? 0);
  const lineBreak = text.indexOf('\n', opening);
  if (lineBreak < 0 || lineBreak >= at + shaped) return referenceWithCodes(label, next, text, at, shaped);
  if (valueLength(next.field, text, lineBreak) === 0) return null;
  return lineBreak - at;
}

/**
 * A Council document's number, its suffixes and the codes it was filed under if printed (`9450/13 JAI 355 COSI 52`,
 * `6977/25`), right before another document's number or the Commission's reference with no `+`, comma, `and` or dash
 * between: where a page run into one line prints the values of two reference labels one after the other (`No. prev.
 * doc.: Cion doc.: 9450/13 JAI 355 COSI 52 10010/13 JAI 401 - COM(2013) 289 final`, `Ed. asiak. nro: Kom:n asiak. nro:
 * 6977/25 5398/24 - COM(2023) 754 final`), that number ends the first label's value.
 */
const REFERENCE_WITH_CODES = new RegExp(
  String.raw`[ \t]*(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2}(?:[ \t](?:REV|ADD|COR)[ \t]?\d{1,2})*(?:[ \t](?!(?:REV|ADD|COR)[ \t])[A-Z][A-Z0-9]{1,15}[ \t]\d{1,5}(?![\d/]))*(?=[ \t]+(?:(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2}(?!\d)|(?:COM|SEC|SWD|JOIN)[ \t]?\())`,
  'y',
);

/**
 * The length of a reference label's value that ends in its document's codes before the next reference label's value
 * on the same line (REFERENCE_WITH_CODES), where the next value has its label's shape; null where the shapes decide.
 */
function referenceWithCodes(label: FoundLabel, next: FoundLabel, text: string, at: number, shaped: number): number | null {
  if (label.field !== 'previous') return null;
  REFERENCE_WITH_CODES.lastIndex = at;
  const match = REFERENCE_WITH_CODES.exec(text);
  if (match === null || match[0].length >= shaped) return null;
  return valueLength(next.field, text, at + match[0].length) === 0 ? null : match[0].length;
}
