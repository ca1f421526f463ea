import { type Line, type Segment, relativeWidth } from './pdf-geometry.ts';
import { joinLineBreak } from './pdf-hyphens.ts';
import { LIST_GLYPHS } from './pdf-symbols.ts';
import { type ColumnEdge, columnEdges, wrappedCells } from './pdf-table-rows.ts';
import { append } from '../../../src/shared/lists.ts';

/** A vertical step larger than this many line spacings ends a paragraph. */
export const PARAGRAPH_STEP = 1.3;
/** Glyphs a list item opens with. */
const BULLET_GLYPHS = new Set(LIST_GLYPHS);
/** Positions closer than this (points) count as aligned. */
const ALIGN_TOLERANCE = 2;
/** A line end that only a wrap makes: a letter, then a hyphen (`secu-`) or a soft hyphen, with no space before it. */
const HYPHEN_END = /\p{L}[-\u00AD]$/u;
/** A line start a hyphenated line end goes on with: a letter. */
const LETTER_START = /^\p{L}/u;
/**
 * A line that opens with an item's or a point's label (`3. EU Policy Cycle`, `3.1 Drugs`, `II. Items`, `(a) Cybercrime`,
 * `b) Vorstellung`, `(ii) the plan`) and a word: a unit of its own after a sentence's end, however full the line before.
 */
const OPENS_ITEM =
  /^(?:(?:\d{1,3}(?:\.\d{1,3}){0,3}\.|[IVX]{1,5}\.|\d{1,3}\)|\(?[a-z]{1,2}\)|\((?:[ivx]{1,5}|\d{1,3})\))[ \t]+[\p{L}(„“"«‘]|\d{1,3}\.\d{1,3}[ \t]+\p{Lu})/u;
/** A line that ends a sentence or a lead (`… in May.`, `… the following:`, `…;`), closing brackets or quotes after it. */
const ENDS_SENTENCE = /[.:;!?][)\]"'”’»]*$/u;
/** Estimated width of a word space, as a fraction of the font size. */
const SPACE_WIDTH = 0.25;
/** Margin of error of the word-width estimate: a line short by less than this share of the next word counts as full. */
const ESTIMATE_SLACK = 1.15;

/** A line of the output: segments in order; `level` is the list nesting for a list item (glyph removed), else null. */
export interface Row {
  segments: Segment[];
  level: number | null;
  /** A list item's glyph as printed (`–`, `•`): written where the item has no text (a word processor's empty list paragraph). */
  glyph?: string;
  /** Font size of the row's first line: headings are set larger than the body. */
  size: number;
}

/** Consecutive rows with no paragraph break between them, and the footnote marks they carry. */
export interface Paragraph {
  rows: Row[];
  marks: Array<{ page: number; mark: string }>;
  pages: number[];
}

/** What the joiner knows of the document: its spacing and margins, and the words it uses. */
export interface ParagraphContext {
  /** The usual step between the baselines of two lines of a paragraph of body text ... */
  leading: number;
  /** ... whose type is this size; larger type (headings) has its step scaled up. */
  size: number;
  /** Left and right edges of the body text. */
  left: number;
  right: number;
  /** The right edge of each page's text, by page index, where pages differ in width (a landscape annex): else `right`. */
  pageRight: readonly number[];
  /** A column on the first page (the header's right-hand block) that text beside it, above `bottom`, ends before. */
  column: { edge: number; bottom: number } | null;
  /** Distance from a list glyph to its item text: one nesting level. */
  indent: number;
  /** Words of the whole document (documentWords), to tell a hyphenated compound from a word broken at a line end. */
  words: ReadonlySet<string>;
}

const textOf = (segments: readonly Segment[]) => segments.map((s) => s.gap + s.text).join('');
const hasTab = (line: Line) => line.segments.some((segment, index) => index > 0 && segment.gap === '\t');
const isBullet = (line: Line) => BULLET_GLYPHS.has(line.segments[0]?.text ?? '') && (line.segments.length === 1 || line.segments[1]?.gap === '\t');

/** Where the text that wraps onto the next line starts: the last cell of the line. */
function lastCellX(line: Line): number {
  const cells = line.segments.filter((segment, index) => index === 0 || segment.gap === '\t');
  return cells.at(-1)?.x ?? line.x;
}

/** Whether the first word of `next` would have fitted at the end of `line`: if not, `line` was wrapped. */
export function isFull(line: Line, next: Line, right: number): boolean {
  const first = next.segments[0] as Segment;
  const word = first.text.split(' ')[0] ?? '';
  // The word's share of its segment's measured width, by the relative widths of their letters.
  const wordWidth = ((first.xEnd - first.x) * relativeWidth(word)) / Math.max(1, relativeWidth(first.text));
  return line.xEnd + line.size * SPACE_WIDTH + wordWidth * ESTIMATE_SLACK > right - ALIGN_TOLERANCE;
}

/** The right edge the text of a line runs to: the page's, or the column's beside which it stands. */
function rightOf(line: Line, context: ParagraphContext): number {
  const { column } = context;
  const beside = column !== null && line.page === 0 && line.y >= column.bottom && line.xEnd < column.edge;
  return beside ? column.edge : (context.pageRight[line.page] ?? context.right);
}

/**
 * The right edge the last cell of a line runs to: the edge of the table column it starts (columnEdges) where that is
 * short of the page's, a table narrower than its page wrapping its cells there; else the page's (rightOf).
 */
function rightOfCell(line: Line, context: ParagraphContext, edges: ReadonlyMap<number, readonly ColumnEdge[]>): number {
  const page = rightOf(line, context);
  const x = lastCellX(line);
  const column = edges.get(line.page)?.find((edge) => Math.abs(edge.x - x) <= ALIGN_TOLERANCE);
  return column !== undefined && column.right < page ? column.right : page;
}

/**
 * Whether a line ends on a hyphen after a letter and the next starts with a letter: a word broken where a cell
 * narrower than the text wraps it (a header table's value column), whatever the right edge.
 */
function endsHyphenated(line: Line, next: Line): boolean {
  return HYPHEN_END.test(line.segments.at(-1)?.text ?? '') && LETTER_START.test(next.segments[0]?.text ?? '');
}

/**
 * Whether `next` opens a numbered or lettered unit after a line that ends a sentence: a plain-text export sets the item
 * number in the text's own line (`3. EU Policy Cycle/EMPACT`), which a full line before would otherwise take as its wrap.
 */
function opensItemAfterSentence(line: Line, next: Line): boolean {
  return ENDS_SENTENCE.test(line.segments.at(-1)?.text.trimEnd() ?? '') && OPENS_ITEM.test(next.segments[0]?.text ?? '');
}

/** Whether `next` continues the text of `line` (same column, wrapped, same weight), given the right edge. */
function continues(line: Line, next: Line, right: number): boolean {
  if (hasTab(next) || isBullet(next) || (isBullet(line) && line.segments.length === 1)) return false;
  if (Math.abs(next.x - lastCellX(line)) > ALIGN_TOLERANCE) return false;
  if ((line.segments.at(-1)?.bold ?? false) !== (next.segments[0]?.bold ?? false)) return false;
  if (opensItemAfterSentence(line, next)) return false;
  return isFull(line, next, right) || endsHyphenated(line, next);
}

/** Appends the segments of a wrapped line to a row, joining the words at the break. */
export function appendSegments(row: Segment[], segments: readonly Segment[], words: ReadonlySet<string>): void {
  const last = row.at(-1);
  const [opening, ...rest] = segments;
  if (!opening) return;
  if (!last) {
    row.push({ ...opening, gap: '' });
    append(row, rest);
    return;
  }
  const join = joinLineBreak(textOf(row), opening.text, words);
  // The next line's first letter as the whole word spells it (a Dutch diaeresis hyphenation dropped).
  const first = join.first === undefined ? opening : { ...opening, text: `${join.first}${opening.text.slice(1)}` };
  last.text = last.text.slice(0, last.text.length - join.cut);
  if (last.bold === first.bold && last.sup === first.sup) last.text += join.insert + first.text;
  else if (join.insert === '-') {
    last.text += '-';
    row.push({ ...first, gap: '' });
  } else row.push({ ...first, gap: join.insert });
  append(row, rest);
}

/** A list item or a table row. */
function isListOrTable(row: Row | undefined): boolean {
  return row !== undefined && (row.level !== null || row.segments.some((segment) => segment.gap === '\t'));
}

/**
 * Whether the first line of a page goes on with the paragraph the page before ended with (a page break
 * shows no paragraph gap): the next row of a list or table set without gaps (two rows or more already), or a
 * line under a later cell of the last row (an agenda item's document line).
 */
function continuesOverPage(rows: readonly Row[], line: Line): boolean {
  const last = rows.at(-1);
  const tight = rows.length > 1 && isListOrTable(last) && (isBullet(line) || hasTab(line));
  return tight || (!isBullet(line) && !hasTab(line) && underCell(line, last));
}

/** Whether a line starts where a later cell of the row above starts (a value's second line, an item's document line). */
function underCell(line: Line, above: Row | undefined): boolean {
  return above !== undefined && above.segments.some((segment) => segment.gap === '\t' && Math.abs(segment.x - line.x) <= ALIGN_TOLERANCE);
}

/**
 * The segments of the cell of a table row that a one-cell line wraps from: the line starts where a cell of the
 * row starts that is not its last (the last cell's next line may be a line of its own: an agenda item's
 * document); null when there is none.
 */
function wrappedCell(row: Row, line: Line): { start: number; end: number } | null {
  if (hasTab(line) || isBullet(line) || row.level !== null) return null;
  const starts = row.segments.flatMap((segment, index) => (index === 0 || segment.gap === '\t' ? [index] : []));
  const at = starts.findIndex((index) => Math.abs((row.segments[index] as Segment).x - line.x) <= ALIGN_TOLERANCE);
  const next = starts[at + 1];
  return at < 0 || next === undefined ? null : { start: starts[at] as number, end: next };
}

/** Joins a wrapped cell's next line to the cell, inside its row, as a wrapped line joins its paragraph. */
function appendToCell(row: Row, cell: { start: number; end: number }, line: Line, words: ReadonlySet<string>): void {
  const segments = row.segments.slice(cell.start, cell.end);
  appendSegments(segments, line.segments, words);
  row.segments.splice(cell.start, cell.end - cell.start, ...segments);
}

function newRow(line: Line, context: ParagraphContext, above: Row | undefined): Row {
  if (!isBullet(line)) {
    // A single-cell line under a later cell keeps its indentation as a tab, as the text exports write it.
    const indent = !hasTab(line) && underCell(line, above) && line.x > context.left + ALIGN_TOLERANCE;
    return { segments: line.segments.map((s, index) => ({ ...s, gap: index === 0 && indent ? '\t' : s.gap })), level: null, size: line.size };
  }
  const glyph = line.segments[0] as Segment;
  const level = Math.max(0, Math.round((glyph.x - context.left) / context.indent));
  return { segments: line.segments.slice(1).map((s, index) => ({ ...s, gap: index === 0 ? '' : s.gap })), level, size: line.size, glyph: glyph.text };
}

/**
 * Joins visual lines into paragraphs: a paragraph ends at a vertical gap (or a page break that does
 * not continue a wrapped line); inside one, a line that wraps is joined to the next (hyphenated words
 * made whole), so is a table cell's next line to its cell, other lines (table rows, list items, short
 * lines) stay rows of their own.
 * Guarantees: the text of every line is kept, in order; only line-end hyphens of broken words are removed.
 */
export function buildParagraphs(lines: readonly Line[], context: ParagraphContext): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const edges = columnEdges(lines);
  const right = (line: Line) => rightOfCell(line, context, edges);
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const samePage = previous?.page === line.page;
    const lastRows = paragraphs.at(-1)?.rows ?? [];
    const sameBlock =
      previous !== undefined &&
      (samePage
        ? previous.y - line.y <= (context.leading * PARAGRAPH_STEP * Math.max(previous.size, line.size, context.size)) / context.size
        : continues(previous, line, right(previous)) || continuesOverPage(lastRows, line));
    if (!sameBlock) paragraphs.push({ rows: [], marks: [], pages: [] });
    const paragraph = paragraphs.at(-1) as Paragraph;
    const row = paragraph.rows.at(-1);
    const cell = row && sameBlock && samePage ? wrappedCell(row, line) : null;
    const cells = row && previous && sameBlock && samePage && cell === null ? wrappedCells(row.segments, previous, line, right(previous)) : null;
    if (row && cell) appendToCell(row, cell, line, context.words);
    else if (row && cells) {
      // From the last cell back, so that the indices of the cells before stay right.
      for (const { into, from } of [...cells].reverse())
        appendToCell(row, into, { ...line, segments: line.segments.slice(from.start, from.end) }, context.words);
    } else if (row && previous && continues(previous, line, right(previous))) appendSegments(row.segments, line.segments, context.words);
    else paragraph.rows.push(newRow(line, context, row));
    // A superscript may carry several marks: `18, 19`.
    const marks = line.segments.filter((s) => s.sup).flatMap((s) => s.text.split(/[,\s]+/).filter((mark) => mark !== ''));
    for (const mark of marks) paragraph.marks.push({ page: line.page, mark });
    if (!paragraph.pages.includes(line.page)) paragraph.pages.push(line.page);
  });
  return paragraphs;
}
