import { type Line, lineText } from './pdf-geometry.ts';

/** Running headers and footers live in this fraction of the page height at its top and its bottom. */
const BAND = 0.07;

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

/**
 * Drops page furniture: lines in the header or footer band that every page repeats, page numbers
 * aside — document number, initials, page number, directorate, LIMITE, language.
 * Guarantees: lines outside the bands are kept, in their order.
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
  const furniture = new Set(
    byPage
      .flat()
      .filter((candidate) => byPage.every((others, page) => page === candidate.line.page || others.some((other) => sameFurniture(candidate, other))))
      .map((candidate) => candidate.line),
  );
  return lines.filter((line) => !furniture.has(line));
}
