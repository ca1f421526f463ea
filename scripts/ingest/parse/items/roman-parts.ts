import { WORDED_NUMBER_SOURCE } from '../text/item-numbers.ts';
import type { SourceLine } from '../normalise.ts';

/**
 * A part of an agenda or summary record numbered in Roman numerals: `I. Adoption of the agenda`, `III. Discussion
 * items II`, `I. ITEMS DISCUSSED`, `PART I`, `PART II – Restricted session` (also `PARTIE`, `TEIL`, `PARTE`);
 * groups: the numeral after a part word, the numeral before a dot, the title.
 */
const ROMAN_PART = /^[ \t]*(?:\*\*)?(?:(?:PART|Part|PARTIE|Partie|TEIL|Teil|PARTE|Parte)[ \t]+([IVX]{1,5})\b\.?|([IVX]{1,5})\.)(?:[ \t]+(\S.*?))?(?:\*\*)?$/u;

/** A numbered agenda line (`2. Title`, `3.1 Title`, `1) Title`, `Item 1: Title`) or a number alone on its line. */
const NUMBERED_LINE = new RegExp(
  String.raw`^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:\d{1,5}(?:\.\d{1,3}){0,4}\.(?:\d{1,3})?(?:[ \t]|$)|${WORDED_NUMBER_SOURCE}[ \t])`,
  'u',
);

/** The values of Roman numerals up to the parts a record has (XX is far beyond any). */
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/**
 * How the agenda reader takes a Roman part: the heading of the items under it (text between it and its first item
 * opens that item's text, so that the part's title is printed once), an item of its own, or a line of text.
 */
export type RomanPart = 'heading' | 'item' | 'text';

/** The value of a Roman numeral, or 0 when it is none written the usual way. */
function romanValue(numeral: string): number {
  let value = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const current = ROMAN_VALUES[numeral[index] ?? ''] ?? 0;
    const next = ROMAN_VALUES[numeral[index + 1] ?? ''] ?? 0;
    value += current < next ? -current : current;
  }
  return /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(numeral) ? value : 0;
}

/** The numeral and title of a line of Roman part shape, or null. */
function partLine(text: string): { numeral: string; titled: boolean } | null {
  const match = ROMAN_PART.exec(text);
  if (match === null) return null;
  const numeral = match[1] ?? match[2] ?? '';
  return romanValue(numeral) === 0 ? null : { numeral, titled: match[2] !== undefined && match[3] !== undefined };
}

/**
 * The Roman parts of an agenda body, by index of their line: only lines that number parts in sequence from I (I, II,
 * III …), so that a stray `V.` or `X.` in a text is no part. A part heads the items under it when a numbered line
 * stands between it and the next part (`III. Discussion items` over `2.`, `4.`, or `PART I` over `1.`); else a part
 * numbered with a dot and a title (`I. Adoption of the agenda`, `II. Approval of the "I" items`, with their own text)
 * is an item numbered by its numeral, and any other stays a line of text.
 */
export function romanParts(lines: readonly SourceLine[]): Map<number, RomanPart> {
  const found: Array<{ index: number; numeral: string; titled: boolean }> = [];
  lines.forEach((entry, index) => {
    const part = partLine(entry.text);
    if (part !== null && romanValue(part.numeral) === found.length + 1) found.push({ index, ...part });
  });
  const parts = new Map<number, RomanPart>();
  found.forEach((part, position) => {
    const end = found[position + 1]?.index ?? lines.length;
    const under = lines.slice(part.index + 1, end);
    if (under.some((entry) => NUMBERED_LINE.test(entry.text))) parts.set(part.index, 'heading');
    else parts.set(part.index, part.titled ? 'item' : 'text');
  });
  return parts;
}
