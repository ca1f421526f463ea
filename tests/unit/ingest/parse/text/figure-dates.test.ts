import { describe, expect, it } from 'vitest';
import { figureDates } from '../../../../../scripts/ingest/parse/text/figure-dates.ts';

describe('figureDates', () => {
  it('reads one day in figures, day first with dots, slashes or hyphens, or year first', () => {
    expect(figureDates('03.03.2026')).toEqual(['2026-03-03']);
    expect(figureDates('3. 3. 2026')).toEqual(['2026-03-03']);
    expect(figureDates('3/3/2026')).toEqual(['2026-03-03']);
    expect(figureDates('03-03-2026')).toEqual(['2026-03-03']);
    expect(figureDates('2026-03-03')).toEqual(['2026-03-03']);
  });

  it('reads a span’s days, those between its two too, with the first day’s hours before the dash', () => {
    expect(figureDates('03.03.2026 – 04.03.2026')).toEqual(['2026-03-03', '2026-03-04']);
    expect(figureDates('2.3.2026 (10.00) – 5.3.2026 (13.00)')).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(figureDates('03.03.2026 10.00 – 04.03.2026 13.00')).toEqual(['2026-03-03', '2026-03-04']);
    // two days joined by a word are those two alone
    expect(figureDates('2/3/2026 and 5/3/2026')).toEqual(['2026-03-02', '2026-03-05']);
  });

  it('reads no day from a document number, a longer figure, a year of two figures or a day not in the calendar', () => {
    expect(figureDates('6120/2/2026')).toEqual([]);
    expect(figureDates('CM 1204/26')).toEqual([]);
    expect(figureDates('1.3.2026.5')).toEqual([]);
    expect(figureDates('3/3/26')).toEqual([]);
    expect(figureDates('31.02.2026')).toEqual([]);
  });
});
