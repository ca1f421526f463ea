import { describe, expect, it } from 'vitest';
import { holdersFirst, itemPlace, resultLabel, searchPlan, withoutLeadingTitle } from '../../../src/lib/search-results.ts';

describe('searchPlan', () => {
  it('asks both bundles with no filter: the pages holding text, then the cited-only pages', () => {
    expect(searchPlan({})).toEqual({ main: {}, cited: {} });
  });

  it('leaves the cited-only bundle unloaded for a filter its pages do not carry: a year, a verb, a topic, another kind', () => {
    expect(searchPlan({ year: '2025' })).toEqual({ main: { year: '2025' }, cited: null });
    expect(searchPlan({ verb: 'approved' }).cited).toBeNull();
    expect(searchPlan({ topic: 'mediterranean' }).cited).toBeNull();
    expect(searchPlan({ kind: 'note' })).toEqual({ main: { kind: 'note' }, cited: null });
  });

  it('asks only the cited-only bundle when the reader chose the cited-only kind', () => {
    expect(searchPlan({ kind: 'referenced' })).toEqual({ main: null, cited: { kind: 'referenced' } });
    expect(searchPlan({ kind: 'referenced', year: '2025' })).toEqual({ main: null, cited: null });
  });
});

describe('resultLabel', () => {
  it('joins what a page is, its date and "cited only", leaving out what it lacks', () => {
    expect(resultLabel({ type: 'Meeting', date: '18–19 November 2025' })).toBe('Meeting · 18–19 November 2025');
    expect(resultLabel({ type: 'Council document', cited: 'cited only' })).toBe('Council document · cited only');
    expect(resultLabel({})).toBe('');
  });
});

describe('itemPlace', () => {
  it('names an agenda item by its number and title', () => {
    expect(itemPlace('item-5', '5. Regional dialogue on internal security with the Mediterranean')).toBe(
      'Item 5: Regional dialogue on internal security with the Mediterranean',
    );
    expect(itemPlace('item-6-1', '6.1. EU Threat assessment')).toBe('Item 6.1: EU Threat assessment');
  });

  it('leaves an unnumbered item and any other heading as it reads', () => {
    expect(itemPlace('item-aob', 'AOB')).toBe('AOB');
    expect(itemPlace('section-3-1', '3.1 EMPACT')).toBe('3.1 EMPACT');
  });
});

describe('withoutLeadingTitle', () => {
  it('drops the heading an excerpt starts with, and the full stop after it, keeping the marks after it', () => {
    const runs = [
      { text: 'Referenced in. ', marked: false },
      { text: '15912/25,', marked: true },
      { text: ' item 1', marked: false },
    ];
    expect(withoutLeadingTitle(runs, 'Referenced in')).toEqual([
      { text: '15912/25,', marked: true },
      { text: ' item 1', marked: false },
    ]);
  });

  it('cuts inside a marked run when the heading ends there', () => {
    expect(withoutLeadingTitle([{ text: 'EMPACT. COSI', marked: true }], 'EMPACT')).toEqual([{ text: 'COSI', marked: true }]);
  });

  it('keeps an excerpt that does not start with the heading', () => {
    const runs = [{ text: 'COSI endorsed the way forward', marked: false }];
    expect(withoutLeadingTitle(runs, 'Referenced in')).toEqual(runs);
  });
});

describe('holdersFirst', () => {
  const result = (name: string, score: number, fields: string[] = []) => ({ name, score, matchedMetaFields: fields });

  it('lifts the page whose numbers matched above a better-scored page that cites it', () => {
    const ordered = holdersFirst([result('meeting citing it', 7), result('cited-only page of the number', 64, ['numbers', 'title'])]);
    expect(ordered.map((r) => r.name)).toEqual(['cited-only page of the number', 'meeting citing it']);
  });

  it('leaves a page whose numbers matched only a stray word of the query where it was', () => {
    const ordered = holdersFirst([result('holder', 60, ['numbers']), result('other', 9), result('REV of another number', 6, ['numbers'])]);
    expect(ordered.map((r) => r.name)).toEqual(['holder', 'other', 'REV of another number']);
  });

  it('keeps the order when no page holds the number', () => {
    expect(holdersFirst([result('a', 1), result('b', 2)]).map((r) => r.name)).toEqual(['a', 'b']);
  });
});
