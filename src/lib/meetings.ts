/** What ordering meetings needs: the id, which starts with the first day (`2025-11-18`, `2025-11-18-2`). */
export interface Dated {
  id: string;
}

/** Meetings newest first; a second meeting on a day (`-2`) comes before the first. */
export function newestFirst<T extends Dated>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => compareIds(b.id, a.id));
}

function compareIds(a: string, b: string): number {
  const day = a.slice(0, 10).localeCompare(b.slice(0, 10));
  if (day !== 0) return day;
  return Number(a.slice(11) || '1') - Number(b.slice(11) || '1');
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
