import { PAGE_NUMBER } from '../parse/vocabulary.ts';
import { type Line, lineText } from './pdf-geometry.ts';

/** Running headers and footers live in this fraction of the page height at its top and its bottom. */
const BAND = 0.07;
/** On a one-page document, footer lines stand apart from the text above them by more than this many line heights. */
const FOOTER_GAP = 1.5;

interface BandLine {
  line: Line;
  tokens: string[];
}

/** Whether two lines of different pages say the same, their page numbers aside (`15912/25 EB/dk 1` and `… 2`). */
function sameFurniture(a: BandLine, b: BandLine): boolean {
  return (
    a.tokens.length === b.tokens.length &&
    a.tokens.every((token, index) => token === b.tokens[index] || (token === String(a.line.page + 1) && b.tokens[index] === String(b.line.page + 1)))
  );
}

function inBand(line: Line, pageHeight: number): boolean {
  return line.y < pageHeight * BAND || line.y > pageHeight * (1 - BAND);
}

/** A page number alone (`2`, `- 2 -`, `Page 2 of 5`) that is this page's number. */
function isPageNumber(candidate: BandLine): boolean {
  const text = candidate.tokens.join(' ');
  return PAGE_NUMBER.test(text) && candidate.tokens.some((token) => token.replace(/\D/g, '') === String(candidate.line.page + 1));
}

/** On a one-page document, the band lines set apart from the page's text: the footer below it, the running head above it. */
function setApart(page: readonly Line[], band: ReadonlySet<Line>): Set<Line> {
  const apart = new Set<Line>();
  const sorted = [...page].sort((a, b) => b.y - a.y);
  for (const [order, direction] of [
    [sorted, 1],
    [[...sorted].reverse(), -1],
  ] as const) {
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
 * least), page numbers aside — document number, initials, page number, directorate, LIMITE, language —, a
 * page's own number alone in a band, and on a one-page document the band lines set apart from its text.
 * Guarantees: lines outside the bands are kept, in their order; so is every band line without such evidence.
 */
export function dropFurniture(lines: readonly Line[], pageHeights: readonly number[]): Line[] {
  const byPage = pageHeights.map((): BandLine[] => []);
  for (const line of lines) {
    if (inBand(line, pageHeights[line.page] ?? 0))
      byPage[line.page]?.push({
        line,
        tokens: lineText(line)
          .split(/\s+/)
          .filter((token) => token !== ''),
      });
  }
  const needed = Math.max(2, Math.ceil(pageHeights.length / 2));
  const repeated = byPage
    .flat()
    .filter(
      (candidate) =>
        1 + byPage.filter((others, page) => page !== candidate.line.page && others.some((other) => sameFurniture(candidate, other))).length >= needed,
    );
  const furniture = new Set([...repeated, ...byPage.flat().filter(isPageNumber)].map((candidate) => candidate.line));
  if (pageHeights.length === 1) {
    for (const line of setApart(lines, new Set(byPage.flat().map((candidate) => candidate.line)))) furniture.add(line);
  }
  return lines.filter((line) => !furniture.has(line));
}
