import { type Line, type Segment, relativeWidth } from './pdf-geometry.ts';
import { append } from '../../../src/shared/lists.ts';

/** A vertical step larger than this many line spacings ends a paragraph. */
export const PARAGRAPH_STEP = 1.3;
/** Glyphs a list item opens with. */
const BULLET_GLYPHS = new Set(['–', '-', '•', '▪', '◦', '○', '·']);
/** Positions closer than this (points) count as aligned. */
const ALIGN_TOLERANCE = 2;
/** Estimated width of a word space, as a fraction of the font size. */
const SPACE_WIDTH = 0.25;
/** Margin of error of the word-width estimate: a line short by less than this share of the next word counts as full. */
const ESTIMATE_SLACK = 1.15;
/** A word that is a web address: broken after a slash, it runs on without a space. */
const URL_PATTERN = /^<?(?:https?:\/\/|www\.)/;
/** A line ending in a word and a hyphen, and a line starting with a small letter: a word broken by hyphenation. */
const HYPHENATED_END = /(\p{L}+)-$/u;
const LOWER_START = /^(\p{Ll}\p{L}*)/u;

/** A line of the output: segments in order; `level` is the list nesting for a list item (glyph removed), else null. */
export interface Row {
  segments: Segment[];
  level: number | null;
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
  /** The usual step between the baselines of two lines of a paragraph. */
  leading: number;
  /** Left and right edges of the body text. */
  left: number;
  right: number;
  /** Distance from a list glyph to its item text: one nesting level. */
  indent: number;
  /** Words of the whole document, to tell a hyphenated compound from a word broken at a line end. */
  vocabulary: ReadonlySet<string>;
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
function isFull(line: Line, next: Line, right: number): boolean {
  const first = next.segments[0] as Segment;
  const word = first.text.split(' ')[0] ?? '';
  // The word's share of its segment's measured width, by the relative widths of their letters.
  const wordWidth = ((first.xEnd - first.x) * relativeWidth(word)) / Math.max(1, relativeWidth(first.text));
  return line.xEnd + line.size * SPACE_WIDTH + wordWidth * ESTIMATE_SLACK > right - ALIGN_TOLERANCE;
}

/** Whether `next` continues the text of `line` (same column, wrapped, same weight), given the right edge. */
function continues(line: Line, next: Line, right: number): boolean {
  if (hasTab(next) || isBullet(next) || (isBullet(line) && line.segments.length === 1)) return false;
  if (Math.abs(next.x - lastCellX(line)) > ALIGN_TOLERANCE) return false;
  if ((line.segments.at(-1)?.bold ?? false) !== (next.segments[0]?.bold ?? false)) return false;
  return isFull(line, next, right);
}

/** How a line end joins the next line: a hyphenated word is made whole (its hyphen dropped), a URL broken after a slash runs on. */
export function joinGap(before: string, after: string, vocabulary: ReadonlySet<string>): { dropHyphen: boolean; gap: '' | ' ' } {
  const broken = HYPHENATED_END.exec(before);
  const tail = LOWER_START.exec(after);
  if (broken && tail) {
    // A compound the document writes whole elsewhere (public-private) keeps its hyphen.
    const isCompound = vocabulary.has(`${broken[1]}-${tail[1]}`) && !vocabulary.has(`${broken[1]}${tail[1]}`);
    return { dropHyphen: !isCompound, gap: '' };
  }
  const lastWord = before.split(/\s/).at(-1) ?? '';
  const runsOn = /\S-$/.test(before) || (URL_PATTERN.test(lastWord) && lastWord.endsWith('/'));
  return { dropHyphen: false, gap: runsOn ? '' : ' ' };
}

/** Appends the segments of a wrapped line to a row, joining the words at the break. */
export function appendSegments(row: Segment[], segments: readonly Segment[], vocabulary: ReadonlySet<string>): void {
  const last = row.at(-1);
  const [first, ...rest] = segments;
  if (!first) return;
  if (!last) {
    row.push({ ...first, gap: '' });
    append(row, rest);
    return;
  }
  const join = joinGap(textOf(row), first.text, vocabulary);
  if (join.dropHyphen) last.text = last.text.slice(0, -1);
  if (last.bold === first.bold && last.sup === first.sup) last.text += join.gap + first.text;
  else row.push({ ...first, gap: join.gap });
  append(row, rest);
}

/** A list item or a table row: a page break inside a list or table does not end it. */
function isListOrTable(row: Row | undefined): boolean {
  return row !== undefined && (row.level !== null || row.segments.some((segment) => segment.gap === '\t'));
}

function newRow(line: Line, context: ParagraphContext): Row {
  if (!isBullet(line)) return { segments: line.segments.map((s) => ({ ...s })), level: null, size: line.size };
  const glyph = line.segments[0] as Segment;
  const level = Math.max(0, Math.round((glyph.x - context.left) / context.indent));
  return { segments: line.segments.slice(1).map((s, index) => ({ ...s, gap: index === 0 ? '' : s.gap })), level, size: line.size };
}

/**
 * Joins visual lines into paragraphs: a paragraph ends at a vertical gap (or a page break that does
 * not continue a wrapped line); inside one, a line that wraps is joined to the next (hyphenated words
 * made whole), other lines (table rows, list items, short lines) stay rows of their own.
 * Guarantees: the text of every line is kept, in order; only line-end hyphens of broken words are removed.
 */
export function buildParagraphs(lines: readonly Line[], context: ParagraphContext): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const samePage = previous?.page === line.page;
    const lastRow = paragraphs.at(-1)?.rows.at(-1);
    const sameBlock =
      previous !== undefined &&
      (samePage
        ? previous.y - line.y <= context.leading * PARAGRAPH_STEP
        : continues(previous, line, context.right) || (isListOrTable(lastRow) && (isBullet(line) || hasTab(line))));
    if (!sameBlock) paragraphs.push({ rows: [], marks: [], pages: [] });
    const paragraph = paragraphs.at(-1) as Paragraph;
    const row = paragraph.rows.at(-1);
    if (row && previous && continues(previous, line, context.right)) appendSegments(row.segments, line.segments, context.vocabulary);
    else paragraph.rows.push(newRow(line, context));
    // A superscript may carry several marks: `18, 19`.
    const marks = line.segments.filter((s) => s.sup).flatMap((s) => s.text.split(/[,\s]+/).filter((mark) => mark !== ''));
    for (const mark of marks) paragraph.marks.push({ page: line.page, mark });
    if (!paragraph.pages.includes(line.page)) paragraph.pages.push(line.page);
  });
  return paragraphs;
}
