/**
 * The period a report covers and the document a released version releases, as people read them on a document's page,
 * and the reports listed by the period they cover (/documents/by-period/).
 */
import type { ReleasedDocument } from '../schemas/released-document.ts';
import type { ReportPeriod } from '../schemas/report-period.ts';
import { formatDate } from '../shared/dates.ts';
import { compareNumeric } from './numeric-order.ts';

/** English month names, January first, as the site writes a month. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** An ISO month in words: `2024-07` → `July 2024`. */
export function monthInWords(isoMonth: string): string {
  return `${MONTHS[Number(isoMonth.slice(5, 7)) - 1] ?? isoMonth.slice(5, 7)} ${isoMonth.slice(0, 4)}`;
}

/** A report's period in words: `July 2023 to December 2024`; one month alone where it begins and ends in the same month. */
export function periodInWords(period: Pick<ReportPeriod, 'from' | 'to'>): string {
  return period.from === period.to ? monthInWords(period.from) : `${monthInWords(period.from)} to ${monthInWords(period.to)}`;
}

/**
 * What a released version says of the document it releases, after its number: `LIMITE, dated 3 June 2025, new status:
 * Public`, the marking and status as printed; empty where the note prints none of the three.
 */
export function releasedDetails(released: ReleasedDocument): string {
  return [
    released.marking,
    released.date === null ? null : `dated ${formatDate(released.date)}`,
    released.status === null ? null : `new status: ${released.status}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** What the list of reports needs of a held document. */
export interface PeriodInput {
  readonly number: string;
  readonly slug: string;
  readonly date: string | null;
  readonly subject: string | null;
  readonly period?: ReportPeriod | undefined;
}

/** A report listed by its period. */
export interface ReportByPeriod {
  readonly number: string;
  readonly slug: string;
  readonly date: string | null;
  readonly subject: string | null;
  readonly period: ReportPeriod;
  /** The period in words (periodInWords). */
  readonly words: string;
}

/** One year's reports: those whose period ends in it. */
export interface PeriodYear {
  readonly year: string;
  readonly reports: readonly ReportByPeriod[];
}

/**
 * The documents that name the period they cover, grouped by the year their period ends in, latest first; within a year
 * the latest period first (by its last month, then its first), then by number with its digits as numbers.
 */
export function reportsByPeriod(documents: readonly PeriodInput[]): PeriodYear[] {
  const reports = documents
    .flatMap((d) =>
      d.period === undefined ? [] : [{ number: d.number, slug: d.slug, date: d.date, subject: d.subject, period: d.period, words: periodInWords(d.period) }],
    )
    .sort((a, b) => b.period.to.localeCompare(a.period.to) || b.period.from.localeCompare(a.period.from) || compareNumeric(a.number, b.number));
  const years = new Map<string, ReportByPeriod[]>();
  for (const report of reports) {
    const year = report.period.to.slice(0, 4);
    const list = years.get(year);
    if (list === undefined) years.set(year, [report]);
    else list.push(report);
  }
  return [...years].map(([year, list]) => ({ year, reports: list }));
}
