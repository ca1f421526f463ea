import { describe, expect, it } from 'vitest';
import { coverage, yearRuns } from '../../../src/lib/coverage.ts';

/** The kind of an outcome of proceedings, as the documents collection writes it. */
const OUTCOME_KIND = 'outcome-of-proceedings';

const note = (date: string) => ({ date, kind: 'note' });
const outcome = (date: string) => ({ date, kind: OUTCOME_KIND });

describe('coverage', () => {
  it('lists every year from the last to the first, marking those without documents or meetings as gaps', () => {
    const covered = coverage([outcome('2017-11-28'), note('2020-03-01'), outcome('2020-06-02')], [{ id: '2017-11-21', recorded: true }], []);
    expect(covered.years.map((y) => [y.year, y.gap])).toEqual([
      ['2020', false],
      ['2019', true],
      ['2018', true],
      ['2017', false],
    ]);
    expect(covered.gaps).toEqual(['2019', '2018']);
    expect(covered.years[0]?.kinds).toEqual([
      { kind: 'note', count: 1 },
      { kind: OUTCOME_KIND, count: 1 },
    ]);
  });

  it('counts a meeting as recorded when a record of it is held, else as known from its agenda only', () => {
    const covered = coverage(
      [],
      [
        { id: '2025-11-18', recorded: true },
        { id: '2025-09-16', recorded: true },
        { id: '2025-03-04', recorded: false },
      ],
      [],
    );
    expect(covered.years).toEqual([{ year: '2025', kinds: [], documents: 0, recorded: 2, otherwiseKnown: 1, gap: false }]);
  });

  it('dates the sources by the newest document or register answer, never by the clock, and ignores implausible dates', () => {
    expect(coverage([note('2025-05-28'), note('9999-12-31')], [], ['2025-12-01T09:00:00Z']).sourcesAsOf).toBe('2025-12-01');
    expect(coverage([note('2025-05-28')], [], []).sourcesAsOf).toBe('2025-05-28');
    expect(coverage([], [], []).sourcesAsOf).toBeNull();
  });

  it('leaves implausible dates out of the years', () => {
    expect(coverage([note('9999-12-31'), note('2025-01-02')], [], []).years.map((y) => y.year)).toEqual(['2025']);
  });
});

describe('yearRuns', () => {
  it('joins consecutive years into ranges, oldest first', () => {
    expect(yearRuns(['2024', '2018', '2019', '2020', '2022', '2023'])).toBe('2018–2020, 2022–2024');
    expect(yearRuns(['2021'])).toBe('2021');
    expect(yearRuns([])).toBe('');
  });
});
