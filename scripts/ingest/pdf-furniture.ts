import { type Line, lineText } from './pdf-geometry.ts';

/** Running headers and footers live in this fraction of the page height at its top and its bottom. */
const BAND = 0.07;

/** A line's text with its page number blanked out, so that `15912/25 EB/dk 1` and `… 2` compare equal. */
function signature(line: Line): string {
  const pageNumber = String(line.page + 1);
  return lineText(line).split(/\s+/).map((token) => (token === pageNumber ? '#' : token)).join(' ');
}

function inBand(line: Line, pageHeight: number): boolean {
  return line.y < pageHeight * BAND || line.y > pageHeight * (1 - BAND);
}

/**
 * Drops page furniture: lines in the header or footer band whose text (page number aside) is on every
 * page — document number, initials, page number, directorate, LIMITE, language.
 * Guarantees: lines outside the bands are kept, in their order.
 */
export function dropFurniture(lines: readonly Line[], pageHeights: readonly number[]): Line[] {
  const pagesWith = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!inBand(line, pageHeights[line.page] ?? 0)) continue;
    const key = signature(line);
    pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(line.page));
  }
  const isFurniture = (line: Line) => inBand(line, pageHeights[line.page] ?? 0)
    && (pagesWith.get(signature(line))?.size ?? 0) === pageHeights.length;
  return lines.filter((line) => !isFurniture(line));
}
