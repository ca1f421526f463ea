/** What the agenda grouping needs of an item: the day it was taken on and the heading it stands under. */
export interface AgendaPlace {
  day: string | null;
  section: string | null;
}

/** A run of consecutive items under one section heading (null: before any heading). */
export interface AgendaSection<T> {
  title: string | null;
  items: T[];
}

/** A run of consecutive items taken on one day (null: the document has no day headings). */
export interface AgendaDay<T> {
  day: string | null;
  sections: AgendaSection<T>[];
}

/**
 * Items in agenda order grouped as the outcome prints them: days, then section headings, then items.
 * Groups are consecutive runs, so a heading that recurs later in the agenda starts a new group.
 */
export function groupAgenda<T extends AgendaPlace>(items: readonly T[]): AgendaDay<T>[] {
  const days: AgendaDay<T>[] = [];
  for (const item of items) {
    let day = days[days.length - 1];
    if (day === undefined || day.day !== item.day) {
      day = { day: item.day, sections: [] };
      days.push(day);
    }
    let section = day.sections[day.sections.length - 1];
    if (section === undefined || section.title !== item.section) {
      section = { title: item.section, items: [] };
      day.sections.push(section);
    }
    section.items.push(item);
  }
  return days;
}

/**
 * The heading level of every day and section heading of a meeting page, and of its items: the same on every meeting,
 * whether its outcome prints days, sections, both or neither, so that a reader moving by headings finds item 6 at the
 * same level everywhere. Day and section headings stand beside the items they precede rather than above them, since
 * an outcome may print items before its first such heading.
 */
export const AGENDA_HEADING_LEVEL = 2;

/** Sub-items (`6.1`, `6.1.2`) one level below their item per numbering step; an unnumbered item (AOB) is an item. */
export function itemHeadingLevel(number: string | null): number {
  const depth = number === null ? 0 : number.split('.').filter((part) => part !== '').length - 1;
  return Math.min(AGENDA_HEADING_LEVEL + Math.max(depth, 0), 6);
}

/** The id of a planned item's note on the meeting page (`item-3-note-1`), which the mark after the item's title links to. */
export function noteAnchor(itemAnchor: string, index: number): string {
  return `${itemAnchor}-note-${index + 1}`;
}

/** The id of the note a planned item's sub-point calls, on the meeting page (`item-5-point-1-note-1`), which the mark after the sub-point's title links to. */
export function pointNoteAnchor(itemAnchor: string, pointIndex: number, index: number): string {
  return `${itemAnchor}-point-${pointIndex + 1}-note-${index + 1}`;
}

/**
 * The numbers of the items an outcome's item took together, read off its number as printed (`3. and 4.` → 3, 4;
 * `Items 3 and 4 –` → 3, 4; `3.-5.` → 3, 4, 5, a dash between two numbers spanning those between): the notice's
 * items of those numbers are recorded in it, not missing from the outcome. An item of one number gives none.
 */
export function numbersTakenTogether(printedNumber: string | undefined): string[] {
  const tokens = printedNumber?.match(/\d{1,3}|[-–—](?=[ \t]?\(?\d)/g) ?? [];
  const numbers: number[] = [];
  let spanning = false;
  for (const token of tokens) {
    if (/\D/.test(token)) {
      spanning = numbers.length > 0;
      continue;
    }
    const number = Number(token);
    const previous = numbers.at(-1);
    if (spanning && previous !== undefined) for (let between = previous + 1; between < number; between += 1) numbers.push(between);
    numbers.push(number);
    spanning = false;
  }
  return numbers.length < 2 ? [] : numbers.map(String);
}
