/** The pieces of a diagonal LIMITE watermark that a PDF's text extraction prints as lines of their own. */
import { insideFooter } from './inline-footers.ts';

/** The watermark the Council prints across the pages of a LIMITE document. */
const WATERMARK = 'LIMITE';

/** The longest piece of the watermark a line holds alone (`LI`, `M`, `IT`, `E`); the whole word is the LIMITE marking. */
const MAX_PIECE = 3;

/** A document prints a watermark when this many lines are pieces of it … */
const MIN_PIECES = 4;

/**
 * The source line numbers of the lines that are pieces of a diagonal `LIMITE` watermark (`pdftotext` prints its letters
 * as short lines among the text: `LI`, `M`, `IT`, `E`): lines of one to three letters of the word, counted only when
 * the document has at least four of them and they hold every letter of the word between them. Empty otherwise.
 */
export function watermarkLines(lines: readonly { text: string; line: number }[]): Set<number> {
  const pieces = lines.filter((entry) => {
    // a line longer than a piece that opens and ends in a printable ASCII character is no piece: not trimmed
    if (entry.text.length > MAX_PIECE && isPrintableAscii(entry.text.charCodeAt(0)) && isPrintableAscii(entry.text.charCodeAt(entry.text.length - 1)))
      return false;
    const text = entry.text.trim();
    return text.length > 0 && text.length <= MAX_PIECE && WATERMARK.includes(text);
  });
  const letters = new Set(pieces.flatMap((entry) => [...entry.text.trim()]));
  const whole = [...WATERMARK].every((letter) => letters.has(letter));
  return new Set(whole && pieces.length >= MIN_PIECES ? pieces.map((entry) => entry.line) : []);
}

/** Whether a UTF-16 unit is a printable ASCII character (`!` to `~`), which `trim` never takes away. */
function isPrintableAscii(code: number): boolean {
  return code >= 0x21 && code <= 0x7e;
}

/** A piece of the watermark standing as a word of its own on a line (`IT`, `E`, `M`, `LI`): one to three letters of the word in order. */
const PIECE_WORD = /(?<![^ \t])(?:LIM|IMI|MIT|ITE|LI|IM|MI|IT|TE|L|I|M|T|E)(?![^ \t])/gu;

/** The letters of the watermark, sorted: what the pieces a page prints hold between them. */
const WATERMARK_LETTERS = [...WATERMARK].sort().join('');

/** How many piece-like words a page is looked at for (a watermark's pieces, a footer's language, a sentence's `IT` or `E`). */
const MAX_WORDS = 10;

/** How many piece-like words are looked at in all, footers' languages among them. */
const MAX_LOOKED = 40;

/** A footer's page number or marking right before a word (`… GG/mr LIMITE 2 IT`, `… JAI.1 LIMITE IT`): the word is the footer's language. */
const FOOTER_BEFORE = /(?:^|[ \t])(?:\d{1,3}|LIMITE)[ \t]+$/u;

/** A word in small letters right before a piece, and one right after it: the piece is a word of that sentence (`fostering IT cooperation`). */
const WORD_BEFORE = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*[ \t]+$/u;
const WORD_AFTER = /^[ \t]+\p{Ll}/u;

/** How far before a piece the word before it is read (a long word and its space). */
const WORD_REACH = 40;

/**
 * A page run into one line without the pieces of a diagonal `LIMITE` watermark that `pdftotext` printed among its
 * words (`… Subject: E NOTE M The 19 December …`, `… affairs. LI In the context …`): the words of one to three letters
 * of the word whose letters, between them, are the word's letters exactly, each once (`IT`, `E`, `M`, `LI`); each is
 * taken out with the space before it. The footer's language ending the page, or standing inside a footer, is never a
 * piece (`… LIMITE 2 IT`, the Italian version's). Where the words hold more letters than the watermark, a piece a
 * sentence uses too (`… fostering IT cooperation`), the pieces are those that spell the word in their order or in the
 * reverse order (`E IT M LI` down a `-layout` page), where one such run alone does; else those that stand between no two
 * words in small letters; else the page is left as it is.
 */
export function withoutFlatWatermark(page: string): string {
  const words: RegExpExecArray[] = [];
  const last = page.trimEnd().length;
  PIECE_WORD.lastIndex = 0;
  // a page holds as many footers' languages as it holds footers: the look stops after MAX_LOOKED words all the same
  let looked = 0;
  for (let piece = PIECE_WORD.exec(page); piece !== null && words.length <= MAX_WORDS && looked < MAX_LOOKED; piece = PIECE_WORD.exec(page)) {
    looked += 1;
    if (!isFooterLanguage(page, piece, last)) words.push(piece);
  }
  if (words.length < 2 || words.length > MAX_WORDS) return page;
  const pieces = watermarkPieces(page, words);
  if (pieces === null) return page;
  let out = '';
  let from = 0;
  for (const piece of pieces) {
    const at = piece.index ?? 0;
    out += page.slice(from, at).replace(/[ \t]+$/u, '');
    from = at + piece[0].length;
    // a piece opening the page takes the space after it instead
    if (out === '') while (page[from] === ' ' || page[from] === '\t') from += 1;
  }
  return out + page.slice(from);
}

/** Whether a piece-like word is a footer's language: after its page number or marking at the page's end (`last`, past its last character), or inside a footer. */
function isFooterLanguage(page: string, word: RegExpExecArray, last: number): boolean {
  if (word.index + word[0].length === last && FOOTER_BEFORE.test(page.slice(Math.max(0, word.index - 12), word.index))) return true;
  return insideFooter(page, word.index);
}

/** The letters of some words, sorted. */
function lettersOf(words: readonly RegExpExecArray[]): string {
  return [...words.map((word) => word[0]).join('')].sort().join('');
}

/** The words that are the watermark's pieces (withoutFlatWatermark), or null where none can be told. */
function watermarkPieces(page: string, words: readonly RegExpExecArray[]): RegExpExecArray[] | null {
  if (lettersOf(words) === WATERMARK_LETTERS) return [...words];
  const spelled: RegExpExecArray[][] = [];
  for (let mask = 1; mask < 1 << words.length; mask += 1) {
    const chosen = words.filter((_, index) => (mask & (1 << index)) !== 0);
    const pieces = chosen.map((word) => word[0]);
    if (pieces.join('') === WATERMARK || pieces.reverse().join('') === WATERMARK) spelled.push(chosen);
  }
  if (spelled.length === 1) return spelled[0] ?? null;
  const apart = words.filter(
    (word) =>
      !(
        WORD_BEFORE.test(page.slice(Math.max(0, word.index - WORD_REACH), word.index)) &&
        WORD_AFTER.test(page.slice(word.index + word[0].length, word.index + word[0].length + 3))
      ),
  );
  return lettersOf(apart) === WATERMARK_LETTERS ? apart : null;
}
