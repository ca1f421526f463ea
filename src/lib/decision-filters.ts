import { DECISION_VERBS } from '../schemas/vocabulary.ts';

/** A decision verb. */
type Verb = (typeof DECISION_VERBS)[number];

/** What filtering needs of a decision: its verb, date and id. */
export interface Filterable {
  id: string;
  verb: Verb;
  date: string;
}

/** A filter value that is a year (four digits); any other filter value is a verb. */
const YEAR_FILTER = /^\d{4}$/;

/** Whether a filter value is a year rather than a verb. */
export function isYearFilter(filter: string): boolean {
  return YEAR_FILTER.test(filter);
}

/** A filter value with how many decisions it keeps. */
export interface FilterOption {
  value: string;
  count: number;
}

/** The verbs used by some decision (in the vocabulary's order) and the years of decisions (newest first), with counts. */
export function decisionFilterOptions(decisions: readonly Filterable[]): { verbs: FilterOption[]; years: FilterOption[] } {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const verbCounts = count(decisions.map((d) => d.verb));
  const yearCounts = count(decisions.map((d) => d.date.slice(0, 4)));
  return {
    verbs: DECISION_VERBS.flatMap((verb) => {
      const n = verbCounts.get(verb);
      return n === undefined ? [] : [{ value: verb, count: n }];
    }),
    years: [...yearCounts.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([value, n]) => ({ value, count: n })),
  };
}

/** The decisions a filter keeps: a four-digit value is a year, anything else a verb. */
export function applyDecisionFilter<T extends Filterable>(decisions: readonly T[], filter: string): T[] {
  const byYear = isYearFilter(filter);
  return decisions.filter((d) => (byYear ? d.date.startsWith(filter) : d.verb === filter));
}

/** Decisions newest first; within a meeting in agenda order (ids compared with their numbers as numbers). */
export function sortDecisions<T extends Filterable>(decisions: readonly T[]): T[] {
  return [...decisions].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** The decisions of one year: how many in all and how many with each verb used that year. */
export interface YearCount {
  year: string;
  total: number;
  verbs: Partial<Record<Verb, number>>;
}

/** The decisions counted per year (newest first) and, within each year, per verb. */
export function countsByYear(decisions: readonly Filterable[]): YearCount[] {
  const years = new Map<string, YearCount>();
  for (const { verb, date } of decisions) {
    const year = date.slice(0, 4);
    const count = years.get(year) ?? { year, total: 0, verbs: {} };
    count.total += 1;
    count.verbs[verb] = (count.verbs[verb] ?? 0) + 1;
    years.set(year, count);
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}
