/** The numbers of the meetings timeline: meetings and decisions per calendar year. */
import { isPlausibleDate } from '../shared/dates.ts';
import { largest, smallest } from '../shared/lists.ts';

/** One year of the timeline. */
export interface YearCount {
  readonly year: number;
  readonly meetings: number;
  readonly decisions: number;
}

/** How many of `dates` fall in each year. */
function perYear(dates: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const date of dates) counts.set(Number(date.slice(0, 4)), (counts.get(Number(date.slice(0, 4))) ?? 0) + 1);
  return counts;
}

/**
 * Meetings (by first day) and decisions (by date) per year, oldest first, from the first year to
 * the last with the years between included at zero, so that gaps in the record show as gaps. Dates
 * outside the plausible years are left out: one misprinted year would stretch the chart over centuries.
 */
export function yearCounts(meetingDates: readonly string[], decisionDates: readonly string[]): YearCount[] {
  const meetings = perYear(meetingDates.filter((date) => isPlausibleDate(date.slice(0, 10))));
  const decisions = perYear(decisionDates.filter((date) => isPlausibleDate(date.slice(0, 10))));
  const years = [...meetings.keys(), ...decisions.keys()];
  if (years.length === 0) return [];
  const first = smallest(years);
  return Array.from({ length: largest(years) - first + 1 }, (_, index) => first + index).map((year) => ({
    year,
    meetings: meetings.get(year) ?? 0,
    decisions: decisions.get(year) ?? 0,
  }));
}
