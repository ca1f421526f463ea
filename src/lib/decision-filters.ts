import { DECISION_VERBS } from '../schemas/vocabulary.ts';
import { isCommitteeDecision } from '../shared/decision-makers.ts';
import { compareNumeric } from './numeric-order.ts';

/** A decision verb. */
type Verb = (typeof DECISION_VERBS)[number];

/** What filtering needs of a decision: its id, who made it, its verb and its date. */
export interface Filterable {
  id: string;
  by: string | null;
  verb: Verb;
  date: string;
}

/** A filter value that is a year (four digits); any other filter value is a verb or the committee. */
const YEAR_FILTER = /^\d{4}$/;

/** The filter value (and URL segment) that keeps the committee's own decisions: "COSI decisions" count only those. */
export const COMMITTEE_FILTER = 'cosi';

/** What a filter other than a year keeps: the decisions of one verb, or the committee's own. */
export type Kind = Verb | typeof COMMITTEE_FILTER;

/** Whether a filter value is a year rather than a verb. */
export function isYearFilter(filter: string): boolean {
  return YEAR_FILTER.test(filter);
}

/** A filter value with how many decisions it keeps. */
export interface FilterOption {
  value: string;
  count: number;
}

/** How often each value occurs. */
function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The filter options of a list of decisions, with their counts. */
export interface FilterOptions {
  readonly verbs: readonly FilterOption[];
  readonly years: readonly FilterOption[];
  readonly committee: number;
}

/**
 * Options already counted, by the list of decisions they count: every page of a decisions route shows the filters of
 * the same list (the route's getStaticPaths hands each page the same array). A list's options depend on the list alone.
 */
const optionsCounted = new WeakMap<readonly Filterable[], FilterOptions>();

/**
 * The verbs used by some decision (in the vocabulary's order), the years of decisions (newest first), and how many are
 * the committee's own, with counts.
 */
export function decisionFilterOptions(decisions: readonly Filterable[]): FilterOptions {
  let options = optionsCounted.get(decisions);
  if (options === undefined) {
    options = countOptions(decisions);
    optionsCounted.set(decisions, options);
  }
  return options;
}

/** The options of `decisionFilterOptions`, counted afresh. */
function countOptions(decisions: readonly Filterable[]): FilterOptions {
  const verbCounts = tally(decisions.map((d) => d.verb));
  const yearCounts = tally(decisions.map((d) => d.date.slice(0, 4)));
  return {
    verbs: DECISION_VERBS.flatMap((verb) => {
      const n = verbCounts.get(verb);
      return n === undefined ? [] : [{ value: verb, count: n }];
    }),
    years: [...yearCounts.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([value, n]) => ({ value, count: n })),
    committee: decisions.filter(isCommitteeDecision).length,
  };
}

/** The decisions a filter keeps: a four-digit value is a year, `cosi` the committee's own, anything else a verb. */
export function applyDecisionFilter<T extends Filterable>(decisions: readonly T[], filter: string): T[] {
  if (isYearFilter(filter)) return decisions.filter((d) => d.date.startsWith(filter));
  if (filter === COMMITTEE_FILTER) return decisions.filter(isCommitteeDecision);
  return decisions.filter((d) => d.verb === filter);
}

/** Decisions newest first; within a meeting in agenda order (ids compared with their numbers as numbers). */
export function sortDecisions<T extends Filterable>(decisions: readonly T[]): T[] {
  return [...decisions].sort((a, b) => b.date.localeCompare(a.date) || compareNumeric(a.id, b.id));
}

/** The decisions of one year: how many in all, how many the committee's own, and how many with each verb used that year. */
export interface YearCount {
  year: string;
  total: number;
  committee: number;
  verbs: Partial<Record<Verb, number>>;
}

/** The decisions counted per year (newest first) and, within each year, the committee's own and those of each verb. */
export function countsByYear(decisions: readonly Filterable[]): YearCount[] {
  const years = new Map<string, YearCount>();
  for (const decision of decisions) {
    const year = decision.date.slice(0, 4);
    const count = years.get(year) ?? { year, total: 0, committee: 0, verbs: {} };
    count.total += 1;
    if (isCommitteeDecision(decision)) count.committee += 1;
    count.verbs[decision.verb] = (count.verbs[decision.verb] ?? 0) + 1;
    years.set(year, count);
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}
