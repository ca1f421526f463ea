/**
 * The lines of a table of contents that lists a record's items before them, as the register's summary records of
 * 2010–2015 print one (`1. Adoption of the provisional agenda ........ 8`, `2. Report on … .... 9`), so that its entries
 * are read as text and the items under it, numbered afresh, as the items.
 */
import type { SourceLine } from '../normalise.ts';
import { TABLE_OF_CONTENTS_CAPITALS, TABLE_OF_CONTENTS_LINE } from '../text/vocabulary.ts';

/** Dot leaders from their first dot, then a page number of at most three figures (`........ 8`, `. . . . 12`, `…… 9`), anywhere on a line. */
const LEADERS_PAGE = /(?<![.…])(?:\.{4,}|…{2,}|(?:\.[ \t]){3,})[ \t]*\d{1,3}(?![\d/])/u;

/** Whether `line` is a table of contents' heading (TABLE_OF_CONTENTS_LINE, CONTENTS_HEADING, HEADING_OVER_PAGES). */
function isContentsHeading(line: string): boolean {
  if (line.length < 40 && (CONTENTS_HEADING.test(line) || TABLE_OF_CONTENTS_LINE.test(line))) return true;
  return line.length < 200 && HEADING_OVER_PAGES.test(line);
}

/** Whether `line` holds dot leaders before a page number: a literal looked for first, as most lines hold none. */
function hasLeaders(line: string): boolean {
  return (line.includes('....') || line.includes('……') || line.includes('. . .')) && LEADERS_PAGE.test(line);
}

/**
 * A numbered line (`1. Title`, `4 Title`), a word or two maybe before it (`Page 1. Adoption …`, a column's header run
 * on; `TARTALOM Oldal 1. …`, the heading and that word run on with it on a page run into one line): the number.
 */
const NUMBERED = /^[ \t]*(?:\p{L}+[ \t]+){0,2}(\d{1,3})\.?[ \t]+\S/u;

/** A numbered line with nothing before its number (`1. Adoption of the provisional agenda`): the number. */
const NUMBER_FIRST = /^[ \t]*(\d{1,3})\.?[ \t]+\S/u;

/**
 * The column's word for "page" over a table of contents' pages in the versions (`Page`, `Seite`, `Página`, `Pagina`,
 * `Strona`, the Latvian `Lappuse`, Lithuanian `Puslapis`, Hungarian `Oldal`, Estonian `Lehekülg`).
 */
const PAGE_WORD = String.raw`Page|PAGE|Seite|SEITE|Página|Pagina|Strona|Sivu|Sida|Side|Stránka|Strana|Stranica|Stran|Lappuse|Puslapis|Oldal|Lehekülg|Страница|Σελίδα|Blz\.|Bladzijde|Paġna|Leathanach`;

/**
 * A table of contents' heading on its line: its word in the versions (TABLE_OF_CONTENTS_LINE), the word older summary
 * records print over theirs (`SUMMARY`), or the column's word for "page" (PAGE_WORD).
 */
const CONTENTS_HEADING = new RegExp(String.raw`^[ \t]*(?:SUMMARY|${PAGE_WORD})[ \t]*$`, 'u');

/**
 * The contents' heading and the column's word for "page" on one line, as a page run into one line joins them
 * (`SUMMARY Page`, `INHALT Seite`, `ÍNDICE Página`; in -layout the column's gap between them).
 */
const HEADING_OVER_PAGES = new RegExp(String.raw`^[ \t]*(?:SUMMARY|${TABLE_OF_CONTENTS_CAPITALS})[ \t]+(?:${PAGE_WORD})[ \t]*$`, 'u');

/**
 * A page number a word processor's tab set to the right of its entry: after a gap of spaces, as `-layout` prints it, or
 * after one space, as a viewer's copy of that page prints it with its gaps made one (`… items "I" 3`).
 */
const PAGE_AFTER_GAP = /\S[ \t]+\d{1,3}[ \t]*$/u;

/** How many lines under a contents heading its first entry may stand (the column's word for "page" between them). */
const HEADING_LINES = 3;

/** How many lines above a line of dot leaders its entry's number may stand (a title wrapped over its lines). */
const ENTRY_LINES = 3;

/** The fewest lines of dot leaders a table of contents holds. */
const LEAST_ENTRIES = 2;

/**
 * The indexes of `lines` that make a table of contents: from its first entry (a numbered line with dot leaders and a
 * page number, the numbered line up to three lines above one, or the first numbered line under a contents heading) to
 * the line before the first item numbered as that entry is (the list printed afresh under it), holding two lines of
 * dot leaders or more (under a heading, pages set right after a gap count as leaders). Where no item restarts the
 * numbering, nothing is the contents' (its entries may be the items themselves). One pass for the usual text, which has
 * no dot leaders.
 */
export function contentsLines(lines: readonly SourceLine[]): ReadonlySet<number> {
  const found = new Set<number>();
  const text = (at: number): string => lines[at]?.text ?? '';
  for (let at = 0; at < lines.length; at += 1) {
    const headed = isContentsHeading(text(at));
    if (!headed && !hasLeaders(text(at))) continue;
    let start = -1;
    if (headed) {
      for (let below = at + 1; below <= Math.min(lines.length - 1, at + HEADING_LINES) && start < 0; below += 1) if (NUMBERED.test(text(below))) start = below;
    } else {
      for (let above = at; above >= Math.max(0, at - ENTRY_LINES) && start < 0; above -= 1) if (NUMBERED.test(text(above))) start = above;
    }
    const first = NUMBERED.exec(text(start))?.[1];
    if (start < 0 || first === undefined) continue;
    let leaders = 0;
    let end = -1;
    for (let next = start; next < lines.length; next += 1) {
      const line = text(next);
      // under a contents heading, a page set right by a tab marks an entry as leaders do
      if (hasLeaders(line) || (headed && PAGE_AFTER_GAP.test(line))) leaders += 1;
      else if (next > start && NUMBER_FIRST.exec(line)?.[1] === first) {
        end = next;
        break;
      }
    }
    if (end < 0 || leaders < LEAST_ENTRIES) return found;
    for (let inside = start; inside < end; inside += 1) found.add(inside);
    at = end;
  }
  return found;
}
