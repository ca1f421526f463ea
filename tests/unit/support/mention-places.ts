import { latestMentions, mentionsBySubject, subjectKey, type MentionKind } from '../../../src/lib/mentions-subjects.ts';
import type { Mention, MentionEntry } from '../../../src/schemas/mention-entry.ts';
import type { Entry } from './content-entries.ts';

/** Where a mentioned unit stands, for comparing lists: `2025-11-18 item-13`, `6543/25 section-3-10`. */
export function place(mention: Mention): string {
  return `${mention.meeting ?? mention.document} ${mention.href.split('#')[1] ?? ''}`;
}

/** Every mention of an actor or topic in the ingest's mention entries, newest first, as its pages list them. */
export function mentionsIn(entries: readonly Entry<MentionEntry>[]): (kind: MentionKind, id: string) => Mention[] {
  const bySubject = mentionsBySubject(entries.map((entry) => entry.data));
  return (kind, id) => latestMentions(bySubject.get(subjectKey(kind, id)) ?? [], Number.POSITIVE_INFINITY);
}
