/**
 * The committee and the days of its meeting that a summary record without labels prints under its kind line
 * (`PERMANENT REPRESENTATIVES COMMITTEE` / `20 and 22 September 2023`), on lines of their own or, in a copy flattened to
 * one line a page, run on into the first item. They say what an older summary record's `Subject:` line says (`2379th
 * meeting of the PERMANENT REPRESENTATIVES COMMITTEE held … on 26 and 27 October 2011`): whose meeting it records, and
 * its days. The lines stay in the body, where they are printed.
 */
import { isPlausibleDate } from '../../../../src/shared/dates.ts';
import { parseDates } from '../text/date-expressions.ts';
import type { SourceLine } from '../normalise.ts';
import { valueLength } from './value-shapes.ts';

/**
 * A committee's name as a summary record prints it: two words or more in capitals, with brackets, apostrophes and
 * hyphens (`PERMANENT REPRESENTATIVES COMMITTEE`, `COMITATO DEI RAPPRESENTANTI PERMANENTI`, `STANDING COMMITTEE ON
 * OPERATIONAL COOPERATION ON INTERNAL SECURITY`), a word abbreviated with its full stop (`STAŁY KOMITET DS.
 * WSPÓŁPRACY …`), alone on its line or followed by the days.
 */
const COMMITTEE = /^[\p{Lu}][\p{Lu}\p{M}()'’-]*(?:[ \t][\p{Lu}\p{M}()'’-]+\.?){1,15}(?=[ \t]+\d|[ \t]*$)/u;

/** The kind of the documents that open so (`SUMMARY RECORD`, `RESOCONTO SOMMARIO` …). */
export const SUMMARY_RECORD = 'summary-record';

/** What the opening of a summary record says: the committee's name as printed, and the meeting's days (ISO). */
export interface SummaryRecordOpening {
  committee: string;
  days: string[];
}

/** The days at the start of `text` when they are all it holds up to its end or a space: their ISO dates, else []. */
function daysAt(text: string, whole: boolean): string[] {
  const length = valueLength('on', text, 0);
  if (length === 0) return [];
  const rest = text.slice(length);
  if (whole ? rest.trim() !== '' : !/^(?:[ \t]|$)/.test(rest)) return [];
  return parseDates(text.slice(0, length)).filter(isPlausibleDate);
}

/** Whether a line holds days and nothing else (`26. und 28. November 2025`, `20 and 22 September 2023`): a German one has the shape of a numbered line. */
export function isDaysLine(text: string): boolean {
  return daysAt(text.trim(), true).length > 0;
}

/** The committee and days a summary record's body opens with, or null when its first lines are not a committee's name and days. */
export function summaryRecordOpening(body: readonly SourceLine[]): SummaryRecordOpening | null {
  const [first, second] = body.filter((line) => line.text.trim() !== '').map((line) => line.text.trim());
  if (first === undefined) return null;
  const committee = COMMITTEE.exec(first)?.[0];
  if (committee === undefined) return null;
  const after = first.slice(committee.length);
  const days = after.trim() === '' ? daysAt(second ?? '', true) : daysAt(after.trimStart(), false);
  return days.length === 0 ? null : { committee, days };
}
