import { createHash } from 'node:crypto';
import type { OkRecord } from '../../../src/schemas/record.ts';
import { decisionKeys } from './decision-numbers.ts';
import { meetingOf, type PlanKey } from './meeting-ids.ts';

/**
 * What deciding a record's plan needs of it (meeting-ids.ts): its place, number, language and meeting, a hash of
 * everything it says but its source's name, so that two sources of the same text are known as one document, and an
 * outcome's decisions, numbered across its versions.
 */
export function planKey(record: OkRecord): PlanKey {
  const meeting = meetingOf(record);
  return {
    source: record.source,
    number: record.number,
    language: record.language,
    date: record.date,
    hash: createHash('sha256')
      .update(JSON.stringify({ ...record, source: '' }))
      .digest('hex'),
    meeting: meeting === null ? null : { id: meeting.id, role: meeting.role },
    decisions: meeting?.role === 'outcome' ? decisionKeys(record) : [],
  };
}
