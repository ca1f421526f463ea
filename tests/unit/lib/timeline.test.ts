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

  it('is empty for an empty archive', () => {
    expect(yearCounts([], [])).toEqual([]);
  });
});
