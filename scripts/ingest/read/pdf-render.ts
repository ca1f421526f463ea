import { type Segment, superscript } from './pdf-geometry.ts';
import type { Row } from './pdf-paragraphs.ts';

/** Spaces of indentation per list nesting level in the text. */
const LIST_INDENT = '  ';
/** Heading levels by type size relative to the body, largest first (16, 15, 14, 13 pt over a 12 pt body). */
const HEADING_LEVELS: ReadonlyArray<readonly [number, number]> = [
  [1.29, 1],
  [1.21, 2],
  [1.125, 3],
  [1.04, 4],
];
/** A superscript made of digits only is written with superscript digits; others (`18, 19`) as `^{18, 19}`. */
const DIGITS = /^\d+$/;

/** Segments → text: superscripts as superscript digits, bold runs as `**…**`. */
export function renderSegments(segments: readonly Segment[]): string {
  let out = '';
  let bold = '';
  const flush = () => {
    if (bold === '') return;
    const lead = /^\s*/.exec(bold)?.[0] ?? '';
    const trail = /\s*$/.exec(bold)?.[0] ?? '';
    const core = bold.trim();
    out += core === '' ? bold : `${lead}**${core}**${trail}`;
    bold = '';
  };
  for (const segment of segments) {
    const mark = DIGITS.test(segment.text) ? superscript(segment.text) : `^{${segment.text}}`;
    const text = segment.gap + (segment.sup ? mark : segment.text);
    if (segment.bold && !segment.sup) bold += text;
    else if (segment.sup && bold !== '') bold += text;
    else {
      flush();
      out += text;
    }
  }
  flush();
  return out;
}

/**
 * A row as one line of the plain-text export: list items as `- item` indented two spaces per level, an item with no
 * text (an empty list paragraph) as its glyph as printed (`–`), headings set larger than `bodySize` as `## heading`.
 */
export function renderRow(row: Row, bodySize: number): string {
  const text = renderSegments(row.segments);
  const heading = HEADING_LEVELS.find(([ratio]) => row.size >= bodySize * ratio);
  if (heading) return `${'#'.repeat(heading[1])} ${text}`;
  if (row.level === null) return text;
  return `${LIST_INDENT.repeat(row.level)}${text === '' ? (row.glyph ?? '-') : `- ${text}`}`;
}
