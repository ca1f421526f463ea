/** English month names, January first: Council documents write dates as `18 November 2025`. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

interface DayParts {
  year: string;
  month: string;
  day: number;
}

function parts(isoDate: string): DayParts {
  return {
    year: isoDate.slice(0, 4),
    month: MONTHS[Number(isoDate.slice(5, 7)) - 1] ?? isoDate.slice(5, 7),
    day: Number(isoDate.slice(8, 10)),
  };
}

/** An ISO date as the Council writes it: `2025-11-18` → `18 November 2025`. */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${month} ${year}`;
}

/** The span of a meeting's days: `18–19 November 2025`, `30 November – 1 December 2025`. */
export function formatDateRange(isoDates: readonly string[]): string {
  const first = isoDates[0];
  const last = isoDates[isoDates.length - 1];
  if (first === undefined || last === undefined) return '';
  if (first === last) return formatDate(first);
  const a = parts(first);
  const b = parts(last);
  if (a.year !== b.year) return `${formatDate(first)} – ${formatDate(last)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/** Every day of a meeting, as the "On:" line of an outcome lists them: `18 and 19 November 2025`. */
export function formatDateList(isoDates: readonly string[]): string {
  const groups: { month: string; year: string; days: number[] }[] = [];
  for (const date of isoDates) {
    const { year, month, day } = parts(date);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.month === month && last.year === year) last.days.push(day);
    else groups.push({ month, year, days: [day] });
  }
  const phrases = groups.map((g) => `${joinAnd(g.days.map(String))} ${g.month} ${g.year}`);
  return joinAnd(phrases);
}

function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The year of an ISO date, as a string. */
export function yearOf(isoDate: string): string {
  return isoDate.slice(0, 4);
}

/**
 * The year the archive takes as now. Neither the ingest nor the build reads the clock, so that the same sources give
 * the same content/ and dist/ on any day. Raise it each January: a date after the year that follows it gets a warning
 * and stays out of meetings, feeds and the timeline.
 */
export const ARCHIVE_YEAR = 2026;

/**
 * The years a date the archive uses may fall in: from 1990 (the Council's registers hold nothing of COSI's kind
 * earlier) to the year after ARCHIVE_YEAR (an agenda may announce next year's meetings). A date outside is a misprint
 * or a crafted source (`31 December 9999` would top every feed and stretch the timeline over 8,000 years).
 */
export const PLAUSIBLE_YEARS = { first: 1990, last: ARCHIVE_YEAR + 1 } as const;

/**
 * Whether an ISO date falls within PLAUSIBLE_YEARS: the ingest reports any other as a warning, and meetings, feeds and the
 * timeline never use it; nor a date the ingest could not read (null).
 */
export function isPlausibleDate(isoDate: string | null): isoDate is string {
  if (isoDate === null) return false;
  const year = Number(isoDate.slice(0, 4));
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
}
