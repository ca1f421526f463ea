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
