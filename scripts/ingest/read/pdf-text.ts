import { splitBulletGlyphs } from './pdf-bullets.ts';
import { topAlignCells } from './pdf-cell-align.ts';
import { dropFurniture } from './pdf-furniture.ts';
import { type PdfFootnote, splitFootnotes } from './pdf-footnotes.ts';
import { type Line, type PdfItem, type Segment, lineText } from './pdf-geometry.ts';
import { splitHeader } from './pdf-header.ts';
import { documentWords } from './pdf-hyphens.ts';
import { groupLines } from './pdf-lines.ts';
import { type PageSize, uprightPages } from './pdf-orientation.ts';
import { PARAGRAPH_STEP, type Paragraph, type ParagraphContext, appendSegments, buildParagraphs, isFull } from './pdf-paragraphs.ts';
import { isBoldHeading } from './pdf-bold-headings.ts';
import { renderRow, renderSegments } from './pdf-render.ts';
import { joinRowsOverPages } from './pdf-row-over-page.ts';
import { largest, smallest } from '../../../src/shared/lists.ts';

/** Lines closer than this fraction of the font size are not a line spacing apart (a shifted baseline). */
const MIN_LEADING = 0.9;
/** Line spacing assumed, as a fraction of the font size, when no two body lines follow each other. */
const DEFAULT_LEADING = 1.2;
/** A line ending this close to the right edge (points) runs to it. */
const EDGE_TOLERANCE = 2;
/** Font sizes closer than this (points) are the same size. */
const SIZE_TOLERANCE = 0.5;
/** Hanging indent assumed for list items when the document has none to measure (points). */
const DEFAULT_INDENT = 28;

/** The value that occurs most often (ties: the smallest), or the fallback for none. */
function mode(values: readonly number[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : fallback;
}

/** The font size carrying most of the text. */
function bodySize(lines: readonly Line[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) weights.set(line.size, (weights.get(line.size) ?? 0) + lineText(line).length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Share of lines that may reach past the right edge of the text (a long URL, an overlong table row). */
const OVERHANG = 0.1;

/** The right edge of a column of text: where its longer lines end, a few overhanging ones aside. */
function rightEdge(lines: readonly Line[]): number {
  const ends = lines.map((line) => line.xEnd).sort((a, b) => a - b);
  return ends[Math.floor((ends.length - 1) * (1 - OVERHANG))] ?? 0;
}

/**
 * A measure of each page's lines (`edge`): taken on the lines of all pages as wide as it, so that the text of a
 * portrait page is not measured against a landscape annex's longer lines, nor the annex's against the body's.
 */
function byPageWidth(lines: readonly Line[], sizes: readonly PageSize[], edge: (lines: readonly Line[]) => number): number[] {
  const widthOf = (page: number) => Math.round(sizes[page]?.width ?? 0);
  const byWidth = new Map<number, Line[]>();
  for (const line of lines) {
    const group = byWidth.get(widthOf(line.page));
    if (group) group.push(line);
    else byWidth.set(widthOf(line.page), [line]);
  }
  const edges = new Map([...byWidth].map(([width, group]) => [width, edge(group)]));
  return sizes.map((_, page) => edges.get(widthOf(page)) ?? edge(lines));
}

/** The right edge of each page's text (rightEdge). */
const pageRights = (lines: readonly Line[], sizes: readonly PageSize[]) => byPageWidth(lines, sizes, rightEdge);

/** Where the longest line of each page's width ends: no wrapped line's next word fits before it. */
const pageReach = (lines: readonly Line[], sizes: readonly PageSize[]) => byPageWidth(lines, sizes, (group) => largest(group.map((line) => line.xEnd)));

/**
 * The usual step between two lines of a paragraph of body text: the commonest step below a line of body size
 * that runs to its page's right edge (a wrapped line, so the next one is the same paragraph's); without wrapped
 * lines, the smallest step between two body-size lines. Where most lines are short (an agenda's items, its notes
 * of one line each), the right edge measured on all lines falls inside the text and a short line over the next
 * paragraph passes for wrapped: then only the lines whose next line's first word would not have fitted before the
 * longest line's end (`reach`) are wrapped, when there are such. Only lines that overlap across the page make a step:
 * a header's right-hand block beside its label table (`COSI` beside `From:`) makes none.
 */
function bodyLeading(lines: readonly Line[], size: number, right: readonly number[], reach: readonly number[]): number {
  const labelled = labelTableLines(lines);
  const steps = lines.slice(1).flatMap((line, index) => {
    const previous = lines[index] as Line;
    const step = Math.round((previous.y - line.y) * 2) / 2;
    const bodyPair = Math.abs(previous.size - size) < SIZE_TOLERANCE && Math.abs(line.size - size) < SIZE_TOLERANCE;
    const wrapped = previous.xEnd >= (right[previous.page] ?? 0) - EDGE_TOLERANCE;
    const full = wrapped && isFull(previous, line, reach[previous.page] ?? 0);
    // Lines side by side in two columns (a header's right-hand block beside its label table) are no step of a paragraph.
    const overlap = Math.min(previous.xEnd, line.xEnd) > Math.max(previous.x, line.x);
    return previous.page === line.page && bodyPair && overlap && step >= size * MIN_LEADING ? [{ step, wrapped, full, header: labelled.has(previous) }] : [];
  });
  // The header's label table may be set tighter than the body: its wrapped values (a subject of three lines) do not
  // set the step of a body that has wrapped lines of its own (a corrigendum's one sentence of two lines).
  const inBody = steps.filter((entry) => entry.wrapped && !entry.header);
  const anywhere = inBody.length > 0 ? inBody : steps.filter((entry) => entry.wrapped);
  const full = anywhere.filter((entry) => entry.full);
  const wrapped = (full.length > 0 ? full : anywhere).map((entry) => entry.step);
  if (wrapped.length > 0) return mode(wrapped, size * DEFAULT_LEADING);
  return steps.length > 0 ? smallest(steps.map((entry) => entry.step)) : size * DEFAULT_LEADING;
}

/** A label of the header's label table as its first cell: `Subject:`, `No. Cion doc.:`. */
const LABEL_CELL = /:$/;

/**
 * The lines of the first page's label table: each line whose first cell is a label with its value after a tab, and
 * the lines right under it that its value wraps onto (they start where the value does).
 */
function labelTableLines(lines: readonly Line[]): Set<Line> {
  const found = new Set<Line>();
  let valueX: number | null = null;
  for (const line of lines) {
    if (line.page !== 0) break;
    const [label, value] = line.segments;
    if (label !== undefined && value?.gap === '\t' && LABEL_CELL.test(label.text.trim())) {
      found.add(line);
      valueX = value.x;
    } else if (valueX !== null && Math.abs(line.x - valueX) <= EDGE_TOLERANCE) found.add(line);
    else valueX = null;
  }
  return found;
}

function context(
  lines: readonly Line[],
  sizes: readonly PageSize[],
  size: number,
  words: ReadonlySet<string>,
  column: ParagraphContext['column'],
): ParagraphContext {
  const pageRight = pageRights(lines, sizes);
  const indents = lines.flatMap((line) =>
    line.segments[1]?.gap === '\t' && line.segments[0]?.text.length === 1 ? [line.segments[1].x - line.segments[0].x] : [],
  );
  return {
    leading: bodyLeading(lines, size, pageRight, pageReach(lines, sizes)),
    size,
    left: smallest(lines.map((line) => line.x)),
    right: rightEdge(lines),
    pageRight,
    column,
    indent: mode(
      indents.map((indent) => Math.round(indent)),
      DEFAULT_INDENT,
    ),
    words,
  };
}

/** A footnote as one line: its mark in superscript, then its lines joined. */
function footnoteText(note: PdfFootnote, words: ReadonlySet<string>): string {
  const text: Segment[] = [];
  for (const line of note.lines) appendSegments(text, line.segments, words);
  const mark: Segment = { text: note.mark, gap: '', x: 0, xEnd: 0, bold: false, sup: true };
  return `${renderSegments([mark])} ${renderSegments(text)}`.trimEnd();
}

/** The right-hand header block line by line, a blank line where the block leaves a gap. */
function columnText(lines: readonly Line[]): string {
  const step = mode(
    lines.slice(1).map((line, index) => Math.round(((lines[index] as Line).y - line.y) * 2) / 2),
    0,
  );
  return lines
    .map((line, index) => {
      const previous = lines[index - 1];
      return (previous && previous.y - line.y > step * PARAGRAPH_STEP ? '\n' : '') + lineText(line);
    })
    .join('\n');
}

const renderParagraph = (paragraph: Paragraph, size: number) => paragraph.rows.map((row) => renderRow(row, size)).join('\n');

/**
 * Text items of a whole PDF → the plain-text export parseDocument reads: the header (the letterhead, the
 * right-hand block line by line, then kind and From/To/Subject), then paragraphs separated by blank lines,
 * each followed by the lines `¹ text` of the footnotes its markers call. Pages are set upright and text printed
 * at an angle across them (watermarks, stamps) dropped (pdf-orientation.ts); page furniture is gone; wrapped
 * lines are joined, words the word processor hyphenated mended (pdf-hyphens.ts); list numbers stay as printed.
 */
export function itemsToText(items: readonly PdfItem[], sizes: readonly PageSize[]): string {
  const upright = uprightPages(items, sizes);
  const pageSizes = upright.sizes;
  const lines = dropFurniture(groupLines(upright.items), pageSizes);
  const size = bodySize(lines);
  const { body, notes } = splitFootnotes(lines, size);
  const header = splitHeader(body, pageSizes[0]?.width ?? 0);
  const words = documentWords(lines);
  const rest = splitBulletGlyphs(topAlignCells(header.rest));
  const paragraphs = joinRowsOverPages(buildParagraphs(rest, context(rest, pageSizes, size, words, header.column)));
  const blocks = [header.letterhead.map(lineText).join('\n'), columnText(header.right)];
  const { called, orphans } = attachFootnotes(paragraphs, notes);
  paragraphs.forEach((paragraph, index) => {
    // an unnumbered heading set in bold body text is written as the heading it is (`## **Presidency report**`)
    const heading = isBoldHeading(paragraph, paragraphs[index + 1]) && !renderParagraph(paragraph, size).startsWith('#');
    blocks.push(`${heading ? '## ' : ''}${renderParagraph(paragraph, size)}`);
    blocks.push((called[index] ?? []).map((note) => footnoteText(note, words)).join('\n'));
  });
  blocks.push(orphans.map((note) => footnoteText(note, words)).join('\n'));
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

/**
 * The footnotes to write after each paragraph: those its markers call on its pages; a footnote no
 * marker calls follows the last paragraph up to its page, or ends the text when there is none: none is lost.
 */
function attachFootnotes(paragraphs: readonly Paragraph[], notes: readonly PdfFootnote[]): { called: PdfFootnote[][]; orphans: PdfFootnote[] } {
  const unused = new Set(notes);
  const called = paragraphs.map((paragraph) =>
    paragraph.marks.flatMap(({ page, mark }) => {
      const note = notes.find((candidate) => unused.has(candidate) && candidate.page === page && candidate.mark === mark);
      if (note) unused.delete(note);
      return note ? [note] : [];
    }),
  );
  const orphans: PdfFootnote[] = [];
  for (const note of unused) {
    const last = paragraphs.findLastIndex((paragraph) => paragraph.pages.some((page) => page <= note.page));
    (called[last] ?? orphans).push(note);
  }
  return { called, orphans };
}
