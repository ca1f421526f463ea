import type { MeetingEntry } from '../../../src/schemas/meeting-entry.ts';
import { compare } from '../../../src/shared/order.ts';
import { presidencyOn } from '../../../src/shared/presidency.ts';
import { familyKey } from '../../../src/shared/references.ts';
import { byVersion } from '../../../src/shared/version-rank.ts';
import { itemAnchors } from '../markdown/anchors.ts';
import type { PlannedItem } from '../../../src/schemas/planned-item.ts';
import type { MeetingPart } from './document-files.ts';
import type { MeetingRole } from './meeting-ids.ts';

/** The parts of one meeting's documents of one role: the one shown, every version of its family, the other records. */
function documentsOf(
  parts: readonly MeetingPart[],
  role: MeetingRole,
): { shown: MeetingPart; versions: string[]; others: string[]; earlier: MeetingPart[] } | null {
  const ofRole = parts.filter((part) => part.role === role);
  const shown = ofRole.find((part) => part.primary);
  if (shown === undefined) return null;
  const family = familyKey(shown.number) ?? shown.number;
  const inFamily = (part: MeetingPart) => (familyKey(part.number) ?? part.number) === family;
  const numbers = (same: boolean) => [...new Set(ofRole.filter((part) => inFamily(part) === same).map(({ number }) => number))].sort(byVersion);
  const earlier = ofRole.filter((part) => part !== shown && inFamily(part)).sort((a, b) => byVersion(b.number, a.number));
  return { shown, versions: numbers(true), others: numbers(false), earlier };
}

/**
 * The items a meeting's notice plans: the shown version's; where that version cancels the meeting and lists none (`The
 * above meeting has been cancelled.`), those of the latest earlier version of its number that lists some.
 */
function plannedOf(agenda: { shown: MeetingPart; earlier: MeetingPart[] } | null): PlannedItem[] {
  if (agenda === null) return [];
  const own = agenda.shown.planned ?? [];
  if (own.length > 0 || !agenda.shown.cancelled) return own;
  return agenda.earlier.find((part) => (part.planned ?? []).length > 0)?.planned ?? [];
}

/**
 * One entry per meeting, from the parts of its documents (in any order): the outcome its page shows, with its items
 * and decisions, and the notice, with its items as planned, each planned item with the anchor the outcome's item of
 * that number takes, so that an agenda alone and the outcome that joins it later give an item one address. A meeting
 * whose documents are none of them shown (every one another source's text) has no entry.
 */
export function meetingEntries(parts: Iterable<MeetingPart>): MeetingEntry[] {
  const byMeeting = new Map<string, MeetingPart[]>();
  for (const part of parts) {
    const list = byMeeting.get(part.id);
    if (list === undefined) byMeeting.set(part.id, [part]);
    else list.push(part);
  }
  const entries: MeetingEntry[] = [];
  for (const [id, members] of [...byMeeting].sort(([a], [b]) => compare(a, b))) {
    const outcome = documentsOf(members, 'outcome');
    const agenda = documentsOf(members, 'agenda');
    const main = outcome?.shown ?? agenda?.shown;
    if (main === undefined) continue;
    const planned = plannedOf(agenda);
    const anchors = itemAnchors(planned);
    entries.push({
      id,
      committee: main.committee.id,
      title: main.committee.title,
      dates: main.dates,
      presidency: presidencyOn(main.dates[0] ?? id.slice(0, 10)),
      document: main.number,
      documentSlug: main.slug,
      outcome: outcome === null ? null : { number: outcome.shown.number, slug: outcome.shown.slug, versions: outcome.versions, others: outcome.others },
      agenda:
        agenda === null
          ? null
          : {
              number: agenda.shown.number,
              slug: agenda.shown.slug,
              versions: agenda.versions,
              others: agenda.others,
              planned: planned.map((item, index) => ({ ...item, anchor: anchors[index] ?? `item-${index + 1}` })),
              note: agenda.shown.note,
            },
      // the hour, venue and format the notice shown prints (an outcome prints none)
      time: agenda?.shown.time ?? null,
      times: agenda?.shown.times ?? [],
      venue: agenda?.shown.venue ?? null,
      format: agenda?.shown.format ?? null,
      // A meeting its notice's latest version cancels has no outcome of proceedings: one held would say it took place.
      ...(outcome === null && agenda?.shown.cancelled === true ? { cancelled: true } : {}),
      items: outcome?.shown.items ?? [],
      decisionCount: outcome?.shown.decisionCount ?? 0,
    });
  }
  return entries;
}
