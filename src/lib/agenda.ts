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
