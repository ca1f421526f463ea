import type { OkRecord } from '../../../src/schemas/record.ts';
import { compare, compareDates } from '../../../src/shared/order.ts';
import { familyKey } from '../../../src/shared/references.ts';
import { ARCHIVE_LANGUAGE } from '../../../src/shared/slug.ts';
import { byVersion, versionRank } from '../../../src/shared/version-rank.ts';
import { AGENDA_KINDS, NOTICE_KINDS } from '../parse/text/vocabulary.ts';
import { committeeOf, type Committee } from './committees.ts';
import { decisionNumbers, type DecisionKey, type DecisionNumbers } from './decision-numbers.ts';

/** What a document is to its meeting: the outcome (or summary record) that records it, or the notice that plans it. */
export type MeetingRole = 'outcome' | 'agenda';

/** The meeting a document is of: its id, the committee, the days, and the document's role. */
export interface MeetingOf {
  id: string;
  committee: Committee;
  dates: string[];
  role: MeetingRole;
}

/**
 * The meeting a record is of, or null for a document of no meeting. A meeting is its committee and the day it opens,
 * never the document that records it: the id is that day (`2025-11-18`) for a meeting of COSI, and the day with the
 * committee's id for any other (`2025-11-18-psc-cosi`), so that no other document, no revision or corrigendum of it
 * and no agenda moves it.
 */
export function meetingOf(record: Pick<OkRecord, 'kind' | 'meeting' | 'subject' | 'to'>): MeetingOf | null {
  const role = AGENDA_KINDS.has(record.kind) ? 'outcome' : NOTICE_KINDS.has(record.kind) ? 'agenda' : null;
  const day = record.meeting?.dates[0];
  if (role === null || record.meeting === null || day === undefined) return null;
  const committee = committeeOf(record.subject, record.to);
  return { id: committee.id === 'cosi' ? day : `${day}-${committee.id}`, committee, dates: record.meeting.dates, role };
}

/** What deciding how a document is written needs: its place, its number and language, its text's hash, its meeting. */
export interface PlanKey {
  source: string;
  number: string;
  language: string | null;
  /** Null where the header's date could not be read (dated versions come first). */
  date: string | null;
  /** A hash of the record without its source: two sources with one hash give the same document. */
  hash: string;
  meeting: { id: string; role: MeetingRole } | null;
  /** The decisions of an outcome, for numbering them across its versions (decision-numbers.ts); empty for others. */
  decisions: readonly DecisionKey[];
}

/**
 * How a document is written: its meeting, whether it is the one its meeting shows (the latest version of the outcome,
 * or of the notice), which of the texts given for its number it is (0 shows on the document's page; 1, 2 … are other
 * sources' different texts, diffed there), for a source whose text another source already gave, that source, and for
 * the outcome a meeting shows, the numbers of its decisions across the versions before it (null: 1, 2, 3 … per item).
 */
export interface Plan {
  meeting: string | null;
  primary: boolean;
  variant: number;
  sameAs: string | null;
  decisionNumbers: DecisionNumbers | null;
}

/** How a document is written when no other document says otherwise: what the worker that reads it alone assumes. */
export function soloPlan(key: Pick<PlanKey, 'meeting'>): Plan {
  return { meeting: key.meeting?.id ?? null, primary: true, variant: 0, sameAs: null, decisionNumbers: null };
}

/** Values grouped by a key, groups in order of first appearance. */
function groups<T>(values: readonly T[], key: (value: T) => string | null): T[][] {
  const grouped = new Map<string, T[]>();
  for (const value of values) {
    const name = key(value);
    if (name === null) continue;
    const group = grouped.get(name);
    if (group === undefined) grouped.set(name, [value]);
    else group.push(value);
  }
  return [...grouped.values()];
}

/**
 * The plan of every document, the same whatever the order of `keys`:
 * - sources giving one number (in one language): the same text is one document (the later sources `sameAs` the
 *   first); different texts are all kept, numbered by source path;
 * - the documents of one meeting in one role: the meeting shows one. Versions of one number family (INIT, COR, REV)
 *   are one record, shown at its latest version; of two families, the one whose first version is dated first (then by
 *   number) is shown and the other only listed, so that a document issued later cannot displace the record.
 */
export function documentPlans<T extends PlanKey>(keys: readonly T[]): Map<T, Plan> {
  const sorted = [...keys].sort((a, b) => compare(a.source, b.source));
  const plans = new Map<T, Plan>(sorted.map((key) => [key, { ...soloPlan(key), primary: false }]));
  for (const sameNumber of groups(sorted, ({ number, language }) => `${number}\u0000${language ?? ''}`)) {
    const firstOfText = new Map<string, { key: T; variant: number }>();
    for (const key of sameNumber) {
      const plan = plans.get(key);
      const first = firstOfText.get(key.hash) ?? { key, variant: firstOfText.size };
      firstOfText.set(key.hash, first);
      if (plan === undefined) continue;
      plan.variant = first.variant;
      plan.sameAs = first.key === key ? null : first.key.source;
    }
  }
  const shown = sorted.filter((key) => plans.get(key)?.sameAs === null && plans.get(key)?.variant === 0);
  for (const members of groups(shown, ({ meeting }) => (meeting === null ? null : `${meeting.id}\u0000${meeting.role}`))) {
    const primary = shownMember(members);
    const plan = primary === undefined ? undefined : plans.get(primary);
    if (primary === undefined || plan === undefined) continue;
    plan.primary = true;
    if (primary.meeting?.role === 'outcome') plan.decisionNumbers = decisionNumbers(versionsOf(primary, members).map(({ decisions }) => decisions));
  }
  for (const [key, plan] of plans) if (key.meeting === null) plan.primary = true;
  return plans;
}

/** The versions of the shown member's family in its language up to it, oldest first: what its decision numbers follow. */
function versionsOf<T extends PlanKey>(shown: T, members: readonly T[]): T[] {
  const family = familyKey(shown.number) ?? shown.number;
  return members
    .filter((key) => (familyKey(key.number) ?? key.number) === family && key.language === shown.language && byVersion(key.number, shown.number) <= 0)
    .sort((a, b) => byVersion(a.number, b.number) || compareDates(a.date, b.date) || compare(a.source, b.source));
}

/**
 * The member of a meeting's documents of one role that its page shows: in the archive's language where it has one
 * (other language versions are pages of their own), the latest version of the first-dated family.
 */
function shownMember<T extends PlanKey>(members: readonly T[]): T | undefined {
  const inArchiveLanguage = members.filter(({ language }) => language === null || language === ARCHIVE_LANGUAGE);
  const families = groups(inArchiveLanguage.length > 0 ? inArchiveLanguage : members, ({ number }) => familyKey(number) ?? number);
  const earliest = (family: readonly T[]) => family.map(({ date }) => date).sort(compareDates)[0] ?? null;
  const first = families.sort(
    (a, b) => compareDates(earliest(a), earliest(b)) || compare(familyKey(a[0]?.number ?? '') ?? '', familyKey(b[0]?.number ?? '') ?? ''),
  )[0];
  return first?.sort((a, b) => {
    const x = versionRank(a.number);
    const y = versionRank(b.number);
    return y.rev - x.rev || y.cor - x.cor || compareDates(b.date, a.date) || compare(a.source, b.source);
  })[0];
}

/**
 * What the ingest report says of documents whose plan others decided, by source: a text another source gave already,
 * a number given with different texts, a meeting recorded by documents of different families.
 */
export function planWarnings<T extends PlanKey>(plans: ReadonlyMap<T, Plan>): Map<string, string[]> {
  const warnings = new Map<string, string[]>();
  const warn = (source: string, message: string) => warnings.set(source, [...(warnings.get(source) ?? []), message]);
  const keys = [...plans.keys()];
  for (const sameNumber of groups(keys, ({ number, language }) => `${number}\u0000${language ?? ''}`)) {
    if (sameNumber.length < 2) continue;
    const sources = sameNumber.map(({ source }) => source).join(', ');
    const differ = new Set(sameNumber.map(({ hash }) => hash)).size > 1;
    for (const key of sameNumber) {
      const plan = plans.get(key);
      if (plan?.sameAs !== null && plan?.sameAs !== undefined) warn(key.source, `document ${key.number} has the same text as in ${plan.sameAs}: one document`);
      else if (differ)
        warn(key.source, `document number ${key.number} is given with different texts by ${sources}: each is kept, and its page says the sources differ`);
    }
  }
  for (const members of groups(keys, ({ meeting }) => (meeting === null ? null : `${meeting.id}\u0000${meeting.role}`))) {
    const families = new Set(members.map(({ number }) => familyKey(number) ?? number));
    if (families.size < 2) continue;
    const shown = members.find((key) => plans.get(key)?.primary === true);
    for (const key of members) {
      if (key === shown || shown === undefined) continue;
      if ((familyKey(key.number) ?? key.number) === (familyKey(shown.number) ?? shown.number)) continue;
      warn(
        key.source,
        `${key.number} is of the meeting ${key.meeting?.id ?? ''}, which ${shown.number} records already: the meeting page shows ${shown.number} and lists ${key.number}`,
      );
    }
  }
  return warnings;
}
