/** Whether a line between two agenda items is a heading of the items below it (`Justice and Home Affairs`), not text of the item above. */

/** A heading's shape: a capital first, letters and the punctuation of names, no digit, at most eight words, no closing punctuation. */
const HEADING = /^\p{Lu}[\p{L}'’ ()&,–-]{1,79}(?<![.:;,!?–-])$/u;

/** The most words a heading between items has. */
const MAX_WORDS = 8;

/** A sentence's end at the end of a line, closing quotes and brackets aside. */
const ENDS_SENTENCE = /[.!?]["'”’)\]]{0,3}$/;

/**
 * Whether `text`, standing between the end of an item's text (`above`, a sentence's end) and the next item's numbered
 * title, heads the items below it, as a summary record prints the Council configuration or area its next items
 * belong to (`Justice and Home Affairs`, `Internal Security`): a short line in the shape of a heading.
 */
export function headsItemsBelow(above: string, text: string): boolean {
  const plain = text.trim();
  return ENDS_SENTENCE.test(above.trimEnd()) && HEADING.test(plain) && plain.split(/\s+/).length <= MAX_WORDS;
}

/** The most words a part of the meeting named under a day heading has (`Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)`: 12). */
const MAX_PART_WORDS = 14;

/** A part's shape: a heading's (`HEADING`), as long as a committee's full name in any version. */
const PART = /^\p{Lu}[\p{L}'’ ()&,–/-]{1,119}(?<![.:;,!?–-])$/u;

/**
 * Whether `text`, standing between a day heading and that day's first item, names the part of the meeting held that
 * day, as a notice of a meeting held in two parts prints it (`COSI Support Group`, `Standing Committee on Operational
 * Cooperation on Internal Security (COSI)`, `Groupe de soutien du COSI`): a line in the shape of a heading.
 */
export function namesDayPart(text: string): boolean {
  const plain = text.trim();
  return PART.test(plain) && plain.split(/\s+/).length <= MAX_PART_WORDS;
}
