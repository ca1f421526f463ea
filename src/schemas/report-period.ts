import { z } from 'astro/zod';

/** A month as ISO prints it: `2024-01`. */
const isoMonthSchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/);

/**
 * The period a report covers, as its subject or its opening paragraph names it (`for the period January 2024 - June
 * 2025`, `pour la période de janvier 2024 à juin 2025`, `covering 1 July 2014 - 31 December 2015`): its first and last
 * month, and the words as printed.
 */
export const reportPeriodSchema = z.object({
  from: isoMonthSchema,
  to: isoMonthSchema,
  /** The range as printed, from its first day or month to its last year: `January 2024 - June 2025`. */
  printed: z.string().min(1),
});

/** The period a report covers. */
export type ReportPeriod = z.output<typeof reportPeriodSchema>;
