/** What ordering meetings needs: the id, which starts with the first day (`2025-11-18`, `2025-11-18-psc-cosi`). */
export interface Dated {
  id: string;
}

/** Meetings newest first; on one day, another committee's meeting (`-psc-cosi`) comes before COSI's own. */
export function newestFirst<T extends Dated>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => compareIds(b.id, a.id));
}

/** Oldest first: by day, then COSI's own meeting (the bare day) before the others of that day, by committee id. */
function compareIds(a: string, b: string): number {
  const day = a.slice(0, 10).localeCompare(b.slice(0, 10));
  if (day !== 0) return day;
  const [x, y] = [a.slice(11), b.slice(11)];
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Meetings newest first, grouped by the year of their first day, years newest first. */
export function byYear<T extends Dated>(meetings: readonly T[]): { year: string; meetings: T[] }[] {
  const groups: { year: string; meetings: T[] }[] = [];
  for (const meeting of newestFirst(meetings)) {
    const year = meeting.id.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.year === year) last.meetings.push(meeting);
    else groups.push({ year, meetings: [meeting] });
  }
  return groups;
}

/** The meetings before and after each one, in time (null at either end), keyed by id: one sort for the whole archive. */
export function neighboursById<T extends Dated>(meetings: readonly T[]): Map<string, { previous: T | null; next: T | null }> {
  const ordered = [...meetings].sort((a, b) => compareIds(a.id, b.id));
  return new Map(ordered.map((meeting, index) => [meeting.id, { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null }]));
}
