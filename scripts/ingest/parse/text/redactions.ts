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

/** Redaction marks after a space, one or more: where a withheld passage may follow a title run into one line with it. */
const MARKS_AFTER_SPACE = new RegExp(String.raw`[ \t]${MARK}(?:[ \t]+${MARK})*`);

/** What a title's own withheld rest follows (`Sitzung im engeren Kreis: […]`, `informa- DELETED`): no text's start. */
const TITLE_GOES_ON = /[:–—-]$/u;

/** The first redaction marks after a title's first word: where they begin and end, and whether they withhold the title's own rest. */
export interface WithheldMarks {
  at: number;
  end: number;
  /** The marks follow a colon or dash (`Sitzung im engeren Kreis: […]`): the title's rest is withheld, not its text. */
  inTitle: boolean;
}

/**
 * The first redaction marks after the first word of a title run into one line with its text (`Informations de la
 * présidence […]`; a title withheld itself, `[…] […]`: the second mark), as a page flattened to one line prints a
 * withheld item; null where there is none. Linear: one search of a fixed pattern.
 */
export function withheldAfterTitle(text: string): WithheldMarks | null {
  const first = REDACTION_START.exec(text)?.[0].length ?? /^\s*\S+/.exec(text)?.[0].length ?? 0;
  const marks = MARKS_AFTER_SPACE.exec(text.slice(first));
  if (marks === null) return null;
  const at = first + marks.index;
  return { at: at + 1, end: at + marks[0].length, inTitle: TITLE_GOES_ON.test(text.slice(0, at)) };
}
