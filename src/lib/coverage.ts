/**
 * What the archive covers, said plainly for the home and /about/ pages: the documents it holds year by year and kind by
 * kind, with the years between its first and last that hold none shown as gaps (not as years without meetings), the
 * meetings it records in full and those it knows only from their agenda, and how recent its sources are. Everything is
 * derived from the sources, never from the clock, so the same sources give the same pages.
 */
import { isPlausibleDate } from '../shared/dates.ts';

/** What coverage reads of a held document. */
export interface CoveredDocument {
  /** Null where the ingest could not read it: no year. */
  readonly date: string | null;
  readonly kind: string;
}

/**
 * What coverage reads of a meeting: its id (its first day first), and whether a record of it is held (its `outcome`: an
 * outcome of proceedings or a summary record, whichever kind), else it is known from its agenda only.
 */
export interface CoveredMeeting {
  readonly id: string;
  readonly recorded: boolean;
}

/** One year between the first and the last year of the archive. */
export interface CoverageYear {
  readonly year: string;
  /** Documents held, per kind, kinds in alphabetical order. */
  readonly kinds: readonly { kind: string; count: number }[];
  readonly documents: number;
  /** Meetings recorded (by an outcome of proceedings or a summary record), and known from their agenda only. */
  readonly recorded: number;
  readonly otherwiseKnown: number;
  /** Whether the archive holds nothing of this year: a gap in its sources, not a year without COSI meetings. */
  readonly gap: boolean;
}

/** The archive's coverage. */
export interface Coverage {
  /** Every year from the first to the last that holds a document or a meeting, newest first; empty for an empty archive. */
  readonly years: readonly CoverageYear[];
  readonly gaps: readonly string[];
  /** The newest plausible date among the documents held and the register's answers (ISO), or null. */
  readonly sourcesAsOf: string | null;
}

/** The year of a plausible ISO date, or null. */
function plausibleYear(date: string | null): string | null {
  return date !== null && isPlausibleDate(date.slice(0, 10)) ? date.slice(0, 4) : null;
}

/** How often each value occurs, sorted by value. */
function counted(values: readonly string[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([kind, count]) => ({ kind, count }));
}

/**
 * The coverage of held documents and meetings; `fetchedAt` are the times the Council's register answered (ISO date-times),
 * which count towards how recent the sources are.
 */
export function coverage(documents: readonly CoveredDocument[], meetings: readonly CoveredMeeting[], fetchedAt: readonly string[]): Coverage {
  const documentYears = documents.map((d) => ({ year: plausibleYear(d.date), kind: d.kind }));
  const meetingYears = meetings.map((m) => ({ year: plausibleYear(m.id), recorded: m.recorded }));
  const known = [...documentYears.map((d) => d.year), ...meetingYears.map((m) => m.year)].filter((y): y is string => y !== null).map(Number);
  const years: CoverageYear[] = [];
  if (known.length > 0) {
    for (let year = Math.max(...known); year >= Math.min(...known); year -= 1) {
      const label = String(year);
      const kinds = counted(documentYears.filter((d) => d.year === label).map((d) => d.kind));
      const ofYear = meetingYears.filter((m) => m.year === label);
      const recorded = ofYear.filter((m) => m.recorded).length;
      const documentCount = kinds.reduce((sum, k) => sum + k.count, 0);
      years.push({
        year: label,
        kinds,
        documents: documentCount,
        recorded,
        otherwiseKnown: ofYear.length - recorded,
        gap: documentCount === 0 && ofYear.length === 0,
      });
    }
  }
  const dates = [...documents.map((d) => d.date), ...fetchedAt.map((t) => t.slice(0, 10))].filter(isPlausibleDate).sort();
  return { years, gaps: years.filter((y) => y.gap).map((y) => y.year), sourcesAsOf: dates[dates.length - 1] ?? null };
}

/** Years as a reader reads them: runs of consecutive years joined (`2018–2020, 2022–2024`), newest last. */
export function yearRuns(years: readonly string[]): string {
  const sorted = [...years].map(Number).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const year of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}
