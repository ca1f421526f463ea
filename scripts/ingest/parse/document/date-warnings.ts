import { isPlausibleDate, PLAUSIBLE_YEARS } from '../../../../src/shared/dates.ts';
import type { IngestWarning } from '../../../../src/schemas/record.ts';
import { parseDates } from '../text/date-expressions.ts';
import { placeDate } from '../header/header-lines.ts';
import { dayHeadingDate } from '../items/items.ts';
import { labelLine, opensLabelBlock } from '../header/labels.ts';
import type { SourceLine } from '../normalise.ts';

/** The plausible years as a warning names them. */
const SPAN = `${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last}`;

/**
 * A warning for every date the parser reads that falls outside the plausible years: the document's date (kept as
 * printed, used for no meeting, feed or timeline), an `On:` day (no meeting day) and, in an agenda, a day heading (left
 * as text). `header` and `agendaBody` are the split document's lines (no agenda body for other documents); warnings in
 * source order.
 */
export function dateWarnings(header: readonly SourceLine[], agendaBody: readonly SourceLine[]): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  const warn = (line: number, day: string, what: string, outcome: string) => {
    if (!isPlausibleDate(day)) warnings.push({ line, message: `${what} ${day} is outside ${SPAN}: ${outcome}` });
  };
  const firstLabel = header.findIndex((entry) => opensLabelBlock(entry.text));
  const top = firstLabel === -1 ? header : header.slice(0, firstLabel);
  for (const entry of top) {
    const date = placeDate(entry.text)?.date;
    if (date === undefined) continue;
    warn(entry.line, date, 'the document date', 'kept as printed, used for no meeting, feed or timeline');
    break;
  }
  const on = onValue(header);
  if (on !== null) for (const day of parseDates(on.text)) warn(on.line, day, 'the meeting day', 'not used');
  for (const entry of agendaBody) {
    const day = dayHeadingDate(entry.text);
    if (day !== null) warn(entry.line, day, 'the day heading', 'kept as text, not a meeting day');
  }
  return warnings.sort((a, b) => a.line - b.line);
}

/** The first `On:` line of the header with a value, as its value and line: the header takes its meeting days from it. */
function onValue(header: readonly SourceLine[]): SourceLine | null {
  for (const entry of header) {
    const label = labelLine(entry.text);
    if (label?.field === 'on' && label.value !== '') return { line: entry.line, text: label.value };
  }
  return null;
}
