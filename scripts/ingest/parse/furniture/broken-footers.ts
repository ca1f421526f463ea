import type { SourceLine } from '../normalise.ts';
import { footerGoesOn } from './footer-end.ts';
import { isWholeFooter } from './inline-footers.ts';
import { CONVERTER_PAGE_MARK, DOCUMENT_NUMBER_SOURCE, FOOTER_ANNEX, FOOTER_LANGUAGES, FOOTER_PAGE, MARKING_SOURCE, PAGE_FOOTER } from '../text/vocabulary.ts';

/** A document number alone on its line: where a footer `pdftotext` prints in pieces begins. */
const NUMBER_ALONE = new RegExp(String.raw`^${DOCUMENT_NUMBER_SOURCE}$`);

/**
 * A document number with a page's number after it on its line (`CM 1234/1/26 REV 1   1`): a footer's first row as plain
 * `pdftotext` prints it, its language on the next line. A number alone above it is a row's reference, not this footer's.
 */
const NUMBER_AND_PAGE = new RegExp(String.raw`^${DOCUMENT_NUMBER_SOURCE}[ \t]+${FOOTER_PAGE}$`);

/**
 * A piece of a footer alone on its line: a page number (`1`, `2/7`), initials (`lby/GBK/mm`), a directorate (`DGD 1C`,
 * `GIP`), an annex page's word in any official language (`ANNEX`, `ZAŁĄCZNIK`, `ΠΑΡΑΡΤΗΜΑ`), a marking (`LIMITE`,
 * `RESTREINT UE/EU RESTRICTED`), a language (`EN`).
 */
const FOOTER_PIECE = new RegExp(
  String.raw`^(?:${FOOTER_PAGE}|\p{L}{1,5}(?:[/,][ \t]?\p{L}{1,5}){0,6}|[A-Z][A-Za-z0-9.]{0,10}(?:[ \t][A-Z0-9][A-Za-z0-9.]{0,10}){0,3}|${FOOTER_ANNEX}|${MARKING_SOURCE})$`,
  'u',
);

/** A footer's page alone on its line (`1`, `2/7`). */
const PAGE_ALONE = new RegExp(String.raw`^${FOOTER_PAGE}$`);

/** A footer's language alone on its line (`EN`, `EN/FR`), or after a marking (`LIMITE EN`, `RESTREINT UE/EU RESTRICTED EN`): a footer in pieces has one (`PRESSE 172` and `PR CO 24` under a number make none). */
export const LANGUAGE_ALONE = new RegExp(String.raw`^(?:${MARKING_SOURCE}[ \t])?${FOOTER_LANGUAGES}(?:/${FOOTER_LANGUAGES})?$`);

/**
 * A footer without its page number, as a copy of a one-page summary record prints it last (`13217/23 GIP EN`): read
 * so only where nothing follows it in the text.
 */
const FOOTER_WITHOUT_PAGE = new RegExp(String.raw`^${DOCUMENT_NUMBER_SOURCE}[ \t][A-Z]{2,5}(?:\.\d{1,2}|[ \t]\d[A-Z])?[ \t]${FOOTER_LANGUAGES}$`);

/**
 * The footer of a European Council document's first page, its number and language without page or initials
 * (`EUCO 13/10`, then `DE`, as the cover note of its conclusions prints it): read so wherever it stands.
 */
const EUROPEAN_COUNCIL_FOOTER = new RegExp(String.raw`^EUCO[ \t]\d{1,3}/\d{2}[ \t]${FOOTER_LANGUAGES}$`);

/** The most lines of the page's last row `pdftotext` prints between a footer's number and its other pieces (`5.`, `Any other business`). */
const MAX_ROW_LINES = 3;

/** The most pieces a footer has after its number (initials, page, directorate, LIMITE, language). */
const MAX_ROW_PIECES = 5;

/** The most pieces an annex page's footer has after its number (the annex's word besides). */
const MAX_PIECES = 6;

/** Non-blank lines looked at after a footer's number: the row between and the pieces. */
const LOOK_AHEAD = MAX_ROW_LINES + MAX_PIECES;

/**
 * The lines of page footers plain `pdftotext` prints in pieces with blank lines between (`CM 2210/24`, blank, `1`,
 * `EN`), or with the page's last agenda row between the number and the rest (`CM 2843/25`, `5.`, `Any other
 * business`, `1`, `EN`): by index, the number's line and its pieces' lines, never the row between, which stays text.
 * A piece is a short line of footer shape, one of them the language alone; the pieces follow each other (blank lines aside) and, with the number,
 * make a footer. A row between ends at the next document number alone (a row's reference is no footer's number).
 * `labels` are the annex labels the text prints alone on a line (`annexLabels` of `footer-end.ts`): after its language
 * a footer takes only one of them printed above it, never the next page's `ANNEX` heading. `between` is given the lines
 * a footer's pieces stand around that stay text (a table of contents' page numbers, `footerAroundPages`).
 */
export function brokenFooterLines(
  lines: readonly SourceLine[],
  labels: ReadonlyMap<string, number> = new Map(),
  between: Set<number> = new Set(),
): Set<number> {
  const found = new Set<number>();
  for (const [index, entry] of lines.entries()) {
    const number = entry.text.trim();
    if (!NUMBER_ALONE.test(number)) continue;
    const after = filledAfter(lines, index);
    const around = footerPieces(number, after, lines, labels);
    const pieces = around ?? footerAroundPages(number, index, lines) ?? footerAroundColumn(number, index, lines);
    if (pieces === null) continue;
    if (around === null) for (let line = index + 1; line < (pieces[pieces.length - 2] ?? index); line += 1) if (!pieces.includes(line)) between.add(line);
    found.add(index);
    for (const piece of pieces) found.add(piece);
    // A stamp's address a parliament prints on every page (`www.parlament.gv.at`) may stand among the pieces.
    for (let between = index + 1; between < (pieces[pieces.length - 1] ?? index); between += 1) {
      if (CONVERTER_PAGE_MARK.test(lines[between]?.text.trim() ?? '')) found.add(between);
    }
  }
  return found;
}

/** The indices of the next non-blank lines after `index` (a stamp's address aside), up to the next document number alone or with its page. */
function filledAfter(lines: readonly SourceLine[], index: number): number[] {
  const result: number[] = [];
  for (let next = index + 1; next < lines.length && result.length < LOOK_AHEAD; next += 1) {
    const text = lines[next]?.text.trim() ?? '';
    if (text === '' || CONVERTER_PAGE_MARK.test(text)) continue;
    if (NUMBER_ALONE.test(text) || NUMBER_AND_PAGE.test(text.replace(/[ \t]+/g, ' '))) break;
    result.push(next);
  }
  return result;
}

/**
 * The indices of the pieces that make a footer with `number`, or null: the pieces right after it, else a piece or two
 * after it and the others after the rest of a row (`footerAroundRow`), else the pieces after the rest of a row (the
 * longest run at the first place one does).
 */
function footerPieces(number: string, after: readonly number[], lines: readonly SourceLine[], labels: ReadonlyMap<string, number>): number[] | null {
  const text = (index: number): string => lines[index]?.text.trim().replace(/[ \t]+/g, ' ') ?? '';
  const last = Math.min(MAX_ROW_LINES, after.length - 1);
  const from = (start: number): number[] | null => piecesFrom(start, number, after, lines, text, labels);
  return from(0) ?? footerAroundRow(number, after, text) ?? firstOf(1, last, from);
}

/** The first result of `find` from `first` to `last` that is not null, or null. */
function firstOf<T>(first: number, last: number, find: (index: number) => T | null): T | null {
  for (let index = first; index <= last; index += 1) {
    const found = find(index);
    if (found !== null) return found;
  }
  return null;
}

/** The indices of the pieces that make a footer with `number` from `start` on (the longest run that does), or null. */
function piecesFrom(
  start: number,
  number: string,
  after: readonly number[],
  lines: readonly SourceLine[],
  text: (index: number) => string,
  labels: ReadonlyMap<string, number>,
): number[] | null {
  let footer = number;
  const pieces: string[] = [];
  let longest = 0;
  let language = false;
  for (let count = 1; count <= MAX_PIECES && start + count <= after.length; count += 1) {
    const piece = text(after[start + count - 1] ?? -1);
    // Once whole at its language, the footer goes on only with its page or an annex's label repeated (`footer-end.ts`).
    const goesOn = longest === 0 ? 'piece' : footerGoesOn(footer, piece, after[start + count - 1] ?? -1, labels);
    if (goesOn === 'label') longest = count;
    if (!FOOTER_PIECE.test(piece) || goesOn !== 'piece') break;
    footer = `${footer} ${piece}`;
    pieces.push(piece);
    language ||= LANGUAGE_ALONE.test(piece);
    const last = start + count === after.length && isLast(lines, after[start + count - 1] ?? -1);
    if (!language) continue;
    const atNumber =
      start === 0 && ((last && FOOTER_WITHOUT_PAGE.test(footer)) || EUROPEAN_COUNCIL_FOOTER.test(footer) || PAGE_FOOTER.test(inRows(number, pieces)));
    // An annex page's footer, column by column (`16230/25`, `ANNEX`, `JV/mk`, `JAI.1`, `3`, `LIMITE EN`), as inline-footers.ts reads it run together.
    if (((PAGE_FOOTER.test(footer) || atNumber) && count <= MAX_ROW_PIECES) || (start === 0 && isWholeFooter(footer))) longest = count;
  }
  return longest > 0 ? after.slice(start, start + longest) : null;
}

/** The most pages a table of contents lists on one page (its column of page numbers). */
const MAX_CONTENTS_PAGES = 60;

/** A page a table of contents lists alone on its line (`4`, `16`). */
const CONTENTS_PAGE = /^\d{1,3}$/;

/**
 * The pieces of a footer plain `pdftotext` prints around a table of contents' column of page numbers, in a copy that
 * kept no blank line: its number and a piece or two (`6543/25`, `EB/dk`, `JAI.1`), then the column's pages, which
 * stay text (`4`, `6`, `6`, `7` … `16`, in order), then the footer's page and language (`1`, `EN`); null where
 * the lines make no such footer.
 */
function footerAroundPages(number: string, index: number, lines: readonly SourceLine[]): number[] | null {
  const text = (at: number): string => lines[at]?.text.trim().replace(/[ \t]+/g, ' ') ?? '';
  for (let head = 1; head <= MAX_HEAD_PIECES; head += 1) {
    const opening = Array.from({ length: head }, (_, at) => index + 1 + at);
    if (!opening.every((at) => FOOTER_PIECE.test(text(at)) && !CONTENTS_PAGE.test(text(at)))) return null;
    const first = index + 1 + head;
    let at = first;
    while (at < Math.min(lines.length, first + MAX_CONTENTS_PAGES) && CONTENTS_PAGE.test(text(at))) at += 1;
    // the last number before the language is the footer's page; two of the column's at least stand above it, in order
    const page = at - 1;
    if (page - first < 2 || !LANGUAGE_ALONE.test(text(at))) continue;
    const column = lines.slice(first, page).map((line) => Number(line.text.trim()));
    if (column.some((value, position) => position > 0 && value < (column[position - 1] ?? 0))) continue;
    if (isWholeFooter([number, ...opening.map(text), text(page), text(at)].join(' '))) return [...opening, page, at];
  }
  return null;
}

/** The most lines of a table's last column plain `pdftotext` prints between a footer's first pieces and its page (a landscape annex's `Status`). */
const MAX_COLUMN_LINES = 40;

/** The most pieces of a footer plain `pdftotext` prints before a table's column: the annex's word and directorate, the initials, the marking. */
const MAX_COLUMN_HEAD = 3;

/**
 * The pieces of a footer plain `pdftotext` prints around a table's last column on a landscape page, the footer's
 * first column read before the table's last one (`12631/21`, `ANNEX JAI.1`, blank, `KR/mj`, `LIMITE`, blank, then the
 * column's `Status` / `designated` / `pending` …, blank, then `3`, `EN`): the number and two or three pieces, the
 * initials with their slash among them, a blank line, the column's lines, a blank line, the page and the language, the
 * whole a footer (`isWholeFooter`); the column stays text. Null where the lines make no such footer.
 */
function footerAroundColumn(number: string, index: number, lines: readonly SourceLine[]): number[] | null {
  const text = (at: number): string => lines[at]?.text.trim().replace(/[ \t]+/g, ' ') ?? '';
  const filled: number[] = [];
  // whether the first `head` lines are the footer's pieces before the column, the initials with their slash among them
  const opens = (head: number): boolean => {
    const opening = filled.slice(0, head);
    return opening.length === head && opening.every((at) => FOOTER_PIECE.test(text(at))) && opening.some((at) => text(at).includes('/'));
  };
  for (let at = index + 1; at < lines.length && filled.length < MAX_COLUMN_HEAD + MAX_COLUMN_LINES + 2; at += 1) {
    const line = text(at);
    if (line === '') continue;
    if (NUMBER_ALONE.test(line)) break;
    filled.push(at);
    // no opening of two or three pieces (most numbers alone are a header's, its codes under it): the column is not gathered
    if (filled.length === MAX_COLUMN_HEAD && !opens(MAX_COLUMN_HEAD) && !opens(2)) return null;
  }
  // a blank line before `filled[at]`: a block of its own
  const apart = (at: number): boolean => (filled[at] ?? 0) - (filled[at - 1] ?? 0) > 1;
  for (let head = MAX_COLUMN_HEAD; head >= 2; head -= 1) {
    if (!opens(head) || !apart(head)) continue;
    const opening = filled.slice(0, head);
    const page = filled.findIndex(
      (at, position) => position > head && apart(position) && PAGE_ALONE.test(text(at)) && LANGUAGE_ALONE.test(text(filled[position + 1] ?? -1)),
    );
    if (page < 0) continue;
    const [pageLine = -1, languageLine = -1] = filled.slice(page, page + 2);
    if (isWholeFooter([number, ...opening.map(text), text(pageLine), text(languageLine)].join(' '))) return [...opening, pageLine, languageLine];
  }
  return null;
}

/** The most pieces of a footer plain `pdftotext` prints before the rest of a table row a page break cut (`ANNEX`, `JAI.1`). */
const MAX_HEAD_PIECES = 2;

/**
 * The pieces of a footer plain `pdftotext` prints around the rest of a table row the page break cut: a piece or two
 * after the number, the row's lines, then the other pieces (`10512/24 EXT 1`, `ANNEX`, then the row's `Commission and` /
 * `EEAS`, then `TR/kl`, `JAI.1`, `2`, `EN`), the whole a footer in any order the copies print one in, its initials with
 * their slash (`TR/kl`), the row as long as one can be; null where none.
 */
function footerAroundRow(number: string, after: readonly number[], text: (index: number) => string): number[] | null {
  for (let head = 1; head <= MAX_HEAD_PIECES && head < after.length; head += 1) {
    const opening = after.slice(0, head).map(text);
    if (!opening.every((piece) => FOOTER_PIECE.test(piece))) return null;
    // The longest row first: a short cell of the row (`EEAS`) has a piece's shape, and stays the row's.
    for (let row = MAX_ROW_LINES; row >= 1; row -= 1) {
      const rest = after.slice(head + row);
      let footer = [number, ...opening].join(' ');
      for (let count = 1; count <= MAX_PIECES - head && count <= rest.length; count += 1) {
        const piece = text(rest[count - 1] ?? -1);
        if (!FOOTER_PIECE.test(piece)) break;
        footer = `${footer} ${piece}`;
        if (LANGUAGE_ALONE.test(piece) && isWholeFooter(footer)) return [...after.slice(0, head), ...rest.slice(0, count)];
      }
    }
  }
  return null;
}

/**
 * A two-line footer's pieces as plain `pdftotext` prints them, column by column (`16012/25`, `GIP.B`, `ML/ab`, `1`,
 * `EN`: number and directorate, initials and LIMITE, page and language), set back in the order of its rows: number,
 * initials, page, then directorate, LIMITE and language (`16012/25 ML/ab 1 GIP.B EN`).
 */
function inRows(number: string, pieces: readonly string[]): string {
  const [directorate = '', ...rest] = pieces;
  const page = rest.findIndex((piece) => PAGE_ALONE.test(piece));
  if (page < 1 || page !== rest.length - 2) return '';
  return [number, ...rest.slice(0, 1), rest[page], directorate, ...rest.slice(1, page), ...rest.slice(page + 1)].join(' ');
}

/** Whether nothing but blank lines follows line `index`. */
function isLast(lines: readonly SourceLine[], index: number): boolean {
  for (let next = index + 1; next < lines.length; next += 1) if ((lines[next]?.text.trim() ?? '') !== '') return false;
  return true;
}
