import { z } from 'astro/zod';
import { isoDateSchema } from './iso-date.ts';

/** An hour of the day on the 24-hour clock, `HH:MM` (`09:30`), whatever way the notice prints it (`9.30`, `9 h 30`, `kl. 9.30`). */
const clockSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected an hour HH:MM');

/**
 * One day of a meeting over two days or more and its hours, as the notice prints them (`Time: 17 February 2026, 10.00`,
 * `Date: 3 (10.00) - 4 March 2026 (13.00)`, a day heading `Tuesday 3 March 2026 (10.00)`, the day's hours above its
 * first item, its time column): the hour it opens and the hour it closes, each absent where the notice prints none.
 */
export const dayTimesSchema = z.object({
  date: isoDateSchema,
  start: clockSchema.optional(),
  end: clockSchema.optional(),
});

/** A meeting day and its hours. */
export type DayTimesData = z.output<typeof dayTimesSchema>;
