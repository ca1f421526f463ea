import { describe, expect, it } from 'vitest';
import { leadingPageNumber, numbersItsPage, pagesOfLines } from '../../../../scripts/ingest/parse/page-numbers.ts';
import { LINE_BREAK } from '../../../../scripts/ingest/read/line-breaks.ts';

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

describe('pagesOfLines', () => {
  it('gives the page of each line of a text whose pages end with form feeds, as pdftotext prints them', () => {
    expect(pagesOfLines('one\r\ntwo\n1\fthree\n2\f', LINE_BREAK)).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it('is null for a text without form feeds: its pages are not known', () => {
    expect(pagesOfLines('one\ntwo\n1', LINE_BREAK)).toBeNull();
  });
});

describe('numbersItsPage', () => {
  const pages = [1, 1, 2, 2, 2];

  it('takes a number alone on its line for its page’s number, or the one before it (a cover page left unnumbered)', () => {
    expect(numbersItsPage('2', 3, pages)).toBe(true);
    expect(numbersItsPage('- 1 -', 4, pages)).toBe(true);
  });

  it('keeps as text a number that cannot number its page: a table’s cell plain pdftotext printed alone on its line', () => {
    expect(numbersItsPage('42', 3, pages)).toBe(false);
    expect(numbersItsPage('3', 5, pages)).toBe(false);
  });

  it('takes any number for a page number where the pages are not known', () => {
    expect(numbersItsPage('42', 3, null)).toBe(true);
  });
});
