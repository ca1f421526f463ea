import { describe, expect, it } from 'vitest';
import { applyDecisionFilter, countsByYear, decisionFilterOptions, isYearFilter, sortDecisions } from '../../../src/lib/decision-filters.ts';

const decisions = [
  { id: '2025-11-18--item-6--1', by: 'COSI', verb: 'endorsed', date: '2025-11-18' },
  { id: '2025-11-18--item-10--1', by: 'COSI', verb: 'took-note', date: '2025-11-18' },
  { id: '2017-11-21--item-2--1', by: 'Delegations', verb: 'endorsed', date: '2017-11-21' },
  { id: '2025-11-18--item-1--1', by: null, verb: 'adopted', date: '2025-11-18' },
] as const;

describe('decisionFilterOptions', () => {
  it('offers the verbs in use in the vocabulary order and the years newest first, with counts, and counts the decisions by COSI itself', () => {
    expect(decisionFilterOptions(decisions)).toEqual({
      verbs: [
        { value: 'adopted', count: 1 },
        { value: 'endorsed', count: 2 },
        { value: 'took-note', count: 1 },
      ],
      years: [
        { value: '2025', count: 3 },
        { value: '2017', count: 1 },
      ],
      committee: 2,
    });
  });
});

describe('applyDecisionFilter', () => {
  it('reads four digits as a year, cosi as the committee itself, and anything else as a verb', () => {
    expect(applyDecisionFilter(decisions, 'cosi').map((d) => d.id)).toEqual(['2025-11-18--item-6--1', '2025-11-18--item-10--1']);
    expect(applyDecisionFilter(decisions, '2017').map((d) => d.id)).toEqual(['2017-11-21--item-2--1']);
    expect(applyDecisionFilter(decisions, 'endorsed').map((d) => d.id)).toEqual(['2025-11-18--item-6--1', '2017-11-21--item-2--1']);
  });
});

describe('sortDecisions', () => {
  it('puts the newest meeting first and keeps agenda order inside it (item 6 before item 10)', () => {
    expect(sortDecisions(decisions).map((d) => d.id)).toEqual([
      '2025-11-18--item-1--1',
      '2025-11-18--item-6--1',
      '2025-11-18--item-10--1',
      '2017-11-21--item-2--1',
    ]);
  });
});

describe('countsByYear', () => {
  it('counts the decisions of each year, newest first, and within each year those by COSI and those of each verb used', () => {
    expect(countsByYear(decisions)).toEqual([
      { year: '2025', total: 3, committee: 2, verbs: { endorsed: 1, 'took-note': 1, adopted: 1 } },
      { year: '2017', total: 1, committee: 0, verbs: { endorsed: 1 } },
    ]);
  });
});

describe('isYearFilter', () => {
  it('reads four digits as a year and a verb, even one with a hyphen, as no year', () => {
    expect(isYearFilter('2017')).toBe(true);
    expect(isYearFilter('took-note')).toBe(false);
    expect(isYearFilter('20171')).toBe(false);
  });
});
