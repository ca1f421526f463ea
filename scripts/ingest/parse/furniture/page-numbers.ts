/** The number of a page printed at the start of its first line, as transcription sites print one line per page (`2 3. On 7 May …`). */

/** A page number opening a line: digits, then a space and text (`3.` after it is an item's number, not a page's). */
const LEADING_NUMBER = /^[ \t]*(\d{1,3})[ \t]+(?=\S)/;

/** What the first page of a Council document begins with after its page number: the Council's name, a stamp, the place or a label. */
const DOCUMENT_START =
  /^(?:Council|COUNCIL|Conseil|CONSEIL|Rat[ \t]|RAT[ \t]|THE[ \t]COUNCIL|PUBLIC|LIMITE|DECLASSIFIED|Brussels|Bruxelles|Brüssel|Luxembourg|Interinstitutional)/;

/** A line as long as this is a whole page run into one line. */
const PAGE_LINE = 200;

/**
 * The length of the page number that opens the first line of a page, or 0: it must be the page's number (`expected`,
 * counting pages from 1), and the first page's only where the document's own start or a whole page follows it.
 */
export function leadingPageNumber(text: string, expected: number): number {
  const match = LEADING_NUMBER.exec(text);
  if (match === null || Number(match[1]) !== expected) return 0;
  if (expected === 1 && text.length < PAGE_LINE && !DOCUMENT_START.test(text.slice(match[0].length))) return 0;
  return match[0].length;
}

/** A form feed: where `pdftotext` ends a page. */
const FORM_FEED = '\f';

/** The figures of a page number as printed (`3`, `- 3 -`, `Page 3 of 9`). */
const NUMBER_IN = /\d{1,3}/;

/**
 * The page (counting from 1) of each source line (index = line number − 1) where the text marks its pages with form
 * feeds, as `pdftotext` does; null for a text without them.
 */
export function pagesOfLines(text: string, lineBreak: RegExp): number[] | null {
  if (!text.includes(FORM_FEED)) return null;
  const pages: number[] = [];
  let page = 1;
  // split with the break captured: lines at even indices, the breaks between them at odd ones
  text.split(new RegExp(`(${lineBreak.source})`)).forEach((part, index) => {
    if (index % 2 === 0) pages.push(page);
    else if (part === FORM_FEED) page += 1;
  });
  return pages;
}

/**
 * Whether a page number alone on its line (`pageNumber`, as printed) can be the number of the page it stands on: its
 * page or the one before (a cover page left unnumbered). A number in a table's cell that plain `pdftotext` printed alone
 * on its line (`42` on page 2) is text, not furniture. Where no form feed marks the pages (a viewer's copy), `counted`
 * is the page the footers and page numbers read so far put the line on: the number must be that page's, or the next
 * one's right under a page's end (the next page's top), so that a table of contents' page number (`3.10 Cybercrime` /
 * `16` on page 1), a table's cell (`42`, `37`) or a header's value (`Format : 2`) stays text, and so does a `1` but
 * above the document's first line (below it, a footnote's number or a cell on page 1, whose own number a Council
 * document prints in its footer); where neither is known, any can.
 */
export function numbersItsPage(pageNumber: string, line: number, pages: readonly number[] | null, counted: CountedPage | null = null): boolean {
  const page = pages?.[line - 1];
  const printed = Number(NUMBER_IN.exec(pageNumber)?.[0] ?? Number.NaN);
  if (page === undefined) {
    if (counted === null || !LONE_FIGURE.test(pageNumber) || counted.numbers.has(line)) return true;
    if (counted.page === 0) return printed === 1;
    return printed > 1 && (printed === counted.page || (counted.atBreak && printed === counted.page + 1));
  }
  return printed === page || printed === page - 1;
}

/**
 * The page the footers and page numbers read so far put a line on (0 above the document's first line), whether it
 * stands right under a page's end, and the lines of the text's figures alone that are page numbers wherever they stand
 * (`viewerPageNumbers`).
 */
export interface CountedPage {
  readonly page: number;
  readonly atBreak: boolean;
  readonly numbers: ReadonlySet<number>;
}

/** The fewest lines not blank a page prints between its number and the next page's. */
const MIN_PAGE_LINES = 5;

/** The fewest pages whose numbers alone, one after the other, make a run of a text's page numbers. */
const MIN_RUN = 3;

/**
 * In a text without form feeds (a viewer's copy), the source lines of the figures alone on their lines that are page
 * numbers wherever they stand: one beside a footer's language or marking (`LIMITE` / `1` / `EN`, a footer plain
 * `pdftotext` printed in pieces), and the numbers of a run of pages (`1`, `2`, `3`, each at least a few lines under the
 * one before: a table's cells or a table of contents' numbers stand closer, and footnotes' numbers printed alone stop
 * the run short).
 */
export function viewerPageNumbers(lines: readonly { readonly text: string; readonly line: number }[], besideFooter: RegExp): Set<number> {
  const numbers = new Set<number>();
  const filled = lines.filter(({ text }) => text.trim() !== '');
  const run: number[] = [];
  let last = -MIN_PAGE_LINES;
  for (const [index, { text, line }] of filled.entries()) {
    if (!LONE_FIGURE.test(text)) continue;
    const value = Number(text.trim());
    const beside = [filled[index - 1], filled[index + 1]].some((next) => next !== undefined && besideFooter.test(next.text.trim()));
    if (beside) numbers.add(line);
    const next = run.length === 0 ? value === 1 || value === 2 : value === Number(filled[last]?.text.trim()) + 1 && index - last >= MIN_PAGE_LINES;
    if (next) {
      run.push(line);
      last = index;
    }
  }
  if (run.length >= MIN_RUN) for (const line of run) numbers.add(line);
  return numbers;
}

/**
 * Where each source line stands on its page (index = source line − 1): how many lines that are not blank its page
 * prints before and after it, and whether a figure alone on its line follows it on its page.
 */
export interface PageEdges {
  above: number[];
  below: number[];
  figureBelow: boolean[];
}

/** A figure alone on its line, as a page number is printed. */
const LONE_FIGURE = /^[ \t]*\d{1,3}[ \t]*$/;

/**
 * For a text whose pages end with form feeds, how far each source line stands from its page's top and foot, in lines
 * that are not blank, and whether a figure alone follows it on its page; null for a text without them.
 */
export function pageEdgesOfLines(text: string, lineBreak: RegExp): PageEdges | null {
  if (!text.includes(FORM_FEED)) return null;
  const edges: PageEdges = { above: [], below: [], figureBelow: [] };
  // The lines of the page read so far, each with whether it prints anything and is a figure alone.
  let page: { index: number; printed: boolean; figure: boolean }[] = [];
  let printed = 0;
  const endPage = (): void => {
    let figure = false;
    for (const line of page.reverse()) {
      edges.below[line.index] = printed - (edges.above[line.index] ?? 0) - (line.printed ? 1 : 0);
      edges.figureBelow[line.index] = figure;
      figure ||= line.figure;
    }
    page = [];
    printed = 0;
  };
  text.split(new RegExp(`(${lineBreak.source})`)).forEach((part, index) => {
    if (index % 2 === 1) {
      if (part === FORM_FEED) endPage();
      return;
    }
    const line = { index: edges.above.length, printed: part.trim() !== '', figure: LONE_FIGURE.test(part) };
    edges.above.push(printed);
    page.push(line);
    if (line.printed) printed += 1;
  });
  endPage();
  return edges;
}

/** The most lines a page prints above its number at its top, or below it at its foot (plain `pdftotext` puts a footer's language, unit and initials after it). */
const EDGE_LINES = { top: 3, foot: 6 } as const;

/**
 * Whether the line at `line` stands where a page number stands: at its page's top, or at its foot with no figure alone
 * under it (a page prints its number once, the lowest). A figure alone in the middle of a page, or above the page's
 * number (`Format:` … `1` in a notice's header table read cell by cell) is text. Where the pages are not known, any line does.
 */
export function standsAtPageEdge(line: number, edges: PageEdges | null): boolean {
  const above = edges?.above[line - 1];
  const below = edges?.below[line - 1];
  if (edges === null || above === undefined || below === undefined) return true;
  return above < EDGE_LINES.top || (below < EDGE_LINES.foot && edges.figureBelow[line - 1] !== true);
}
