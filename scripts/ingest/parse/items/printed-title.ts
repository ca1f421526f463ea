import { JOINT_NUMBER_SOURCE, WORDED_NUMBER_SOURCE } from '../text/item-numbers.ts';

/** Heading marks opening a line (`### `). */
const HEADING_MARKS = /^[ \t]{0,3}#{1,6}[ \t]+/;

/**
 * A heading number as printed before its title, bold toggles around it or before it: `6.1.`, `2.1`, `III.`, `**3.`,
 * `**3.**`, an item's number with its word or bracket (`Item 1:`, `Punkt 2:`, `1)`) and the numbers of items taken
 * together (`3. and 4.`, `Items 3 and 4:`: `item-numbers.ts`).
 */
const LEADING_NUMBER = new RegExp(
  String.raw`^(?<open>\*\*)?[ \t]{0,3}(?:${JOINT_NUMBER_SOURCE}|${WORDED_NUMBER_SOURCE}|\d{1,5}(?:\.\d{1,3}){0,4}\.?|[IVX]{1,7}[.)]?)(?<close>\*\*)?[ \t]+(?=\S)`,
  'u',
);

/**
 * The title of a heading line as printed, for the record's text: heading marks cut off and, when the parser read a
 * number on the line (`numbered`), that number; a bold toggle before the number is kept, so that it still pairs with
 * the one closing the title (a number in bold of its own, `**3.**`, takes both). Everything else (colons, marks, toggles) stays for the inline reading.
 */
export function titleAsPrinted(text: string, numbered: boolean): string {
  const bare = text.replace(HEADING_MARKS, '');
  return numbered
    ? bare.replace(LEADING_NUMBER, (...args: unknown[]) => {
        const { open, close } = args.at(-1) as { open?: string; close?: string };
        return (open === undefined) === (close === undefined) ? '' : '**';
      })
    : bare;
}
