import { describe, expect, it } from 'vitest';
import { yearCounts } from '../../../src/lib/timeline.ts';
import { loadContent } from '../support/content-entries.ts';

describe('yearCounts', () => {
  it('counts the seed meetings and their decisions per year, with the years between at zero', () => {
    const content = loadContent();
    const counts = yearCounts(
      content.meetings.map((m) => m.id),
      content.decisions.map((d) => d.data.date),
    );
    expect(counts.map((c) => c.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(counts.map((c) => c.meetings)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    const decisions = (year: number) => content.decisions.filter((d) => d.data.date.startsWith(String(year))).length;
    expect(counts.find((c) => c.year === 2025)?.decisions).toBe(decisions(2025));
    expect(counts.reduce((sum, c) => sum + c.decisions, 0)).toBe(content.decisions.length);
  });

  it('leaves out dates outside 1990–2027: a decision of 31 December 9999 adds no bar, let alone 7,975 empty ones', () => {
    const counts = yearCounts(['2024-03-05', '2025-11-18'], ['2025-11-18', '9999-12-31', '1900-01-01']);
    expect(counts).toEqual([
      { year: 2024, meetings: 1, decisions: 0 },
      { year: 2025, meetings: 1, decisions: 1 },
    ]);
    expect(yearCounts(['9999-12-31'], ['9999-12-31'])).toEqual([]);
  });

  it('counts a year of 200,000 decisions without overflowing the stack', () => {
    const dates = Array.from({ length: 200_000 }, (_, index) => `${2010 + (index % 10)}-01-01`);
    const counts = yearCounts([], dates);
    expect(counts.map((c) => c.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(counts.every((c) => c.decisions === 20_000)).toBe(true);
  });

  it('is empty for an empty archive', () => {
    expect(yearCounts([], [])).toEqual([]);
  });
});
