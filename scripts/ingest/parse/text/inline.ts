import type { Inline } from '../../../../src/schemas/inline.ts';
import { inlinePlain } from '../../../../src/shared/source-text.ts';

/**
 * Inline things of a source line the parser reads rather than keeps as characters: bold toggles, footnote markers
 * (`<sup>1</sup>`, `^{18, 19}`, `^1`, `¹⁰`, `[^1]`; a superscript of stars, `^{**}`, stays text), Markdown links to nowhere (`[12583/5/17 REV 5](#)`) and web
 * addresses (`<https://…>` or bare). Every quantifier is bounded or over a class the next token cannot start with.
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
    // A superscript mark of stars (`^{**}`, the PDF reader's mark calling a notice's note on the item): text, never a bold toggle.
    String.raw`(\^\{\*{1,3}\})`,
  ].join('|'),
  // Case-insensitive: `HTTPS://` is a web address too.
  'gi',
);

/** Characters without which a line has no inline token: the common line takes a fast path. */
const MAY_HAVE_TOKEN = /[*<^[⁰¹²³⁴⁵⁶⁷⁸⁹]|https?:/i;

/** Superscript digits to ASCII digits. */
const SUPERSCRIPT_DIGITS: ReadonlyMap<string, string> = new Map([...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((digit, value) => [digit, String(value)]));

/**
 * What ends a bare web address rather than belonging to it, as GFM reads autolink literals: punctuation that closes
 * the sentence, and a closing bracket the address did not open (`(see https://x.eu/a)`).
 */
const TRAILING_PUNCTUATION = /[.,:;!?'"*_~]$/;

/** A scheme with no address after it, once the punctuation after a bare address is cut off (`https://.`). */
const SCHEME_ONLY = /^https?:\/*$/i;

/** A tab or a run of spaces: one space in the text. Most lines have neither. */
const WIDE_SPACE = /\t| {2}/;

/** Finds the footnotes a marker calls: their labels for the marks `marks` (ASCII digits), or null when one is no footnote. */
export type FootnoteResolver = (marks: readonly string[]) => string[] | null;

/** The footnote marks a marker names, in ASCII digits: `¹⁰` → ["10"], `18, 19` → ["18", "19"]. */
export function markerMarks(marker: string): string[] {
  return marker
    .split(',')
    .map((mark) => [...mark.trim()].map((digit) => SUPERSCRIPT_DIGITS.get(digit) ?? digit).join(''))
    .filter((mark) => mark !== '');
}

/** One token of a line before bold toggles are paired. */
type Token = { kind: 'text'; text: string } | { kind: 'toggle' } | { kind: 'url'; url: string } | { kind: 'marks'; marks: string[]; raw: string };

function tokens(line: string): Token[] {
  if (!MAY_HAVE_TOKEN.test(line)) return line === '' ? [] : [{ kind: 'text', text: line }];
  const found: Token[] = [];
  let last = 0;
  const pushText = (text: string): void => {
    if (text !== '') found.push({ kind: 'text', text });
  };
  INLINE_TOKEN.lastIndex = 0;
  for (let match = INLINE_TOKEN.exec(line); match !== null; match = INLINE_TOKEN.exec(line)) {
    const [raw, bold, sup, braces, caret, superscript, gfm, linkText, autolink, bare, stars] = match;
    pushText(line.slice(last, match.index));
    last = match.index + raw.length;
    if (stars !== undefined) pushText(stars);
    else if (bold !== undefined) found.push({ kind: 'toggle' });
    else if (linkText !== undefined) pushText(linkText);
    else if (autolink !== undefined) found.push({ kind: 'url', url: autolink });
    else if (bare !== undefined) {
      const url = bareAddress(bare);
      if (SCHEME_ONLY.test(url)) pushText(url);
      else found.push({ kind: 'url', url });
      last = match.index + url.length;
      INLINE_TOKEN.lastIndex = last;
    } else found.push({ kind: 'marks', marks: markerMarks(sup ?? braces ?? caret ?? superscript ?? gfm ?? ''), raw });
  }
  pushText(line.slice(last));
  return found;
}

/** A bare web address without the punctuation that follows it in the sentence. */
function bareAddress(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    else return url;
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/**
 * Which bold toggles are markup: as CommonMark reads `**`, one opens before a non-blank character and closes after
 * one, and a pair must hold something. Others (`2 ** 3`, a lone `**`, `****`) are characters of the text.
 */
function boldPairs(list: readonly Token[]): Set<number> {
  const paired = new Set<number>();
  let open = -1;
  list.forEach((token, index) => {
    if (token.kind !== 'toggle') return;
    const before = list[index - 1];
    const after = list[index + 1];
    const closes = open >= 0 && index > open + 1 && !blankEnd(before, 'end');
    if (closes) {
      paired.add(open).add(index);
      open = -1;
    } else if (!blankEnd(after, 'start')) open = index;
  });
  return paired;
}

/** Whether a neighbouring token leaves blank (or nothing) next to a toggle. */
function blankEnd(token: Token | undefined, side: 'start' | 'end'): boolean {
  if (token === undefined) return true;
  if (token.kind !== 'text') return token.kind === 'toggle';
  return /\s/.test(side === 'start' ? token.text.charAt(0) : token.text.charAt(token.text.length - 1));
}

/**
 * One source line as inline runs (src/schemas/inline.ts): every character kept but the markup read — bold toggles
 * that pair, markers of footnotes that `resolve` finds, the brackets of a link to nowhere and of an autolink; tabs and
 * runs of spaces are one space, the line trimmed. A marker naming a mark that is no footnote is text (`m³`, `10^6`).
 */
export function readInline(line: string, resolve: FootnoteResolver): Inline[] {
  const list = tokens(spacing(line).trim());
  const paired = boldPairs(list);
  const parts: Inline[] = [];
  let strong = false;
  const pushText = (value: string): void => {
    const previous = parts[parts.length - 1];
    if (previous?.type === 'text' && (previous.strong === true) === strong) previous.value += value;
    else parts.push(strong ? { type: 'text', value, strong } : { type: 'text', value });
  };
  list.forEach((token, index) => {
    if (token.kind === 'toggle') {
      if (paired.has(index)) strong = !strong;
      else pushText('**');
    } else if (token.kind === 'text') pushText(token.text);
    else if (token.kind === 'url') parts.push(strong ? { type: 'url', value: token.url, strong } : { type: 'url', value: token.url });
    else {
      const labels = resolve(token.marks);
      if (labels === null) pushText(token.raw);
      else for (const label of labels) parts.push({ type: 'footnote', label });
    }
  });
  return parts;
}

/**
 * A source line's words as readInline reads them (its runs' text and web addresses, footnote calls left out), read
 * without runs where the line holds no inline token: then readInline gives one text run, the line spaced and trimmed.
 */
export function inlineLinePlain(line: string, resolve: FootnoteResolver): string {
  const spaced = spacing(line).trim();
  if (!MAY_HAVE_TOKEN.test(spaced)) return spaced;
  return inlinePlain(readInline(spaced, resolve));
}

/** Tabs and runs of spaces made one space. */
function spacing(text: string): string {
  return WIDE_SPACE.test(text) ? text.replace(/[ \t]+/g, ' ') : text;
}

/**
 * A line as the parser's pattern matching sees it (headings, labels, day lines): every marker and bold toggle dropped
 * whether or not it is markup, link syntax read, spacing made single. Never the text of a record: readInline is.
 */
export function plainText(line: string): string {
  const known = plainTexts.get(line);
  if (known !== undefined) return known;
  if (plainTexts.size >= PLAIN_TEXTS_KEPT) plainTexts.clear();
  const plain = readPlainText(line);
  plainTexts.set(line, plain);
  return plain;
}

/**
 * Lines already read by plainText, which the parser's passes (sections, items, labels, headings) ask about the same
 * lines again and again: about six times a line in a generated corpus. Emptied when full, so it holds about one
 * document's lines.
 */
const plainTexts = new Map<string, string>();
const PLAIN_TEXTS_KEPT = 4096;

function readPlainText(line: string): string {
  return readInline(line, (marks) => marks.map(() => ''))
    .map((part) => (part.type === 'footnote' ? '' : part.value))
    .join('')
    .replace(/\*\*/g, '')
    .trim();
}
