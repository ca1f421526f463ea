import { describe, expect, it } from 'vitest';
import {
  leadingPageNumber,
  numbersItsPage,
  pageEdgesOfLines,
  pagesOfLines,
  standsAtPageEdge,
  viewerPageNumbers,
} from '../../../../../scripts/ingest/parse/furniture/page-numbers.ts';
import { LINE_BREAK } from '../../../../../scripts/ingest/read/line-breaks.ts';

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

  const none = new Set<number>();

  it('in a viewer’s copy, takes a figure alone for the number of the page the footers read so far put it on, or of the next right under a page’s end', () => {
    expect(numbersItsPage('2', 40, null, { page: 2, atBreak: false, numbers: none })).toBe(true);
    expect(numbersItsPage('3', 41, null, { page: 2, atBreak: true, numbers: none })).toBe(true);
    expect(numbersItsPage('1', 1, null, { page: 0, atBreak: false, numbers: none })).toBe(true);
    expect(numbersItsPage('- 7 -', 41, null, { page: 2, atBreak: false, numbers: none })).toBe(true);
  });

  it('in a viewer’s copy, keeps as text a table of contents’ page number, a table’s cell, a header’s value and a footnote’s number on page 1', () => {
    // `3.10 Cybercrime` / `16` on page 1; `42` in a table on page 2; `Format : 2` in a notice's header; a footnote's `1` under a paragraph of page 1.
    expect(numbersItsPage('16', 60, null, { page: 1, atBreak: false, numbers: none })).toBe(false);
    expect(numbersItsPage('42', 70, null, { page: 2, atBreak: false, numbers: none })).toBe(false);
    expect(numbersItsPage('2', 20, null, { page: 1, atBreak: false, numbers: none })).toBe(false);
    expect(numbersItsPage('1', 37, null, { page: 1, atBreak: false, numbers: none })).toBe(false);
  });

  it('in a viewer’s copy, takes a figure alone for a page number where viewerPageNumbers found it one', () => {
    expect(numbersItsPage('1', 45, null, { page: 2, atBreak: false, numbers: new Set([45]) })).toBe(true);
  });
});

describe('viewerPageNumbers', () => {
  const lines = (texts: readonly string[]) => texts.map((text, index) => ({ text, line: index + 1 }));
  const ALONE = /^(?:LIMITE|EN)$/;

  it('finds a figure alone beside a footer’s language or marking, as plain pdftotext prints a footer in pieces', () => {
    const copy = ['The Netherlands delegation informed COSI', 'about the conference.', 'AB/cd', 'LIMITE', '1', 'EN'];
    expect(viewerPageNumbers(lines(copy), ALONE)).toEqual(new Set([5]));
  });

  it('finds a run of three pages’ numbers alone, each some lines under the one before', () => {
    const page = ['The Committee also followed the negotiations.', 'It discussed the findings.', 'More text.', 'And more.', 'The end.'];
    const copy = [...page, '1', 'ANNEX I', ...page, '2', 'ANNEX II', ...page, '3'];
    expect(viewerPageNumbers(lines(copy), ALONE)).toEqual(new Set([6, 13, 20]));
  });

  it('finds none among a table’s cells, a table of contents’ numbers, or two numbers of a run too short', () => {
    const table = ['Member States', '11', '7', '10', 'Contact point in place', '9', '5', '4'];
    const contents = ['Migrant smuggling', 'Environmental crime', '4', '6', '6', '7', '8'];
    const footnotes = ['Main changes', '3.', '1', 'The revised text clarifies …', 'a', 'b', 'c', 'd', 'e', '2', '3', '4'];
    expect(viewerPageNumbers(lines([...table, ...contents, ...footnotes]), ALONE)).toEqual(new Set());
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
