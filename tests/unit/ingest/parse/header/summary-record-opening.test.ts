import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../../../scripts/ingest/parse/normalise.ts';
import { summaryRecordOpening } from '../../../../../scripts/ingest/parse/header/summary-record-opening.ts';

/** Body lines numbered from 10, as they follow a header. */
function body(...texts: string[]): SourceLine[] {
  return texts.map((text, index) => ({ line: 10 + index, text }));
}

describe('summaryRecordOpening', () => {
  it('reads the committee and the days printed on the two lines under the kind line', () => {
    expect(summaryRecordOpening(body('PERMANENT REPRESENTATIVES COMMITTEE', '20 and 22 September 2023', 'I.', 'Adoption of the agenda'))).toEqual({
      committee: 'PERMANENT REPRESENTATIVES COMMITTEE',
      days: ['2023-09-20', '2023-09-22'],
    });
    expect(summaryRecordOpening(body(' ', 'COMITATO DEI RAPPRESENTANTI PERMANENTI ', '', '4 maggio 2022', '1.'))).toEqual({
      committee: 'COMITATO DEI RAPPRESENTANTI PERMANENTI',
      days: ['2022-05-04'],
    });
  });

  it('reads them run on into the first item, as a copy flattened to one line a page prints them', () => {
    expect(summaryRecordOpening(body('PERMANENT REPRESENTATIVES COMMITTEE 6 and 8 October 2021 I. Adoption of the agenda 12409/21 OJ CRP1 38'))).toEqual({
      committee: 'PERMANENT REPRESENTATIVES COMMITTEE',
      days: ['2021-10-06', '2021-10-08'],
    });
  });

  it('reads nothing when the body does not open with a name in capitals and days alone after it', () => {
    expect(summaryRecordOpening(body('Permanent Representatives Committee', '20 and 22 September 2023'))).toBeNull();
    expect(summaryRecordOpening(body('PERMANENT REPRESENTATIVES COMMITTEE', 'I.', 'Adoption of the agenda'))).toBeNull();
    expect(summaryRecordOpening(body('PERMANENT REPRESENTATIVES COMMITTEE', '20 September 2023: preparation of the Council'))).toBeNull();
    expect(summaryRecordOpening(body('COREPER', '20 September 2023'))).toBeNull();
    expect(summaryRecordOpening(body('1. Adoption of the agenda', 'The Committee adopted the agenda.'))).toBeNull();
    expect(summaryRecordOpening([])).toBeNull();
  });
});
