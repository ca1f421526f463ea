import type { Line, Segment } from './pdf-geometry.ts';
import { LIST_GLYPHS } from './pdf-symbols.ts';

/** A line opening with a list glyph and a space (`– text`), its text set off by less than a tab's width. */
const GLYPH_START = new RegExp(`^([${LIST_GLYPHS.join('').replace('-', '\\-')}]) +(?=\\S)`, 'u');
/** Positions closer than this (points) count as aligned. */
const ALIGN_TOLERANCE = 2;
/** The text of a list item stands this far right of its glyph at most (fraction of the font size). */
const MAX_HANG = 3;

/** The glyph and the text of a line that opens with a list glyph and a space, or null. */
function glyphStart(line: Line): { glyph: string; rest: string } | null {
  const first = line.segments[0];
  const match = first === undefined || first.sup ? null : GLYPH_START.exec(first.text);
  return match ? { glyph: match[1] as string, rest: first!.text.slice(match[0].length) } : null;
}

/** The line with its glyph in a segment of its own and its text as the next cell, starting at `textX`. */
function splitGlyph(line: Line, glyph: string, rest: string, textX: number): Line {
  const [first, ...others] = line.segments as [Segment, ...Segment[]];
  const mark: Segment = { ...first, text: glyph, xEnd: Math.min(first.xEnd, textX) };
  const text: Segment = { ...first, text: rest, gap: '\t', x: textX };
  return { ...line, segments: [mark, text, ...others] };
}

/**
 * Takes a list glyph set close to its text (`– la piattaforma`, one text run with a space) off as the list's
 * glyph, as a glyph set off by a tab is: where the next line hangs under the text after the glyph (the item
 * wraps), and then on every line opening with the same glyph at the same place. A line opening with a dash that
 * its next line does not hang under (a dash wrapped to the start of a line) stays text.
 * Guarantees: every character is kept, in order; only segments are split.
 */
export function splitBulletGlyphs(lines: readonly Line[]): Line[] {
  const places: Array<{ glyph: string; x: number; hang: number }> = [];
  lines.forEach((line, index) => {
    const start = glyphStart(line);
    const next = lines[index + 1];
    if (start === null || next === undefined || next.page !== line.page || glyphStart(next) !== null) return;
    const hang = next.x - line.x;
    if (hang > ALIGN_TOLERANCE && hang <= line.size * MAX_HANG) places.push({ glyph: start.glyph, x: line.x, hang });
  });
  return lines.map((line) => {
    const start = glyphStart(line);
    const place = start && places.find((candidate) => candidate.glyph === start.glyph && Math.abs(candidate.x - line.x) <= ALIGN_TOLERANCE);
    return start && place ? splitGlyph(line, start.glyph, start.rest, line.x + place.hang) : line;
  });
}
