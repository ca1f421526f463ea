import { TIME_RANGE, WORDED_HOURS_SPAN } from '../text/vocabulary.ts';
import type { AgendaItem } from './items.ts';

/** Two times and nothing else (`10.00 – 13.00`, `10:00-13:00`, `09.30 to 13.00`): a span of hours. */
const SPAN = new RegExp(String.raw`^${TIME_RANGE}$`, 'u');

/** Two times and maybe the version's short word for hours after them (`10.00 – 13.00 Uhr`, `10.00 – 13.00 ч.`, `10.00 – 13.00 val.`). */
const HOURS_LINE = new RegExp(String.raw`^${TIME_RANGE}(?:[ \t]+\p{L}{1,4}\.?)?$`, 'u');

/** A day's hours alone on a line with the version's word for hours or o'clock (`kl. 10.00 – 13.00`, `10 h 00 – 13 h 00`, `10.00 – 13.00 Uhr`). */
const WORDED_HOURS_LINE = new RegExp(String.raw`^${WORDED_HOURS_SPAN}$`, 'u');

/**
 * Whether a line is a day's hours printed in words under its day's heading (`17. Februar 2026` / `10.00 – 18.00 Uhr`,
 * `17 februari 2026` / `kl. 10.00 – 18.00`, `17 février 2026` / `10 h 00 – 18 h 00`): a span with the version's word
 * for hours or o'clock, which no notice prints as an item's slot (a slot is figures alone, read before its item's
 * number and set apart by dayHoursApart).
 */
export function isWordedHoursLine(text: string): boolean {
  return WORDED_HOURS_LINE.test(text);
}

/**
 * Whether a line is a span of hours and nothing else (HOURS_LINE), as a notice prints a day's hours above its first
 * item: no item numbered `10.00` and titled `– 13.00 uur`.
 */
export function isHoursLine(text: string): boolean {
  return HOURS_LINE.test(text);
}

/**
 * The items with the hours of a day printed above its first item set apart from that item's own slot: where a span
 * (`10.00 – 13.00`) stands before the first item of a day (or of an agenda without day headings) and no other item of
 * that day has a time of its own, the span is the day's opening hours, printed above its list (`17 February 2026` /
 * `10.00 – 13.00` / `1. Adoption of the agenda`), not the time planned for item 1: it becomes the item's `dayHours`,
 * still printed before its text. A notice's time column prints a slot beside each item, so the first item's slot
 * has others after it that day.
 */
export function dayHoursApart(items: readonly AgendaItem[]): AgendaItem[] {
  const result = [...items];
  let first = 0;
  while (first < result.length) {
    const day = result[first]?.day ?? null;
    let end = first + 1;
    while (end < result.length && (result[end]?.day ?? null) === day) end += 1;
    const opening = result[first] as AgendaItem;
    const others = result.slice(first + 1, end).some((item) => item.time !== null);
    if (opening.time !== null && SPAN.test(opening.time) && !others) result[first] = { ...opening, time: null, dayHours: opening.time };
    first = end;
  }
  return result;
}
