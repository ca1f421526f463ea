import { describe, expect, it } from 'vitest';
import { ARCHIVE_YEAR, formatDate, formatDateList, formatDateRange, isPlausibleDate, PLAUSIBLE_YEARS, yearOf } from '../../../src/shared/dates.ts';

describe('formatDate', () => {
  it('writes an ISO date the way Council documents do', () => {
    expect(formatDate('2025-11-18')).toBe('18 November 2025');
    expect(formatDate('2017-01-05')).toBe('5 January 2017');
  });
});

describe('formatDateRange', () => {
  it('writes a one-day meeting as its date', () => {
    expect(formatDateRange(['2021-11-22'])).toBe('22 November 2021');
  });

  it('writes days of one month with an en dash between the days', () => {
    expect(formatDateRange(['2025-11-18', '2025-11-19'])).toBe('18–19 November 2025');
  });

  it('names both months when a meeting runs into the next month, and both years across a new year', () => {
    expect(formatDateRange(['2025-11-30', '2025-12-01'])).toBe('30 November – 1 December 2025');
    expect(formatDateRange(['2025-12-31', '2026-01-01'])).toBe('31 December 2025 – 1 January 2026');
  });
});

describe('formatDateList', () => {
  it('writes the days as the "On:" line of the November 2025 outcome prints them', () => {
    expect(formatDateList(['2025-11-18', '2025-11-19'])).toBe('18 and 19 November 2025');
  });

  it('joins three days with a comma and "and"', () => {
    expect(formatDateList(['2017-11-20', '2017-11-21', '2017-11-22'])).toBe('20, 21 and 22 November 2017');
  });
});

describe('yearOf', () => {
  it('gives the year of an ISO date', () => {
    expect(yearOf('2021-11-22')).toBe('2021');
  });
});

describe('isPlausibleDate', () => {
  it('accepts the days of 1990 to the year after ARCHIVE_YEAR, both ends included', () => {
    expect(PLAUSIBLE_YEARS).toEqual({ first: 1990, last: ARCHIVE_YEAR + 1 });
    expect(['1990-01-01', '2025-11-18', `${ARCHIVE_YEAR + 1}-12-31`].map(isPlausibleDate)).toEqual([true, true, true]);
  });

  it('refuses a day before 1990 or after the year after ARCHIVE_YEAR, and anything that is not an ISO date', () => {
    expect(['1989-12-31', `${ARCHIVE_YEAR + 2}-01-01`, '9999-12-31', '0001-01-01', '2025', '2025-11-18T00:00', ''].map(isPlausibleDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
