import { describe, expect, it } from 'vitest';
import { monthInWords, periodInWords, releasedDetails, reportsByPeriod } from '../../../src/lib/report-periods.ts';

describe('periodInWords', () => {
  it('writes a report’s first and last month in words, and one month alone once', () => {
    expect(monthInWords('2024-07')).toBe('July 2024');
    expect(periodInWords({ from: '2023-07', to: '2024-12' })).toBe('July 2023 to December 2024');
    expect(periodInWords({ from: '2025-01', to: '2025-01' })).toBe('January 2025');
  });
});

describe('releasedDetails', () => {
  it('says the marking, the day and the new status the note prints, each left out where it prints none', () => {
    expect(releasedDetails({ number: '9876/25', marking: 'LIMITE', date: '2025-06-03', status: 'Public' })).toBe(
      'LIMITE, dated 3 June 2025, new status: Public',
    );
    expect(releasedDetails({ number: '9710/16', marking: 'RESTREINT UE', date: null, status: 'Offentlig' })).toBe('RESTREINT UE, new status: Offentlig');
    expect(releasedDetails({ number: '7595/16', marking: null, date: null, status: null })).toBe('');
  });
});

describe('reportsByPeriod', () => {
  const report = (number: string, from: string | null, to: string) => ({
    number,
    slug: number.replace('/', '-'),
    date: null,
    subject: `Report ${number}`,
    ...(from === null ? {} : { period: { from, to, printed: `${from} - ${to}` } }),
  });

  it('lists only documents with a period, by the year it ends in, the latest period first and numbers as numbers', () => {
    const years = reportsByPeriod([
      report('6543/25', '2023-07', '2024-12'),
      report('15912/25', null, ''),
      report('9000/14', '2012-07', '2013-12'),
      report('10412/16', '2014-07', '2015-12'),
      report('950/16', '2014-07', '2015-12'),
      report('5800/14', '2013-01', '2013-06'),
    ]);
    expect(years.map(({ year, reports }) => [year, reports.map((r) => r.number)])).toEqual([
      ['2024', ['6543/25']],
      ['2015', ['950/16', '10412/16']],
      ['2013', ['9000/14', '5800/14']],
    ]);
    expect(years[0]?.reports[0]?.words).toBe('July 2023 to December 2024');
  });
});
