import { parseDates } from '../text/date-expressions.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/**
 * An hour as a notice prints it, in any version (`10.00`, `9.30`, `10:00`, `10h00`, `10 h 00`, `10 h`; the words for
 * o'clock around it, `kl. 10.00`, `10.00 Uhr`, `10.00 ч.`, are left out): hours 0–23, minutes two figures, never part of
 * a date in figures (`17.02.2026`) or of a longer number. Groups: the hours and minutes, or the hours alone (`10 h`).
 */
const HOUR =
  /(?<![\d.:,])(?<hours>[01]?\d|2[0-3])(?:[.:]|[ \t]?h[ \t]?)(?<minutes>[0-5]\d)(?!\d|[.:,]\d)|(?<![\d.:,])(?<alone>[01]?\d|2[0-3])[ \t]?h(?![\p{L}\d])/gu;

/** What may stand between the two hours of a span (`10.00 – 13.00`, `10.00-13.00`, `de 10 h à 13 h`, `10.00 Uhr bis 13.00`): no figure, bracket, comma or semicolon, a few characters. */
const SPAN_BETWEEN = /^[^\d(),;]{1,12}$/u;

/** A day's hours as the record gives them: the day, and the hour it opens and closes (`10:00`), where printed. */
export interface DayTimes {
  date: string;
  start?: string;
  end?: string;
}

/** The agenda's reading of one planned item that tells its day's hours: its day, the day heading as printed, its slot, the day's hours above it. */
export interface DayItem {
  day: string | null;
  dayPrinted: string | null;
  time: string | null;
  dayHours?: string;
}

/** What a notice prints of its meeting's hours: its days, the `Date:` value as printed, the `Time:` rows' values, its planned items. */
export interface TimesSource {
  dates: readonly string[];
  dateValue: string | null;
  timeRows: readonly string[];
  items: readonly DayItem[];
}

interface Hour {
  value: string;
  index: number;
  end: number;
}

/** The hours printed in `text`, in order, as `HH:MM`. */
function hoursIn(text: string): Hour[] {
  return allMatches(HOUR, text).map((match) => {
    const groups = match.groups ?? {};
    const hours = (groups['hours'] ?? groups['alone'] ?? '').padStart(2, '0');
    return { value: `${hours}:${groups['minutes'] ?? '00'}`, index: match.index, end: match.index + match[0].length };
  });
}

/** The opening and closing hour a text prints: one hour, or a span of two (`10.00 – 13.00`, `de 10 h à 13 h`); null for none or any other count. */
function span(text: string): { start: string; end?: string } | null {
  const hours = hoursIn(text);
  const [first, second] = hours;
  if (first === undefined || hours.length > 2) return null;
  if (second === undefined) return { start: first.value };
  return SPAN_BETWEEN.test(text.slice(first.end, second.index)) ? { start: first.value, end: second.value } : null;
}

/**
 * Each day's hours of a meeting over two days or more, one entry a day in order (its date, and the hour it opens and
 * closes where the notice prints them, `HH:MM`); null for a meeting of one day (its `time` says it) or where no day's
 * hour is read. Read from:
 * - a `Time:` row naming its day (`17 February 2026, 10.00`, `10.00 (17 February 2026)`, `18 February 2026, 09.30 –
 *   13.00`): that day's;
 * - the `Date:` value and the `Time:` rows naming no day (`3 (10.00) - 4 March 2026 (13.00)`, `Time: 10.00`, `10.00 –
 *   18.00`): the first hour the meeting's opening, on its first day; the last hour of a row's span, or the `Date:`
 *   value's second hour where a day stands between its two, the meeting's close, on its last day (whether each day
 *   keeps the same hours, none says; a span inside the `Date:` value, `17 (10.00 – 18.00) and 18 February 2026`, is
 *   one day's, and closes none);
 * - a day heading with its hour (`Tuesday 3 March 2026 (10.00)`) or the day's hours above its first item (`17 February
 *   2026` / `10.00 – 13.00`): that day's;
 * - a time column: the first item's slot of a day opens it, its last item's slot closes it (`10.00 – 10.10  1. …`, `11.30
 *   – 12.00  5. …`).
 * An hour read two ways for one day (`(10.00)` over the day, its first slot `10.30 – 11.00`) is left out: no value rather
 * than a wrong one.
 */
export function meetingTimes(source: TimesSource): DayTimes[] | null {
  const { dates } = source;
  const first = dates[0];
  const last = dates.at(-1);
  if (dates.length < 2 || first === undefined || last === undefined) return null;
  const claims = new Map<string, Set<string>>();
  const claim = (date: string, field: 'start' | 'end', value: string | undefined) => {
    if (value === undefined || !dates.includes(date)) return;
    const key = `${date} ${field}`;
    claims.set(key, (claims.get(key) ?? new Set()).add(value));
  };
  // the `Date:` value's hours and those of the first and last row naming no day: the meeting's opening, and its close
  const undated: ({ start: string; end?: string } | null)[] = [];
  for (const text of source.timeRows) {
    const days = parseDates(text).filter((day) => dates.includes(day));
    const read = span(text);
    if (days.length === 0) undated.push(read);
    else if (days.length === 1) {
      claim(days[0] as string, 'start', read?.start);
      claim(days[0] as string, 'end', read?.end);
    }
  }
  // the `Date:` value's second hour closes the last day where a day stands between the two (`3 (10.00) - 4 March 2026
  // (13.00)`), not where they are one day's span (`17 (10.00 – 18.00) and 18 February 2026`)
  const dateValue = source.dateValue ?? '';
  const [opens, closes, ...more] = hoursIn(dateValue);
  claim(first, 'start', opens?.value);
  if (closes !== undefined && more.length === 0 && /\d/u.test(dateValue.slice(opens?.end, closes.index))) claim(last, 'end', closes.value);
  claim(first, 'start', undated[0]?.start);
  claim(last, 'end', undated.at(-1)?.end);
  for (const [index, item] of source.items.entries()) {
    if (item.day === null) continue;
    const opens = source.items[index - 1]?.day !== item.day;
    const closes = source.items[index + 1]?.day !== item.day;
    const slot = item.time === null ? null : span(item.time);
    for (const read of opens ? [item.dayPrinted === null ? null : span(item.dayPrinted), item.dayHours === undefined ? null : span(item.dayHours)] : []) {
      claim(item.day, 'start', read?.start);
      claim(item.day, 'end', read?.end);
    }
    if (opens) claim(item.day, 'start', slot?.start);
    if (closes) claim(item.day, 'end', slot?.end);
  }
  const one = (date: string, field: 'start' | 'end') => {
    const values = claims.get(`${date} ${field}`);
    return values?.size === 1 ? { [field]: [...values][0] as string } : {};
  };
  const times = dates.map((date): DayTimes => ({ date, ...one(date, 'start'), ...one(date, 'end') }));
  return times.some((day) => day.start !== undefined || day.end !== undefined) ? times : null;
}
