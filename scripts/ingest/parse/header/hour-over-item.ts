import { timeRowLength } from './value-shapes.ts';

/** Item 1's number after the spaces or tab that part it from an hour (`⇥1. Adoption …`, ` 1. Adoption …`). */
const ITEM_ONE_AFTER = /[ \t]+1\.[ \t]+\S/y;

/**
 * Whether a notice's hour (timeRowLength: `10.00 – 18.00`, `10:00-18:00`, `kl. 10.00 – 18.00`, `10.00 – 18.00 Uhr`)
 * opens the line at `at`, item 1's number right after it: the `Time:` row's value that plain `pdftotext` prints last in
 * the values' column, under the venue's lines, set back on item 1's row as an agenda's time column is (timed-rows.ts:
 * `10.00 – 18.00⇥1. Adoption of the agenda`), or cut before item 1 on a page run into one line (`… 1048 Brussels` /
 * `10.00 – 18.00 1. Adoption of the agenda`, flat-lines.ts).
 */
export function opensWithHourOverItem(text: string, at: number): boolean {
  const hour = timeRowLength(text, at);
  if (hour === 0) return false;
  ITEM_ONE_AFTER.lastIndex = at + hour;
  return ITEM_ONE_AFTER.test(text);
}

/**
 * The offset of the line break that ends a line of text of `values` where the lines under it (past blank ones) open
 * with an hour over item 1 (opensWithHourOverItem), or null where none does: asked for a `Time:` label printed last in a
 * column of labels whose values hold no hour of their own (`Venue:` / `Time:`, then `COUNCIL` / `EUROPA BUILDING` /
 * `Rue de la Loi 175, 1048 Brussels` / `10.00 – 18.00⇥1. Adoption of the agenda`), whose value that hour is: no time
 * planned for item 1, and no line of the venue's.
 */
export function hourOverItemLine(values: string): number | null {
  let at = values.indexOf('\n');
  let above = values.slice(0, Math.max(at, 0)).trim() !== '';
  while (at !== -1) {
    if (above && opensWithHourOverItem(values, at + 1)) return at;
    const next = values.indexOf('\n', at + 1);
    above ||= values.slice(at + 1, next === -1 ? values.length : next).trim() !== '';
    at = next;
  }
  return null;
}
