/**
 * The marks a public version of a LIMITE document prints where the Council withheld a passage (Regulation (EC)
 * No 1049/2001, partial access): `[…]` or `[...]`, and `DELETED` in capitals as the register's older versions print
 * it. They stay in the text as printed (nothing lost); the readers here only step over them.
 */
const MARK = String.raw`(?:\[[ \t]?(?:…|\.{3})[ \t]?\]|DELETED)`;

/** A redaction mark opening a line's text, with the spaces before it: a title or a paragraph withheld whole (`3.`, `[…]`). */
export const REDACTION_START = new RegExp(String.raw`^[ \t]*${MARK}`);

/** The redaction marks that end a line's text, with the spaces before them (`… est convenu de le [...]`, `[…]` alone). */
export const REDACTION_END = new RegExp(String.raw`(?:^|[ \t])(?:${MARK}[ \t]*)+$`);

/** The redaction marks that open a text, with the spaces after each (`[…] The Committee approved …`). */
const LEADING_MARKS = new RegExp(String.raw`^(?:${MARK}[ \t\n]+)+`);

/**
 * A sentence without the redaction marks that open it, so that its clause is read from its own first word: the
 * Council withholds a passage up to a sentence's end and the next sentence follows the mark (`[…] The Committee
 * approved …`). Guarantee: returns a suffix of `sentence`; the same sentence where none opens it.
 */
export function withoutLeadingRedactions(sentence: string): string {
  const marks = LEADING_MARKS.exec(sentence);
  return marks === null ? sentence : sentence.slice(marks[0].length);
}
