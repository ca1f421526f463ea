import { describe, expect, it } from 'vitest';
import { leadingPageNumber } from '../../../../scripts/ingest/parse/page-numbers.ts';

describe('leadingPageNumber', () => {
  it('finds the page number that opens the first line of a page', () => {
    expect(leadingPageNumber('2 3. On 7 May 2013, the LIBE Committee adopted its vote.', 2)).toBe(2);
    expect(leadingPageNumber('1 Council of the European Union', 1)).toBe(2);
  });

  it('is 0 for another page number, an item number, or a first line that is not the start of a document', () => {
    expect(leadingPageNumber('5 Member States replied.', 2)).toBe(0);
    expect(leadingPageNumber('3. COSI is invited to approve.', 3)).toBe(0);
    expect(leadingPageNumber('1 delegation entered a reservation.', 1)).toBe(0);
  });
});
