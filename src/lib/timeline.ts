/** The numbers of the meetings timeline: meetings and decisions per calendar year. */
import { largest, smallest } from '../shared/lists.ts';

/** One year of the timeline. */
export interface YearCount {
  readonly year: number;
  readonly meetings: number;
  readonly decisions: number;
}

/**
 * Meetings (by first day) and decisions (by date) per year, oldest first, from the first year to
 * the last with the years between included at zero, so that gaps in the record show as gaps.
 */
export function yearCounts(meetingDates: readonly string[], decisionDates: readonly string[]): YearCount[] {
  const years = [...meetingDates, ...decisionDates].map((date) => Number(date.slice(0, 4)));
  if (years.length === 0) return [];
  const first = smallest(years);
  const count = (dates: readonly string[], year: number) => dates.filter((date) => Number(date.slice(0, 4)) === year).length;
  return Array.from({ length: largest(years) - first + 1 }, (_, index) => first + index).map((year) => ({
    year,
    meetings: count(meetingDates, year),
    decisions: count(decisionDates, year),
  }));
}
