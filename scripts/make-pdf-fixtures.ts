/**
 * Writes tests/fixtures/pdf/: one PDF per seed text of content/sources/, laid out as the Council's
 * documents are (A4, right-hand header block, From/To/Subject block, footer on every page, footnotes
 * at the page foot, superscript markers, hyphenated line ends), plus a scanned page with no text layer.
 * Deterministic: fixed dates and no document id, so regenerating changes no byte.
 * Run with `npm run fixtures:pdf` (or `tsx scripts/make-pdf-fixtures.ts DIR` to write them elsewhere).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';

const SOURCES_DIR = 'content/sources';
/** The text sources a fixture is made from (both export styles). */
const TEXT_SOURCE = /\.(?:txt|md)$/;
const OUT_DIR = process.argv[2] ?? 'tests/fixtures/pdf';
/** Name of the image-only fixture. */
const SCANNED_NAME = 'scanned.pdf';
/** Written into every fixture's Info dictionary instead of the time of the run. */
const FIXED_DATE = new Date('2025-12-01T00:00:00Z');

/** A4 in points, and the type area the Council's templates use. */
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const LEFT = 70.87;
const RIGHT = PAGE_WIDTH - 70.87;
const TOP = PAGE_HEIGHT - 70.87;
/** Lowest baseline of body text and footnotes; the footer sits below it. */
const BOTTOM = 70;
/** Baselines of the two footer lines. */
const FOOTER_Y = [44, 32] as const;

const BODY_SIZE = 12;
/** Markdown heading levels of the seeds as type sizes, the way a word processor's heading styles set them. */
const HEADING_SIZES: Record<number, number> = { 1: 16, 2: 15, 3: 14, 4: 13 };
const LEADING = 15;
/** Extra space between paragraphs: what tells the reader a paragraph ends. */
const PARAGRAPH_GAP = 9;
const NOTE_SIZE = 10;
/** Tables (the table of contents) are set a little smaller so that long titles keep to one line. */
const TABLE_SIZE = 11;
const NOTE_LEADING = 11.5;
/** Superscript markers: a smaller size on a raised baseline. */
const SUP_SCALE = 0.6;
const SUP_RAISE = 0.35;
/** Hanging indent of list items and footnote texts. */
const INDENT = 28.35;
const NOTE_INDENT = 14.2;

/** Header geometry: the right-hand block (date, number, codes) beside the From/To/Subject block. */
const RIGHT_COLUMN_X = 340;
const RIGHT_LEADING = 13.8;
const LABEL_VALUE_X = LEFT + 99.2;
const LEFT_COLUMN_RIGHT = 318;

/** The footer's fixed parts: author initials and directorate (the seed texts do not carry them). */
const INITIALS = 'EB/dk';
const DIRECTORATE = 'JAI.1';

/** Labels of the From/To block, in the form the seeds write them. */
const LABEL_PATTERN = /^(From|On|To|No\. prev\. doc\.|Subject)\s*:\s*(.*)$/;
/** `(OR. en)`: the original language, which the footer repeats in capitals. */
const LANGUAGE_PATTERN = /^\(OR\. [a-z]{2}\)$/i;
/** The document number line: `15912/25`, `14470/1/25 REV 1`. */
const NUMBER_PATTERN = /^\d+\/(?:\d+\/)?\d{2}\b/;
/** Footnote definition lines: `¹ text` or `<sup>1</sup> text`. */
const FOOTNOTE_PATTERN = /^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|<sup>(\d+)<\/sup>)\s*(.*)$/;
/** Numbered headings drawn bold: `1. Adoption of the agenda`, `2.1 Future of internal security`. */
const NUMBERED_HEADING_PATTERN = /^(?:\d+\.|\d+(?:\.\d+)+\.?)\s+[A-Z][^.]*[^.:;,]$/;
/** A list item, nested two spaces per level; a bare dash is an empty item. */
const BULLET_PATTERN = /^( *)[-*](?: +(.*))?$/;
/** The glyph a list item is drawn with. */
const BULLET_GLYPH = '–';
/** Superscript digits, index = digit: how the plain-text seeds write footnote markers. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Accents WinAnsi can draw as spacing glyphs, keyed by the combining mark they stand for. */
const SPACING_ACCENTS: Record<string, string> = {
  '\u0300': '`', '\u0301': '´', '\u0302': 'ˆ', '\u0303': '˜', '\u0308': '¨', '\u0327': '¸',
};

interface Run { text: string; bold: boolean; sup: boolean }
type Block =
  | { kind: 'paragraph'; runs: Run[]; size: number }
  | { kind: 'bullet'; level: number; runs: Run[] }
  | { kind: 'table'; cells: string[] }
  /** Where a footnote is defined: it is set there when no marker in the text calls it. */
  | { kind: 'note'; mark: string };
interface Seed {
  right: Array<{ text: string; bold: boolean }>;
  kindLine: string;
  labels: Array<[string, string]>;
  number: string;
  limite: boolean;
  language: string;
  blocks: Block[][];
  footnotes: Map<string, Run[]>;
}
interface Fonts { regular: PDFFont; bold: PDFFont }

/** Inline markup of the seeds → runs: `**bold**`, `<sup>1</sup>`, `¹`, `^{18, 19}`, `[text](#)`, `<url>`, `\*`. */
function parseInline(source: string): Run[] {
  const runs: Run[] = [];
  let isBold = false;
  let text = '';
  const flush = () => { if (text !== '') runs.push({ text, bold: isBold, sup: false }); text = ''; };
  for (let i = 0; i < source.length; i++) {
    const rest = source.slice(i);
    const sup = /^<sup>(\d+)<\/sup>/.exec(rest) ?? /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/.exec(rest) ?? /^\^\{([^}]+)\}/.exec(rest);
    const link = /^\[([^\]]+)\]\([^)]*\)/.exec(rest);
    const url = /^<(https?:\/\/[^>]+)>/.exec(rest);
    if (rest.startsWith('**')) { flush(); isBold = !isBold; i++; }
    else if (sup) {
      flush();
      const digits = [...(sup[1] ?? '')].map((c) => { const d = SUPERSCRIPT_DIGITS.indexOf(c); return d < 0 ? c : String(d); }).join('');
      runs.push({ text: digits, bold: isBold, sup: true });
      i += sup[0].length - 1;
    } else if (link) { text += link[1]; i += link[0].length - 1; }
    else if (url) { text += url[1]; i += url[0].length - 1; }
    else if (rest[0] === '\\' && rest.length > 1) { text += rest[1]; i++; }
    else text += rest[0];
  }
  flush();
  return runs;
}

/** Splits a seed text into its header fields, body blocks and footnote definitions. */
function parseSeed(source: string): Seed {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.replace(/\s+$/, ''));
  const clean = (line: string) => line.replace(/^#+\s*/, '').replaceAll('**', '').trim();
  const firstLabel = lines.findIndex((line) => LABEL_PATTERN.test(clean(line)));
  const subject = lines.findIndex((line) => clean(line).startsWith('Subject'));
  let headerEnd = subject + 1;
  while (headerEnd < lines.length && (lines[headerEnd] ?? '').trim() !== '') headerEnd++;
  const top = lines.slice(0, firstLabel).map(clean).filter((line) => line !== '' && line !== '---');
  const kindLine = top.pop() ?? '';
  const labels: Array<[string, string]> = [];
  for (const line of lines.slice(firstLabel, headerEnd).map(clean)) {
    const match = LABEL_PATTERN.exec(line);
    const last = labels.at(-1);
    if (match) labels.push([`${match[1]}:`, match[2] ?? '']);
    else if (last && line !== '' && line !== '---') last[1] = `${last[1]} ${line}`;
  }
  const number = top.find((line) => NUMBER_PATTERN.test(line)) ?? '';
  const language = LANGUAGE_PATTERN.exec(top.find((line) => LANGUAGE_PATTERN.test(line)) ?? '(OR. en)')?.[0].slice(5, 7) ?? 'en';
  const right = top.map((text) => ({ text, bold: text === number || text === 'LIMITE' }));
  const footnotes = new Map<string, Run[]>();
  const blocks: Block[][] = [];
  let current: Block[] = [];
  // Lines of the paragraph being read: parsed together, so that `**bold**` may span them.
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(' ');
    const level = /^(#+)\s/.exec(text)?.[1]?.length ?? 0;
    const heading = level > 0 || NUMBERED_HEADING_PATTERN.test(clean(text));
    const runs = parseInline(text.replace(/^#+\s*/, ''));
    const size = HEADING_SIZES[level] ?? BODY_SIZE;
    current.push({ kind: 'paragraph', runs: heading ? runs.map((run) => ({ ...run, bold: true })) : runs, size });
    paragraph = [];
  };
  const endBlock = () => { endParagraph(); if (current.length > 0) blocks.push(current); current = []; };
  for (const raw of lines.slice(headerEnd)) {
    if (raw.trim() === '' || raw.trim() === '---') { endBlock(); continue; }
    const note = FOOTNOTE_PATTERN.exec(raw);
    const bullet = BULLET_PATTERN.exec(raw);
    if (note) {
      endParagraph();
      const mark = note[1] ? [...note[1]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('') : (note[2] ?? '');
      footnotes.set(mark, parseInline(note[3] ?? ''));
      current.push({ kind: 'note', mark });
    } else if (raw.includes('\t')) { endParagraph(); current.push({ kind: 'table', cells: raw.split('\t') }); }
    else if (bullet) { endParagraph(); current.push({ kind: 'bullet', level: Math.floor((bullet[1] ?? '').length / 2), runs: parseInline(bullet[2] ?? '') }); }
    else paragraph.push(raw);
  }
  endBlock();
  return { right, kindLine, labels, number, limite: top.includes('LIMITE'), language, blocks, footnotes };
}

/** A word of a line: pieces of one style each, drawn without spaces between them. */
type Word = Run[];
interface PlacedLine { words: Word[]; x: number; size?: number }

function fontOf(fonts: Fonts, run: Run): PDFFont { return run.bold ? fonts.bold : fonts.regular; }

/** Characters WinAnsi cannot encode are measured and drawn as their base letter (the accent is overlaid). */
function baseText(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  return [...text].map((c) => (known.has(c.codePointAt(0) ?? 0) ? c : (c.normalize('NFD')[0] ?? '?'))).join('');
}

function runWidth(fonts: Fonts, run: Run, size: number): number {
  const font = fontOf(fonts, run);
  return font.widthOfTextAtSize(baseText(run.text, font), run.sup ? size * SUP_SCALE : size);
}

function wordWidth(fonts: Fonts, word: Word, size: number): number {
  return word.reduce((sum, run) => sum + runWidth(fonts, run, size), 0);
}

/** Runs → words (split at spaces; superscript markers stay attached to their word). */
function toWords(runs: Run[]): Word[] {
  const words: Word[] = [[]];
  for (const run of runs) {
    const parts = run.sup ? [run.text] : run.text.split(' ');
    parts.forEach((part, index) => {
      if (index > 0) words.push([]);
      if (part !== '') words.at(-1)?.push({ ...run, text: part });
    });
  }
  return words.filter((word) => word.length > 0);
}

/** Where a word may break, around `|`: a vowel before a consonant and vowel (re|fe) or between two consonants (com|mittee). */
const SYLLABLE_BREAK = /(?:[aeiouy]\||[aeiouy][^aeiouy]\|)[^aeiouy][aeiouy]/i;

/** Splits a long plain word at a syllable break, so that the head plus a hyphen fits. */
function hyphenate(fonts: Fonts, word: Word, room: number, size: number): [Word, Word] | null {
  const run = word[0];
  if (word.length !== 1 || !run || run.sup || !/^[A-Za-z][a-z]{7,}[,.;:]?$/.test(run.text)) return null;
  for (let cut = run.text.replace(/[,.;:]$/, '').length - 4; cut >= 4; cut--) {
    const head = run.text.slice(0, cut);
    const isSyllable = SYLLABLE_BREAK.test(`${run.text.slice(cut - 2, cut)}|${run.text.slice(cut, cut + 2)}`);
    if (isSyllable && wordWidth(fonts, [{ ...run, text: `${head}-` }], size) <= room) {
      return [[{ ...run, text: `${head}-` }], [{ ...run, text: run.text.slice(cut) }]];
    }
  }
  return null;
}

/** Breaks a URL after its slashes so that every piece fits the width. */
function breakUrl(fonts: Fonts, word: Word, width: number, size: number): Word[] {
  const run = word[0];
  if (word.length !== 1 || !run || wordWidth(fonts, word, size) <= width) return [word];
  const pieces: Word[] = [];
  let rest = run.text;
  while (wordWidth(fonts, [{ ...run, text: rest }], size) > width) {
    let cut = rest.lastIndexOf('/');
    while (cut > 0 && wordWidth(fonts, [{ ...run, text: rest.slice(0, cut + 1) }], size) > width) cut = rest.lastIndexOf('/', cut - 1);
    if (cut <= 0) break;
    pieces.push([{ ...run, text: rest.slice(0, cut + 1) }]);
    rest = rest.slice(cut + 1);
  }
  pieces.push([{ ...run, text: rest }]);
  return pieces;
}

/** Greedy line breaking with hyphenation; a URL piece ending in `/` runs on without a space. */
function breakLines(fonts: Fonts, runs: Run[], width: number, size: number): Word[][] {
  const space = fonts.regular.widthOfTextAtSize(' ', size);
  const lines: Word[][] = [[]];
  let used = 0;
  const queue = toWords(runs).flatMap((word) => breakUrl(fonts, word, width, size));
  while (queue.length > 0) {
    const word = queue.shift() as Word;
    const line = lines.at(-1) as Word[];
    const gap = line.length === 0 ? 0 : space;
    const needed = wordWidth(fonts, word, size);
    if (line.length === 0 || used + gap + needed <= width) { line.push(word); used += gap + needed; continue; }
    const split = hyphenate(fonts, word, width - used - gap, size);
    if (split) { line.push(split[0]); queue.unshift(split[1]); }
    else queue.unshift(word);
    lines.push([]);
    used = 0;
  }
  return lines.filter((line) => line.length > 0);
}

/** Draws one run, overlaying spacing accents for the letters WinAnsi lacks (ń = n + ´). */
function drawRun(page: PDFPage, fonts: Fonts, run: Run, x: number, y: number, size: number): number {
  const font = fontOf(fonts, run);
  const runSize = run.sup ? size * SUP_SCALE : size;
  const baseline = run.sup ? y + size * SUP_RAISE : y;
  let pending = '';
  let at = x;
  const flush = () => {
    if (pending === '') return;
    page.drawText(pending, { x: at, y: baseline, size: runSize, font });
    at += font.widthOfTextAtSize(pending, runSize);
    pending = '';
  };
  for (const c of run.text) {
    const base = baseText(c, font);
    const accent = SPACING_ACCENTS[c.normalize('NFD').slice(1)];
    pending += base;
    if (base === c || !accent) continue;
    // The accented letter ends a text run and the accent is drawn over it, as composing typesetters do.
    flush();
    const letter = font.widthOfTextAtSize(base, runSize);
    page.drawText(accent, { x: at - letter + (letter - font.widthOfTextAtSize(accent, runSize)) / 2, y: baseline, size: runSize, font });
  }
  flush();
  return runWidth(fonts, run, size);
}

/** Draws a line as few text runs as its styles allow, the spaces between words drawn as text. */
function drawLine(page: PDFPage, fonts: Fonts, line: PlacedLine, y: number, size: number): void {
  const runs: Run[] = [];
  line.words.forEach((word, index) => {
    word.forEach((run, part) => {
      const text = index > 0 && part === 0 ? ` ${run.text}` : run.text;
      const last = runs.at(-1);
      if (last && last.bold === run.bold && last.sup === run.sup && !run.sup) last.text += text;
      else if (text.startsWith(' ') && last && !last.sup) { last.text += ' '; runs.push({ ...run, text: run.text }); }
      else runs.push({ ...run, text });
    });
  });
  let x = line.x;
  for (const run of runs) x += drawRun(page, fonts, run, x, y, size);
}

/** Lays a document out page by page: header on page 1, body blocks, footnotes at the foot of their marker's page. */
class Layout {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = TOP;
  private notes: Array<{ mark: string; lines: Word[][] }> = [];
  private notesHeight = 0;

  constructor(private readonly doc: PDFDocument, private readonly fonts: Fonts, private readonly seed: Seed) {
    this.newPage();
  }

  newPage(): void {
    if (this.pages.length > 0) this.finishPage();
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(this.page);
    this.y = TOP;
  }

  /** The header: right-hand block first from the top, the From/To block beside it from the number down. */
  header(): void {
    const { fonts, seed } = this;
    let right = TOP;
    let left = TOP;
    for (const line of seed.right) {
      if (line.text === seed.number) { right -= RIGHT_LEADING; left = right - RIGHT_LEADING; }
      this.page.drawText(baseText(line.text, fonts.regular), { x: RIGHT_COLUMN_X, y: right, size: BODY_SIZE, font: line.bold ? fonts.bold : fonts.regular });
      right -= RIGHT_LEADING;
      if (line.text === seed.number || line.text === 'LIMITE') right -= RIGHT_LEADING;
    }
    drawLine(this.page, fonts, { x: LEFT, words: toWords([{ text: seed.kindLine, bold: true, sup: false }]) }, left, BODY_SIZE);
    left -= LEADING + PARAGRAPH_GAP;
    for (const [label, value] of seed.labels) {
      this.page.drawText(label, { x: LEFT, y: left, size: BODY_SIZE, font: fonts.regular });
      for (const words of breakLines(fonts, parseInline(value), LEFT_COLUMN_RIGHT - LABEL_VALUE_X, BODY_SIZE)) {
        drawLine(this.page, fonts, { x: LABEL_VALUE_X, words }, left, BODY_SIZE);
        left -= LEADING;
      }
    }
    this.y = Math.min(left, right) - LEADING - PARAGRAPH_GAP;
  }

  private floor(extraNotes: number): number {
    const notes = this.notesHeight + extraNotes;
    return BOTTOM + (notes > 0 ? notes + NOTE_LEADING : 0);
  }

  private noteLines(mark: string): Word[][] {
    const runs = this.seed.footnotes.get(mark) ?? [];
    return breakLines(this.fonts, runs, RIGHT - LEFT - NOTE_INDENT, NOTE_SIZE);
  }

  /** Places the rows of one block; a row moves to the next page together with the footnotes its markers call. */
  block(rows: PlacedLine[][], gapBefore: number, keepWithNext: boolean): void {
    if (this.y !== TOP) this.y -= gapBefore;
    if (keepWithNext && this.y - 3 * LEADING < this.floor(0)) this.newPage();
    for (const row of rows) {
      const marks = row.flatMap((line) => line.words.flatMap((word) => word.filter((run) => run.sup).flatMap((run) => run.text.split(/[,\s]+/))));
      const notes = marks.map((mark) => ({ mark, lines: this.noteLines(mark) }));
      const extra = notes.reduce((sum, note) => sum + note.lines.length * NOTE_LEADING, 0);
      if (this.y < this.floor(extra)) this.newPage();
      for (const line of row) drawLine(this.page, this.fonts, line, this.y, line.size ?? BODY_SIZE);
      this.notes.push(...notes);
      this.notesHeight += extra;
      this.y -= LEADING;
    }
  }

  /** Sets a footnote no marker calls at the foot of the current page (or the next, when it does not fit). */
  note(mark: string): void {
    const lines = this.noteLines(mark);
    const extra = lines.length * NOTE_LEADING;
    if (this.y < this.floor(extra)) this.newPage();
    this.notes.push({ mark, lines });
    this.notesHeight += extra;
  }

  /** Footnotes at the page foot under a short rule, then the footer lines. */
  finishPage(): void {
    const { fonts, seed } = this;
    let y = BOTTOM + this.notesHeight - NOTE_LEADING;
    if (this.notes.length > 0) {
      this.page.drawLine({ start: { x: LEFT, y: y + NOTE_LEADING }, end: { x: LEFT + 144, y: y + NOTE_LEADING }, thickness: 0.5, color: rgb(0, 0, 0) });
    }
    for (const note of this.notes) {
      drawRun(this.page, fonts, { text: note.mark, bold: false, sup: true }, LEFT, y, NOTE_SIZE);
      for (const words of note.lines) {
        drawLine(this.page, fonts, { x: LEFT + NOTE_INDENT, words }, y, NOTE_SIZE);
        y -= NOTE_LEADING;
      }
    }
    this.notes = [];
    this.notesHeight = 0;
    const pageNumber = String(this.pages.indexOf(this.page) + 1);
    const small = (text: string, x: number, y0: number, font = fonts.regular) => this.page.drawText(text, { x, y: y0, size: NOTE_SIZE, font });
    small(seed.number, LEFT, FOOTER_Y[0]);
    small(INITIALS, PAGE_WIDTH / 2 - 20, FOOTER_Y[0]);
    small(pageNumber, RIGHT - fonts.regular.widthOfTextAtSize(pageNumber, NOTE_SIZE), FOOTER_Y[0]);
    small(DIRECTORATE, PAGE_WIDTH / 2 - 90, FOOTER_Y[1]);
    if (seed.limite) small('LIMITE', PAGE_WIDTH / 2 - 20, FOOTER_Y[1], fonts.bold);
    const language = seed.language.toUpperCase();
    small(language, RIGHT - fonts.regular.widthOfTextAtSize(language, NOTE_SIZE), FOOTER_Y[1]);
  }
}

/** Lays one body block out into rows (pieces sharing a baseline): wrapped paragraphs, list items with their glyph, table cells at tab stops. */
function placeBlock(fonts: Fonts, block: Exclude<Block, { kind: 'note' }>): PlacedLine[][] {
  const plain = (text: string): Word[] => toWords([{ text, bold: false, sup: false }]);
  if (block.kind === 'table') {
    const last = block.cells.length - 1;
    return [block.cells.map((cell, index) => {
      const x = index === 0 ? LEFT : index === last && last > 1 ? RIGHT - fonts.regular.widthOfTextAtSize(cell, TABLE_SIZE) : LEFT + INDENT * index;
      return { x, words: plain(cell), size: TABLE_SIZE };
    })];
  }
  const indent = block.kind === 'bullet' ? INDENT * (block.level + 1) : 0;
  const size = block.kind === 'paragraph' ? block.size : BODY_SIZE;
  const rows = breakLines(fonts, block.runs, RIGHT - LEFT - indent, size).map((words) => [{ x: LEFT + indent, words, size }]);
  if (block.kind !== 'bullet') return rows;
  const glyph = { x: LEFT + INDENT * block.level, words: plain(BULLET_GLYPH) };
  const [first = [], ...rest] = rows;
  return [[glyph, ...first], ...rest];
}

/** One fixture: the seed's text laid out as a Council PDF. */
async function renderSeed(source: string): Promise<Uint8Array> {
  const seed = parseSeed(source);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = { regular: await doc.embedFont(StandardFonts.TimesRoman), bold: await doc.embedFont(StandardFonts.TimesRomanBold) };
  const layout = new Layout(doc, fonts, seed);
  layout.header();
  const called = new Set(seed.blocks.flat().flatMap((block) => ('runs' in block ? block.runs : []))
    .filter((run) => run.sup).flatMap((run) => run.text.split(/[,\s]+/)));
  for (const blocks of seed.blocks) {
    const first = blocks.findIndex((block) => block.kind !== 'note');
    blocks.forEach((block, index) => {
      if (block.kind === 'note') {
        if (!called.has(block.mark)) layout.note(block.mark);
        return;
      }
      const isHeading = block.kind === 'paragraph' && block.runs.every((run) => run.bold || run.text.trim() === '');
      layout.block(placeBlock(fonts, block), index === first ? PARAGRAPH_GAP : 0, isHeading);
    });
  }
  layout.finishPage();
  return finalise(doc);
}

/** Fixed Info dictionary, no XMP, no id: the same input gives the same bytes. */
async function finalise(doc: PDFDocument): Promise<Uint8Array> {
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('scripts/make-pdf-fixtures.ts');
  doc.setCreator('scripts/make-pdf-fixtures.ts');
  return doc.save({ useObjectStreams: false });
}

/** A greyscale PNG of a few dark bars standing for lines of print, built by hand (no image library). */
function scanPng(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => (bytes.reduce((c, byte) => (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array([...Buffer.from(type, 'latin1'), ...data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    out.set(body, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 255);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0;
    const isPrint = y % 12 >= 4 && y % 12 < 8 && y > 10 && y < height - 10;
    for (let x = 10; x < width - 10 && isPrint; x++) rows[y * (width + 1) + 1 + x] = 40;
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}

/** A scanned page: one image over the whole type area and no text layer. */
async function renderScanned(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  const image = await doc.embedPng(scanPng(200, 280));
  page.drawImage(image, { x: LEFT, y: BOTTOM, width: RIGHT - LEFT, height: TOP - BOTTOM });
  return finalise(doc);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const name of readdirSync(SOURCES_DIR).filter((file) => TEXT_SOURCE.test(file)).sort()) {
  const pdf = await renderSeed(readFileSync(join(SOURCES_DIR, name), 'utf8'));
  writeFileSync(join(OUT_DIR, `${basename(name, extname(name))}.pdf`), pdf);
}
writeFileSync(join(OUT_DIR, SCANNED_NAME), await renderScanned());
