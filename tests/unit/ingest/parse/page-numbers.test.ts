import { describe, expect, it } from 'vitest';
import { leadingPageNumber, numbersItsPage, pageEdgesOfLines, pagesOfLines, standsAtPageEdge } from '../../../../scripts/ingest/parse/page-numbers.ts';
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

describe('standsAtPageEdge', () => {
  /** A notice's first page as plain pdftotext prints its header table cell by cell: the format's cell `1` above its label, the footer at the foot. */
  const notice = [
    'Venue:',
    '',
    'COUNCIL',
    'EUROPA BUILDING',
    'Rue de la Loi 155, 1048 BRUSSELS',
    '1',
    '',
    'Format:',
    '',
    '1.',
    '',
    'Adoption of the agenda',
    '',
    '2.',
    '',
    'Information from the Presidency',
    '',
    'Items for discussion',
    '3.',
    '',
    'Europol Innovation Hub: annual report',
    '',
    'CM 2210/24',
    '',
    '1',
    'EN',
    '\fNB: Delegations are reminded …',
  ].join('\n');
  const edges = pageEdgesOfLines(notice, LINE_BREAK);

  it('takes a figure alone at its page’s foot, under the footer’s number, for the page’s number', () => {
    expect(standsAtPageEdge(25, edges)).toBe(true);
  });

  it('keeps as text a figure alone in the middle of the page, and one above the page’s number at its foot', () => {
    expect(standsAtPageEdge(6, edges)).toBe(false);
    const short = pageEdgesOfLines(
      'Miejsce:\n\nRADA\nRue de la Loi 155, 1048 BRUKSELA\n1\n\nFormat:\n\nCM 2210/24\n\n1\nPL\n\f16 kwietnia 2024 r.',
      LINE_BREAK,
    );
    expect(standsAtPageEdge(5, short)).toBe(false);
    expect(standsAtPageEdge(11, short)).toBe(true);
  });

  it('takes a figure alone at a page’s top for its number, and any line where the pages are not known', () => {
    expect(standsAtPageEdge(1, pageEdgesOfLines('2\n\nThe Presidency recalled …\nMore text\nMore\nAnd more\nEnd\f', LINE_BREAK))).toBe(true);
    expect(standsAtPageEdge(6, null)).toBe(true);
  });
});
