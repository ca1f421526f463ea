import type { DayTimesData } from '../schemas/day-times.ts';

/** A meeting day's hours as the meeting page says them: `10:00–13:00`, `from 10:00`, `until 13:00`, or `hours not given`. */
export function dayHours({ start, end }: DayTimesData): string {
  if (start !== undefined && end !== undefined) return `${start}–${end}`;
  if (start !== undefined) return `from ${start}`;
  if (end !== undefined) return `until ${end}`;
  return 'hours not given';
}
