import { compare, type DocumentKey } from '../../../src/shared/order.ts';

/** What a meeting id depends on: the document's place in the archive and, for an outcome, its meeting days. */
export interface MeetingKey extends DocumentKey {
  meeting: { dates: readonly string[] } | null;
}

/**
 * The meeting id of every outcome of proceedings: its first day, ISO; a second meeting starting on the same day
 * gets `-2`, a third `-3`, in the order of their document numbers (then sources). Records without a meeting are absent.
 */
export function meetingIds<T extends MeetingKey>(records: readonly T[]): Map<T, string> {
  const outcomes = records
    .filter((record) => record.meeting !== null)
    .sort((a, b) => compare(firstDay(a), firstDay(b)) || compare(a.number, b.number) || compare(a.source, b.source));
  const ids = new Map<T, string>();
  const perDay = new Map<string, number>();
  for (const record of outcomes) {
    const day = firstDay(record);
    const count = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, count);
    ids.set(record, count === 1 ? day : `${day}-${count}`);
  }
  return ids;
}

/** The day a meeting id starts from: the meeting's first day, else the document's date. */
export function firstDay(record: MeetingKey): string {
  return record.meeting?.dates[0] ?? record.date;
}
