import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { HEADER_FIELDS, expectOk, pick, project } from './support/projection.ts';
import { loadSeeds } from './support/seeds.ts';

// Each seed is laid out again as the register's text reaches users — flattened one page a line, its labels printed
// before their values, its lines split and joined, page footers inserted — and must give the header its own
// hand-written record states. The layouts are drawn by fast-check from a fixed seed (tests/support/fast-check-seed.ts).

/** A label line of a seed's header: the label (colon included) and its value. */
const LABEL_LINE = /^\s*(From|On|To|No\. prev\. doc\.|Subject)\s*:\s*(.*)$/;

/** A Markdown rule: a line of three or more hyphens, asterisks or underscores and nothing else. */
const THEMATIC_BREAK_LINE = /^ {0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;

/** How many layouts each property draws per seed. */
const RUNS = 12;

/** The header fields the record must keep whatever the layout (its `source` names the file, not the document). */
const FIELDS = HEADER_FIELDS.filter((field) => field !== 'source');

/**
 * A seed as a reader sees it printed: a Markdown export's rules, heading hashes, bold marks and links to nowhere are its
 * way of laying out, not text. Only the marks go: a bold mark is two asterisks that open (after a space or a line's
 * start, before a character) or close (after a character, before a space, punctuation or the line's end) a span, so
 * that asterisks inside a word or a number (`10**6`) stay.
 */
function printed(text: string): string {
  return text
    .split('\n')
    .filter((line) => !THEMATIC_BREAK_LINE.test(line))
    .map((line) =>
      line
        .replace(/^ {0,3}#{1,6}[ \t]+/, '')
        .replace(/(?<=^|[\s(“"‘'])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?=$|[\s.,:;!?)”"’'])/g, '')
        .replace(/\[([^\]]*)\]\(#\)/g, '$1'),
    )
    .join('\n');
}

/** The lines of a seed's label block: from its first label to the end of its subject (continuation lines up to a blank line). */
function labelBlock(lines: readonly string[]): { start: number; end: number } {
  const start = lines.findIndex((line) => LABEL_LINE.test(line));
  let end = lines.findIndex((line) => /^\s*Subject\s*:/.test(line)) + 1;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
  return { start, end };
}

/** The label block printed as a two-column table read column by column: the labels one under the other, then the values. */
function labelsFirst(text: string): string {
  const lines = text.split('\n');
  const { start, end } = labelBlock(lines);
  const labels: string[] = [];
  const values: string[] = [];
  for (const line of lines.slice(start, end)) {
    const label = LABEL_LINE.exec(line);
    if (label !== null) {
      labels.push(`${label[1] ?? ''}:`);
      values.push(label[2] ?? '');
    } else if (line.trim() !== '') {
      values[values.length - 1] = `${values[values.length - 1] ?? ''}\n${line.trim()}`;
    }
  }
  return [...lines.slice(0, start), ...labels, ...values, ...lines.slice(end)].join('\n');
}

/** A footnote's text as the seeds print it, on its own line: `¹⁶ 10249/23.`, `<sup>1</sup> 16343/24, …`. */
const FOOTNOTE_LINE = /^\s*(?:<sup>\d+<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s/u;

/**
 * The text run into one line a page, `pageLines` lines each, the page's footnotes at its foot as on paper, with the page
 * number first and the footer last when asked.
 */
function flattened(text: string, number: string, pageLines: number, furniture: boolean): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const pages: string[] = [];
  for (let start = 0; start < lines.length; start += pageLines) {
    const page = pages.length + 1;
    const content = lines.slice(start, start + pageLines).map((line) => line.trim());
    const body = [...content.filter((line) => !FOOTNOTE_LINE.test(line)), ...content.filter((line) => FOOTNOTE_LINE.test(line))].join(' ');
    pages.push(furniture ? `${page} ${body} ${number} AB/cd ${page} JAI.1 EN` : body);
  }
  return pages.join('\n\n');
}

/** The header's lines split and joined as exports do: the Council's name over two lines, the right column indented, codes two a line, the subject wrapped. */
function splitLines(text: string, indent: number, width: number): string {
  const lines = text.split('\n');
  const { start } = labelBlock(lines);
  const head = lines
    .slice(0, start)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
  const joined: string[] = [];
  for (const line of head) {
    const previous = joined[joined.length - 1];
    const bothCodes = previous !== undefined && /^[A-Z]{2,}(?: \d+)?$/.test(previous.trim()) && /^[A-Z]{2,}(?: \d+)?$/.test(line.trim());
    if (bothCodes && !previous.includes('  ')) joined[joined.length - 1] = `${previous}  ${line.trim()}`;
    else joined.push(line);
  }
  const right = joined.map((line) =>
    /^(?:[A-Z]{2,}|OUTCOME|NOTE)/.test(line.trim()) && !/ /.test(line.trim()) ? line : `${' '.repeat(indent)}${line.trim()}`,
  );
  const rest = lines.slice(start).flatMap((line) => {
    const subject = /^(\s*Subject\s*:\s*)(.*)$/.exec(line);
    return subject === null ? [line] : wrap(subject[2] ?? '', width).map((part, index) => (index === 0 ? `${subject[1] ?? ''}${part}` : `\t${part}`));
  });
  return ['Council of the', '', 'European Union', '', ...right, '', ...rest].join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length < width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Footers put into the body as copies leave them, one page after another: inside a paragraph after a sentence, over two
 * lines between paragraphs, with the number cut inside a sentence (before a word in lower case). Returns the text and
 * how many footers it holds.
 */
function withFooters(text: string, number: string, picks: readonly number[]): { text: string; footers: number } {
  const lines = text.split('\n');
  const { end } = labelBlock(lines);
  // Paragraphs of running text: not a list item, a numbered heading or a footnote definition.
  const long = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line, index }) => index > end && line.length > 200 && /\. \p{Lu}/u.test(line) && !/^\s*(?:\d|-|\*|•|<sup>|\^|[¹²³⁴⁵⁶⁷⁸⁹])/u.test(line));
  const chosen = [...new Set(picks.map((pick) => long[pick % Math.max(long.length, 1)]?.index))].filter((index) => index !== undefined).sort((a, b) => a - b);
  const year = number.slice(-2);
  const out = [...lines];
  let footers = 0;
  chosen.forEach((index, order) => {
    const line = out[index] ?? '';
    const page = order + 2;
    const sentence = line.search(/\. \p{Lu}/u) + 2;
    const cut = line.slice(Math.floor(line.length / 2)).search(/ (?=\p{Ll})/u);
    if (order % 3 === 0) out[index] = `${line.slice(0, sentence)}${number} AB/cd ${page} JAI.1 LIMITE EN ${line.slice(sentence)}`;
    else if (order % 3 === 1) out[index] = `${line}\n\n${number}          AB/cd          ${page}\n        JAI.1          LIMITE          EN`;
    else if (cut !== -1) {
      const at = Math.floor(line.length / 2) + cut;
      out[index] = `${line.slice(0, at)}\n/${year} AB/cd ${page}\n${line.slice(at + 1)}`;
    } else return;
    footers += 1;
  });
  return { text: out.join('\n'), footers };
}

function parsed(text: string, source: string): OkRecord {
  return expectOk(parseDocument(text, source));
}

/** The footer-bearing part of a record, as the site shows it: every item and section with its text, and the footnotes. */
function body(record: OkRecord) {
  return {
    items: record.items.map(({ number, title, text }) => ({ number, title, text })),
    sections: record.sections.map(({ number, title, text }) => ({ number, title, text })),
    footnotes: record.footnotes,
  };
}

/** Every word of a record's body in order, whatever its structure: a page run into one line may be cut into items differently. */
function bodyWords(record: OkRecord): string[] {
  return [
    ...record.items.flatMap((item) => [item.number ?? '', item.title, blocksPlain(item.text)]),
    ...record.sections.flatMap((section) => [section.number ?? '', section.title ?? '', blocksPlain(section.text)]),
  ]
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

describe.each(loadSeeds())('seed $name laid out again', ({ source, expected }) => {
  const text = printed(readFileSync(source, 'utf8'));
  const header = pick(expected, FIELDS);
  const headerOf = (layout: string) => {
    const record = parsed(layout, source);
    return { header: pick(project(record), FIELDS), meeting: record.meeting };
  };

  it('gives its own header when printed as a reader sees it', () => {
    expect(headerOf(text)).toEqual({ header, meeting: expected.meeting });
  });

  it('gives its own header with its labels printed before their values, on lines or run into one line', () => {
    expect(headerOf(labelsFirst(text))).toEqual({ header, meeting: expected.meeting });
    expect(headerOf(flattened(labelsFirst(text), expected.number, 400, false))).toEqual({ header, meeting: expected.meeting });
  });

  it('gives its own header flattened one page a line, and loses nothing but the page numbers and footers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 90 }), (pageLines) => {
        const bare = parsed(flattened(text, expected.number, pageLines, false), source);
        const furnished = parsed(flattened(text, expected.number, pageLines, true), source);
        expect({ header: pick(project(bare), FIELDS), meeting: bare.meeting }).toEqual({ header, meeting: expected.meeting });
        expect({ header: pick(project(furnished), FIELDS), meeting: furnished.meeting }).toEqual({ header, meeting: expected.meeting });
        expect(bodyWords(furnished)).toEqual(bodyWords(bare));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives its own header with its lines split and joined', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 20, max: 70 }), (indent, width) => {
        expect(headerOf(splitLines(text, indent, width))).toEqual({ header, meeting: expected.meeting });
      }),
      { numRuns: RUNS },
    );
  });

  it('gives its own header and keeps page footers out of the text, every paragraph as it is without them', () => {
    const plain = body(parsed(text, source));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (picks) => {
        const laid = withFooters(text, expected.number, picks);
        const record = parsed(laid.text, source);
        expect(laid.footers).toBeGreaterThan(0);
        expect(pick(project(record), FIELDS)).toEqual(header);
        expect(body(record)).toEqual(plain);
      }),
      { numRuns: RUNS },
    );
  });
});
