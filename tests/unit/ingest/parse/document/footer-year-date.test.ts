import { describe, expect, it } from 'vitest';
import { footerYearDate } from '../../../../../scripts/ingest/parse/document/footer-year-date.ts';

describe('footerYearDate', () => {
  it('reads a two-figure year the footer’s number carries', () => {
    expect(footerYearDate('Brussels, 25.11.25', '14470/25')).toBe('2025-11-25');
    expect(footerYearDate('Bruxelles, le 25/11/25', '14470/1/25 REV 1')).toBe('2025-11-25');
    expect(footerYearDate('Brüssel, den 25-11-25', 'WK 1234/2025')).toBe('2025-11-25');
  });

  it('reads none where the footer’s number carries another year, or there is no footer number or no line left unread', () => {
    expect(footerYearDate('Brussels, 25.11.25', '14470/24')).toBeNull();
    expect(footerYearDate('Brussels, 25.11.25', null)).toBeNull();
    expect(footerYearDate(null, '14470/25')).toBeNull();
  });
});
