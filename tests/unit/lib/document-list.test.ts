import { describe, expect, it } from 'vitest';
import { documentYears, listedDocuments } from '../../../src/lib/document-list.ts';

const labels = {
  kind: (kind: string) => (kind === 'note' ? 'Note' : 'Outcome of proceedings'),
  type: () => 'Council document',
  describe: (id: string) => (id === '14557/25' ? 'the recommendations' : null),
};

describe('listedDocuments', () => {
  it('files a held document under its date’s year and a cited one under its number’s, listing a held one once', () => {
    const rows = listedDocuments(
      [{ number: '6543/25', slug: '6543-25', kind: 'note', date: '2025-02-27', subject: 'Report' }],
      [
        { id: '6543/25', slug: '6543-25', type: 'council' },
        { id: '14557/25', slug: '14557-25', type: 'council' },
        { id: '16515/09', slug: '16515-09', type: 'council' },
      ],
      labels,
    );
    expect(rows.map((row) => [row.number, row.year, row.held, row.subject])).toEqual([
      ['6543/25', '2025', true, 'Report'],
      ['14557/25', '2025', false, 'the recommendations'],
      ['16515/09', '2009', false, null],
    ]);
  });
});

describe('documentYears', () => {
  it('orders years newest first, undated last, and each year by kind, held first, then number as numbers', () => {
    const row = (number: string, year: string, kind: string, held: boolean) => ({ number, slug: number, kind, date: null, subject: null, held, year });
    const years = documentYears([
      row('9267/25', '2025', 'Note', true),
      row('14557/25', '2025', 'Council document', false),
      row('5572/1/25 REV 1', '2025', 'Council document', false),
      row('COM x', 'undated', 'Commission document', false),
      row('14342/21', '2021', 'Outcome', true),
    ]);
    expect(years.map((y) => y.year)).toEqual(['2025', '2021', 'undated']);
    expect(years[0]?.documents.map((d) => d.number)).toEqual(['5572/1/25 REV 1', '14557/25', '9267/25']);
    expect(years[0]?.kinds).toEqual([
      { kind: 'Council document', count: 2 },
      { kind: 'Note', count: 1 },
    ]);
    expect(years[0]?.held).toBe(1);
  });
});
