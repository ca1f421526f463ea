import { describe, expect, it } from 'vitest';
import { headerFields } from '../../../src/shared/document-header.ts';

const fields = { from: null, to: null, previous: [], commissionProposal: [], meetingDates: ['2025-03-11'] };

describe('headerFields', () => {
  it('labels the days of a meeting Date: in a notice of meeting, as the notice prints them', () => {
    expect(
      headerFields({
        ...fields,
        kind: 'notice-of-meeting-and-provisional-agenda',
        subject: 'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      }),
    ).toEqual([
      ['Date:', '11 March 2025'],
      ['Subject:', 'Standing Committee on Operational Cooperation on Internal Security (COSI)'],
    ]);
  });

  it('labels them On: in an outcome of proceedings', () => {
    expect(headerFields({ ...fields, kind: 'outcome-of-proceedings', subject: null })).toEqual([['On:', '11 March 2025']]);
  });
});
