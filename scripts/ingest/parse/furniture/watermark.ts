/** The pieces of a diagonal LIMITE watermark that a PDF's text extraction prints as lines of their own. */

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

/**
 * A page run into one line without the pieces of a diagonal `LIMITE` watermark that `pdftotext` printed among its
 * words (`… Subject: E NOTE M The 19 December …`, `… affairs. LI In the context …`): the words of one to three letters
 * of the word whose letters, between them, are the word's letters exactly, each once (`IT`, `E`, `M`, `LI`); each is
 * taken out with the space before it. A page whose such words hold other letters or more (a country's code `IT` in
 * the text beside the pieces) is left as it is.
 */
export function withoutFlatWatermark(page: string): string {
  // more pieces than the word has letters are no watermark's: the look stops there
  const pieces: RegExpExecArray[] = [];
  PIECE_WORD.lastIndex = 0;
  for (let piece = PIECE_WORD.exec(page); piece !== null && pieces.length <= WATERMARK.length; piece = PIECE_WORD.exec(page)) pieces.push(piece);
  if (pieces.length < 2 || pieces.length > WATERMARK.length) return page;
  const letters = [...pieces.map((piece) => piece[0]).join('')].sort().join('');
  if (letters !== WATERMARK_LETTERS) return page;
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
