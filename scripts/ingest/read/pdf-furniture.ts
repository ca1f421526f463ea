import { PAGE_NUMBER } from '../parse/text/vocabulary.ts';
import { type Line, lineText } from './pdf-geometry.ts';
import type { PageSize } from './pdf-orientation.ts';

/** Running headers and footers live in this fraction of the page height at its top and its bottom. */
const BAND = 0.07;
/**
 * A running head or foot printed at the same height on every page may stand deeper in the page than BAND (a
 * header inside a wide top margin, `LIMITE` at the top right of each page): in this fraction of the page height at
 * its top and bottom, a line repeated at the same height (within SAME_HEIGHT points) is furniture too.
 */
const WIDE_BAND = 0.12;
const SAME_HEIGHT = 1;
/** On a one-page document, footer lines stand apart from the text above them by more than this many line heights. */
const FOOTER_GAP = 1.5;
/** A footer line another page's adds words to says at least this many words. */
const MIN_EXTENDED_TOKENS = 2;

interface BandLine {
  line: Line;
  tokens: string[];
  /** The line's page number as printed (`2`), and whether the line is in the narrow band. */
  number: string;
  narrow: boolean;
  /** How far the line stands from its page's nearer edge, and whether that is the top: the same on a landscape page as on a portrait one. */
  fromEdge: number;
  top: boolean;
}

/** Whether a token of `a` says what a token of `b` says, each line's own page number standing for the other's. */
function sameToken(a: BandLine, token: string, b: BandLine, other: string | undefined): boolean {
  return token === other || (token === a.number && other === b.number);
}

/** Whether two lines of different pages say the same, their page numbers aside (`15912/25 EB/dk 1` and `… 2`). */
function sameFurniture(a: BandLine, b: BandLine): boolean {
  return a.tokens.length === b.tokens.length && a.tokens.every((token, index) => sameToken(a, token, b, b.tokens[index]));
}

/**
 * Whether `a` says all that a footer line `b` of another page says, of two words or more, with words of its own
 * among them: an annex page's footer (`ANNEX JAI.1 LIMITE EN` beside the other pages' `JAI.1 LIMITE EN`).
 */
function extendsFurniture(a: BandLine, b: BandLine): boolean {
  if (b.tokens.length < MIN_EXTENDED_TOKENS || a.tokens.length <= b.tokens.length) return false;
  let next = 0;
  for (const token of a.tokens) if (next < b.tokens.length && sameToken(a, token, b, b.tokens[next])) next++;
  return next === b.tokens.length;
}

/**
 * Whether a band line is the same running line as one of another page: the same words, or the same with words
 * of its own or the other's (`ANNEX JAI.1 EN` on the annex's pages, `JAI.1 EN` on the others').
 */
function isFurnitureOf(candidate: BandLine, other: BandLine): boolean {
  return sameFurniture(candidate, other) || extendsFurniture(candidate, other) || extendsFurniture(other, candidate);
}

/** The height of the header and footer bands of a page: a share of its longer side, the same on a landscape page. */
function bandHeight(size: PageSize, share = BAND): number {
  return Math.max(size.width, size.height) * share;
}

function inBand(line: Line, size: PageSize, share = BAND): boolean {
  return line.y < bandHeight(size, share) || line.y > size.height - bandHeight(size, share);
}

/**
 * Whether two band lines may be one running head or foot: both in the narrow band, or as far from the same edge of
 * their pages (a running head stands as far below the top of a landscape annex page as of a portrait one).
 */
function samePlace(a: BandLine, b: BandLine): boolean {
  return (a.narrow && b.narrow) || (a.top === b.top && Math.abs(a.fromEdge - b.fromEdge) <= SAME_HEIGHT);
}

/** A page number alone (`2`, `- 2 -`, `Page 2 of 5`) that is this page's number. */
function isPageNumber(candidate: BandLine): boolean {
  const text = candidate.tokens.join(' ');
  return PAGE_NUMBER.test(text) && candidate.tokens.some((token) => token.replace(/\D/g, '') === String(candidate.line.page + 1));
}

/**
 * The band lines set apart from a page's text, from its top (`top`: a stamp above the letterhead) or from both its
 * edges (the footer below the text of a one-page document, the running head above it).
 */
function setApart(page: readonly Line[], band: ReadonlySet<Line>, edges: 'top' | 'both'): Set<Line> {
  const apart = new Set<Line>();
  const sorted = [...page].sort((a, b) => b.y - a.y);
  const directions = [[[...sorted].reverse(), -1] as const, ...(edges === 'both' ? [[sorted, 1] as const] : [])];
  for (const [order, direction] of directions) {
    // From the page edge inward: the band lines before the first gap wider than their line height.
    const run: Line[] = [];
    for (const line of [...order].reverse()) {
      const last = run.at(-1);
      if (last !== undefined && (line.y - last.y) * direction > last.size * FOOTER_GAP) {
        for (const member of run) apart.add(member);
        break;
      }
      if (!band.has(line)) break;
      run.push(line);
    }
  }
  return apart;
}

/**
 * Drops page furniture: lines in the header or footer band that repeat on at least half the pages (two at
 * least), page numbers aside — document number, initials, page number, directorate, LIMITE, language —, or say
 * what such a line says with words of their own (`ANNEX` on an annex's pages) or without them (the body's pages
 * when the annex's pages are the most), a page's own number alone in a
 * band, the band lines set apart above the first page's text (a parliament's registration stamp) and on a
 * one-page document those set apart below it.
 * Guarantees: lines outside the bands are kept, in their order; so is every band line without such evidence.
 */
export function dropFurniture(lines: readonly Line[], sizes: readonly PageSize[]): Line[] {
  const byPage = sizes.map((): BandLine[] => []);
  for (const line of lines) {
    const size = sizes[line.page] ?? { width: 0, height: 0 };
    if (inBand(line, size, WIDE_BAND))
      byPage[line.page]?.push({
        line,
        tokens: lineText(line)
          .split(/\s+/)
          .filter((token) => token !== ''),
        number: String(line.page + 1),
        narrow: inBand(line, size),
        top: line.y > size.height / 2,
        fromEdge: line.y > size.height / 2 ? size.height - line.y : line.y,
      });
  }
  const needed = Math.max(2, Math.ceil(sizes.length / 2));
  const repeated = byPage.flat().filter((candidate) => {
    // Pages counted until there are enough: a long document's footer is found on its first pages.
    let pages = 1;
    for (const [page, others] of byPage.entries()) {
      if (pages >= needed) break;
      if (page !== candidate.line.page && others.some((other) => samePlace(candidate, other) && isFurnitureOf(candidate, other))) pages++;
    }
    return pages >= needed;
  });
  const narrow = byPage.flat().filter((candidate) => candidate.narrow);
  const furniture = new Set([...repeated, ...narrow.filter(isPageNumber)].map((candidate) => candidate.line));
  const firstPage = lines.filter((line) => line.page === 0);
  const firstBand = new Set(narrow.filter((candidate) => candidate.line.page === 0).map((candidate) => candidate.line));
  for (const line of setApart(firstPage, firstBand, sizes.length === 1 ? 'both' : 'top')) furniture.add(line);
  return lines.filter((line) => !furniture.has(line));
}
