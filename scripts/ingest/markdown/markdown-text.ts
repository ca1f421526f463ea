import { BULLET } from '../parse/vocabulary.ts';

/**
 * Inline things of a source line the parser reads rather than escapes: bold toggles, footnote
 * markers (`<sup>1</sup>`, `^{18, 19}`, `^1`, `¹⁰`, `[^1]`), Markdown links to nowhere (`[12583/5/17 REV 5](#)`)
 * and web addresses (`<https://…>` or bare). Every quantifier is bounded or over a class the next token cannot start with.
 */
const INLINE_TOKEN = new RegExp(
  [
    String.raw`(\*\*)`,
    String.raw`<sup>[ \t]{0,3}(\d{1,4}(?:[ \t]{0,3},[ \t]{0,3}\d{1,4}){0,20})[ \t]{0,3}</sup>`,
    String.raw`\^\{[ \t]{0,3}(\d{1,4}(?:[ \t]{0,3},[ \t]{0,3}\d{1,4}){0,20})[ \t]{0,3}\}`,
    String.raw`\^(\d{1,4})\b`,
    String.raw`([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})`,
    String.raw`\[\^([A-Za-z0-9]{1,10})\]`,
    String.raw`\[([^\[\]\n]{1,500})\]\(#\)`,
    String.raw`<(https?://[^\s<>]{1,2000})>`,
    String.raw`(https?://[^\s<>]{1,2000})`,
  ].join('|'),
  // Case-insensitive: `HTTPS://` is a web address to GFM too.
  'gi',
);

/** Superscript digits to ASCII digits. */
const SUPERSCRIPT_DIGITS: ReadonlyMap<string, string> = new Map([...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((digit, value) => [digit, String(value)]));

/** Characters that are Markdown syntax anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<~|]/g;

/** `&` that would start a character reference. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]{1,32};)/g;

/**
 * Line starts that Markdown reads as a block: heading (`#` to `######`), quote (`>`, a space after it or not), list
 * item, ordered list item.
 */
const BLOCK_START = /^(?:(>|#{1,6}(?=\s|$)|[-+=](?=\s|$))|(\d{1,9})([.)])(?=\s|$))/;

/** One piece of an inline-parsed line. */
type InlinePart = { kind: 'text'; text: string } | { kind: 'bold' } | { kind: 'marks'; marks: string[]; raw: string } | { kind: 'url'; url: string };

/** The footnote marks a marker names, in ASCII digits: `¹⁰` → ["10"], `18, 19` → ["18", "19"]. */
export function markerMarks(marker: string): string[] {
  return marker
    .split(',')
    .map((mark) => [...mark.trim()].map((digit) => SUPERSCRIPT_DIGITS.get(digit) ?? digit).join(''))
    .filter((mark) => mark !== '');
}

/** Characters without which a line has no inline token: the common line takes a fast path. */
const MAY_HAVE_TOKEN = /[*<^[⁰¹²³⁴⁵⁶⁷⁸⁹]|https?:/i;

function inlineParts(text: string): InlinePart[] {
  if (!MAY_HAVE_TOKEN.test(text)) return text === '' ? [] : [{ kind: 'text', text }];
  const parts: InlinePart[] = [];
  let last = 0;
  const pushText = (value: string): void => {
    if (value !== '') parts.push({ kind: 'text', text: value });
  };
  INLINE_TOKEN.lastIndex = 0;
  for (let match = INLINE_TOKEN.exec(text); match !== null; match = INLINE_TOKEN.exec(text)) {
    pushText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [raw, bold, sup, braces, caret, superscript, gfm, linkText, autolink, bare] = match;
    if (bold !== undefined) parts.push({ kind: 'bold' });
    else if (linkText !== undefined) pushText(linkText);
    else if (autolink !== undefined || bare !== undefined) parts.push({ kind: 'url', url: autolink ?? bare ?? '' });
    else parts.push({ kind: 'marks', marks: markerMarks(sup ?? braces ?? caret ?? superscript ?? gfm ?? ''), raw });
  }
  pushText(text.slice(last));
  const bolds = parts.filter((part) => part.kind === 'bold').length;
  return bolds % 2 === 0 ? parts : parts.map((part) => (part.kind === 'bold' ? { kind: 'text', text: '**' } : part));
}

/** A tab or a run of spaces: what spacing() makes one space. Most lines have neither. */
const WIDE_SPACE = /\t| {2}/;

/** Tabs and runs of spaces made one space. */
function spacing(text: string): string {
  return WIDE_SPACE.test(text) ? text.replace(/[ \t]+/g, ' ') : text;
}

/** Source text as plain text: markup, link syntax and footnote markers removed, tabs and runs of spaces made one space. */
export function plainText(text: string): string {
  if (!MAY_HAVE_TOKEN.test(text)) return spacing(text).trim();
  return spacing(
    inlineParts(text)
      .map((part) => (part.kind === 'text' ? part.text : part.kind === 'url' ? part.url : ''))
      .join(''),
  ).trim();
}

/** Source text escaped as one line of Markdown: no raw HTML survives, bold stays bold, markers of `marks` become `[^mark]`. */
export function inlineMarkdown(text: string, marks: ReadonlySet<string>): string {
  const out: string[] = [];
  const parts = inlineParts(spacing(text).trim());
  for (const [index, part] of parts.entries()) {
    if (part.kind === 'text') out.push(escapeText(part.text));
    else if (part.kind === 'url') out.push(urlMarkdown(part.url, parts[index + 1]));
    else if (part.kind === 'bold') out.push('**');
    else if (part.marks.every((mark) => marks.has(mark))) out.push(part.marks.map((mark) => `[^${mark}]`).join(''));
    else out.push(escapeText(part.raw));
  }
  return escapeBlockStart(
    out
      .join('')
      .replace(/\*\*\*\*/g, '')
      .replace(/\*\*[ \t]+\*\*/g, ' ')
      .trim(),
  );
}

/** Characters of a web address that Markdown reads as syntax when GFM does not take the address for a link (`https://*x*`). */
const URL_SYNTAX = /[\\`*_[\]~&|]/;

/**
 * A web address as Markdown: bare, as GFM links it, unless something other than whitespace follows it (GFM would run
 * the link on into that text, escapes included: `https://x.eu/\<img>` leaves `<img>` raw) or it holds Markdown syntax:
 * then it is closed in `<…>`, where nothing is syntax.
 */
function urlMarkdown(url: string, next: InlinePart | undefined): string {
  const ends = next === undefined || (next.kind === 'text' && /^\s/.test(next.text));
  return ends && !URL_SYNTAX.test(url) ? url : `<${url}>`;
}

function escapeText(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_START, '\\&');
}

function escapeBlockStart(line: string): string {
  return line.replace(BLOCK_START, (_match, symbol: string | undefined, digits: string | undefined, delimiter: string | undefined) =>
    symbol !== undefined ? `\\${symbol}` : `${digits ?? ''}\\${delimiter ?? ''}`,
  );
}

/** One rendered block of a text: a paragraph, or a list item with its nesting depth. */
interface Block {
  /** The line's content without its bullet. */
  content: string;
  /** Nesting depth for list items, null for a paragraph. */
  depth: number | null;
  /** True when the source line right above was not blank. */
  adjacent: boolean;
}

function blocks(lines: readonly string[]): Block[] {
  const result: Block[] = [];
  let adjacent = false;
  for (const line of lines) {
    if (line.trim() === '') {
      adjacent = false;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet === null) {
      result.push({ content: line, depth: null, adjacent });
    } else {
      const indent = (bullet[1] ?? '').replace(/\t/g, '  ').length;
      result.push({ content: line.slice(bullet[0].length), depth: indent >= 2 ? 1 : 0, adjacent });
    }
    adjacent = true;
  }
  return result;
}

function joinBlocks(list: readonly Block[], render: (block: Block) => string): string {
  let out = '';
  list.forEach((block, index) => {
    const previous = list[index - 1];
    if (previous !== undefined) out += block.depth !== null && previous.depth !== null && block.adjacent ? '\n' : '\n\n';
    out += render(block);
  });
  return out;
}

/** The lines of one item, section or footnote as Markdown: each source line its own paragraph, bullets as (nested) lists. */
export function linesToMarkdown(lines: readonly string[], marks: ReadonlySet<string>): string {
  return joinBlocks(blocks(lines), (block) => {
    const markdown = inlineMarkdown(block.content, marks);
    return block.depth === null ? markdown : `${'  '.repeat(block.depth)}-${markdown === '' ? '' : ` ${markdown}`}`;
  });
}

/** The same lines as plain text, laid out like the Markdown (blank lines between paragraphs, `- ` before list items). */
export function linesToPlainText(lines: readonly string[]): string {
  return joinBlocks(blocks(lines), (block) => {
    const plain = plainText(block.content);
    return block.depth === null ? plain : `${'  '.repeat(block.depth)}- ${plain}`.trimEnd();
  });
}
