import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/lib/archive-summary.ts';

describe('summarise', () => {
  it('counts the archive and spans the dates of its documents and meeting days', () => {
    expect(
      summarise({
        documentDates: ['2025-11-25', '2017-12-19'],
        meetingDates: ['2017-11-21', '2025-11-18', '2025-11-19'],
        referencedOnly: 40,
        decisions: 12,
        meetings: 2,
      }),
    ).toEqual({ documents: 2, referenced: 40, meetings: 2, decisions: 12, from: '2017-11-21', to: '2025-11-25' });
  });

  it('spans only the dates within 1990–2027, while counting every document', () => {
    const summary = summarise({
      documentDates: ['9999-12-31', '2025-11-25', '1900-01-01'],
      meetingDates: ['2025-11-18'],
      referencedOnly: 0,
      decisions: 0,
      meetings: 1,
    });
    expect(summary).toMatchObject({ documents: 3, from: '2025-11-18', to: '2025-11-25' });
  });

  it('has no date range for an empty archive', () => {
    const empty = summarise({ documentDates: [], meetingDates: [], referencedOnly: 0, decisions: 0, meetings: 0 });
    expect([empty.from, empty.to]).toEqual([null, null]);
  });
});
