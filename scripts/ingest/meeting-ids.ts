import type { OkRecord } from '../../src/schemas/record.ts';
import { compare } from './order.ts';

/**
 * The meeting id of every outcome of proceedings: its first day, ISO; a second meeting starting on the same day
 * gets `-2`, a third `-3`, in the order of their document numbers (then sources). Records without a meeting are absent.
 */
export function meetingIds(records: readonly OkRecord[]): Map<OkRecord, string> {
  const outcomes = records
    .filter((record) => record.meeting !== null)
    .sort((a, b) => compare(firstDay(a), firstDay(b)) || compare(a.number, b.number) || compare(a.source, b.source));
  const ids = new Map<OkRecord, string>();
  const perDay = new Map<string, number>();
  for (const record of outcomes) {
    const day = firstDay(record);
    const count = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, count);
    ids.set(record, count === 1 ? day : `${day}-${count}`);
  }
  return ids;
}

function firstDay(record: OkRecord): string {
  return record.meeting?.dates[0] ?? record.date;
}

