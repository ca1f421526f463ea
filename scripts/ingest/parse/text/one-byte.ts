/**
 * Lines held one byte a character. V8 holds a string two bytes a character as soon as one of its characters needs it
 * (`–`, `⁴`, `ń`), and so every line cut from such a document, though nearly all of them are Latin-1 only (1,107 of
 * the 2,000 generated documents are held so, 97 % of their lines Latin-1). V8 runs a pattern on the two forms with
 * separate machine code, and on the two-byte form tests a class such as `\p{L}` by searching its ranges instead of
 * looking a character up among 256: the same text held one byte a character is matched alike, only faster.
 */

/** A character that a string held one byte a character cannot hold. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** Whether `text` holds a character beyond Latin-1: only then are the lines cut from it held two bytes a character. */
export function holdsWideCharacters(text: string): boolean {
  return BEYOND_LATIN1.test(text);
}

/**
 * The same text (equal to it), held one byte a character where every character fits in one; else the text itself. Its
 * Latin-1 bytes (one a character, each character's code) read back give the same characters, which V8 holds one byte
 * each: half the work of a round trip through UTF-8, which also had to be validated.
 */
export function oneByte(text: string): string {
  return text.length === 0 || BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
