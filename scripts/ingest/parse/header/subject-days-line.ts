/**
 * The second line of a subject that plain `pdftotext` printed apart, after a blank line: the register's summary records
 * of 2009–2012 print `SUMMARY RECORD Subject : 2386th meeting of the PERMANENT REPRESENTATIVES COMMITTEE`, a blank line,
 * then `held in Brussels on 23 and 24 November 2011` (`tenue à Bruxelles les 23 et 24 novembre 2011`, `am 23. und
 * 24. November 2011 in Brüssel`), the cell's second line set as a paragraph of its own. It says where and when the
 * meeting was held, so it is the subject's, not the body's first paragraph.
 */
import { isPlausibleDate } from '../../../../src/shared/dates.ts';
import { parseDates } from '../text/date-expressions.ts';
import { MONTH } from '../text/head-anchors.ts';

/** The longest such line: a place and a few days, not a paragraph. */
const MAX_LENGTH = 100;

/**
 * A line that goes on from a subject: it opens with a small letter (a participle or preposition, `held`, `tenue`, `am`,
 * `celebrada`), with a figure (the year of the versions that print it first, `2011 m. lapkričio 23–24 d. Briuselyje`,
 * `2011. gada 23. un 24. novembrī Briselē`, `2011. november 23–24., Brüsszel`, or the days alone, `23-24 November
 * 2011`), holds a figure, and closes on no stop, colon or semicolon (a sentence or a lead-in would). Not with a capital:
 * a place and a comma before a day (`Brussels, 3 March 2026`) is the document's own place and date line where a header
 * prints none under its number.
 */
const GOES_ON = /^(?:\p{Ll}|\d)[^\n]*\d[^\n]*[^\s.:;]$/u;

/**
 * How a line of days opens with a figure: with a year (`2011 m.`, `2011. gada`, `2011. november`), or with a day or
 * days before a month (`23-24 November 2011`, `23 November`), so that a numbered paragraph (`1. Adoption of the agenda
 * of 23 November 2011`) or a sentence opening with a count (`12 delegations met on …`) is never one.
 */
const DAYS_FIRST = new RegExp(String.raw`^(?:\d{4}\.?[ \t]|\d{1,2}\.?(?:[ \t]?[–-][ \t]?\d{1,2}\.?)?[ \t]+(?:${MONTH}))`, 'u');

/**
 * Where the subject's value ends when the paragraph after its blank line (`text` from `blank`, the line break before
 * that blank line) is one line of that shape naming days of the meeting: the offset of the line break closing it (or
 * the text's end); null otherwise.
 */
export function subjectDaysLineEnd(text: string, blank: number): number | null {
  const start = text.slice(blank).search(/\S/u);
  if (start === -1) return null;
  const from = blank + start;
  const lineEnd = text.indexOf('\n', from);
  const end = lineEnd === -1 ? text.length : lineEnd;
  const line = text.slice(from, end).trimEnd();
  if (line.length > MAX_LENGTH || !GOES_ON.test(line) || (/^\d/u.test(line) && !DAYS_FIRST.test(line))) return null;
  // a paragraph alone: a blank line, the text's end or a line that opens otherwise than in a small letter after it (the
  // page's footer dropped, the next page's first line joins it: `ÍNDICE`), not a sentence wrapped onto the next line
  if (lineEnd !== -1 && /^\n[ \t]*\p{Ll}/u.test(text.slice(lineEnd, lineEnd + 40))) return null;
  return parseDates(line).some(isPlausibleDate) ? end : null;
}
