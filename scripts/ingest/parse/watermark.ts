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
    const text = entry.text.trim();
    return text.length > 0 && text.length <= MAX_PIECE && WATERMARK.includes(text);
  });
  const letters = new Set(pieces.flatMap((entry) => [...entry.text.trim()]));
  const whole = [...WATERMARK].every((letter) => letters.has(letter));
  return new Set(whole && pieces.length >= MIN_PIECES ? pieces.map((entry) => entry.line) : []);
}
