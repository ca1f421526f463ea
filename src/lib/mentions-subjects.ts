/** The actors and topics as their pages present them, and their mentions grouped from the ingest's mention entries. */
import type { Mention, MentionEntry } from '../schemas/mention-entry.ts';
import { ACTOR_GROUP_TITLES, ACTORS } from '../shared/actors.ts';
import { TOPICS } from '../shared/topics.ts';
import { append } from '../shared/lists.ts';

/** What a mention entry is about. */
export type MentionKind = MentionEntry['kind'];

/** How the pages of a kind say that units are about it: "… sections that mention Europol", "… sections on EMPACT". */
export interface Wording {
  /** After "agenda items and report sections": "that mention", "on". */
  readonly about: string;
  /** After "Every … report section": "that mentions", "on". */
  readonly aboutOne: string;
  /** After "agenda items and sections": "mention", "are on". */
  readonly verb: string;
  /** After "agenda item or section": "mentions", "is on". */
  readonly verbOne: string;
  /** Before the list of what recognises it. */
  readonly recognised: string;
  /** The heading of a list of every mention. */
  readonly all: string;
}

/** The wording of each kind. */
const WORDING: Readonly<Record<MentionKind, Wording>> = {
  actor: { about: 'that mention', aboutOne: 'that mentions', verb: 'mention', verbOne: 'mentions', recognised: '. Recognised as:', all: 'All mentions' },
  topic: {
    about: 'on',
    aboutOne: 'on',
    verb: 'are on',
    verbOne: 'is on',
    recognised: '. An item or section is on it when its heading, or at least two and a quarter of its sentences, use one of the keywords',
    all: 'All items and sections',
  },
};

/** How many units are about a subject, as a clause: "1 agenda item or section is on", "3 agenda items and sections mention". */
export function unitCount(count: number, wording: Wording, of = ''): string {
  const when = of === '' ? '' : ` of ${of}`;
  return count === 1 ? `1 agenda item or section${when} ${wording.verbOne}` : `${count} agenda items and sections${when} ${wording.verb}`;
}

/** A year page's meta description: "The 3 COSI agenda items and report sections of 2021 that mention Europol.", singular for one. */
export function yearDescription(count: number, year: string, wording: Wording, name: string): string {
  return count === 1
    ? `The 1 COSI agenda item or report section of ${year} ${wording.aboutOne} ${name}.`
    : `The ${count} COSI agenda items and report sections of ${year} ${wording.about} ${name}.`;
}

/** An actor or a topic, with the paths and words of its pages. */
export interface MentionSubject {
  readonly kind: MentionKind;
  readonly id: string;
  readonly name: string;
  /** The index of its kind (`/actors/`) and that index's title. */
  readonly index: { readonly href: string; readonly title: string };
  /** Its page, `/actors/europol/`; a year's page is `<page><year>/`. */
  readonly page: string;
  readonly feed: string;
  /** The actor's group title, shown after the index in the breadcrumb; null for a topic. */
  readonly group: string | null;
  /** Where the index lists the actor's group (`/actors/#group-eu-body`); null for a topic. */
  readonly groupHref: string | null;
  /** What recognises it: the actor's aliases or the topic's keywords. */
  readonly names: readonly string[];
  readonly wording: Wording;
}

/** The subject of an actor or topic (`kind` and `id`), with its paths. */
function subject(kind: MentionKind, id: string, name: string, group: readonly [key: string, title: string] | null, names: readonly string[]): MentionSubject {
  const folder = `${kind}s`;
  return {
    kind,
    id,
    name,
    index: { href: `/${folder}/`, title: kind === 'actor' ? 'Actors' : 'Topics' },
    page: `/${folder}/${id}/`,
    feed: `/feeds/${folder}/${id}.xml`,
    group: group === null ? null : group[1],
    groupHref: group === null ? null : `/${folder}/#group-${group[0]}`,
    names,
    wording: WORDING[kind],
  };
}

/** Every actor and topic, each kind in the order of its table. */
export const MENTION_SUBJECTS: Readonly<Record<MentionKind, readonly MentionSubject[]>> = {
  actor: ACTORS.map((actor) => subject('actor', actor.id, actor.name, [actor.group, ACTOR_GROUP_TITLES[actor.group]], actor.aliases)),
  topic: TOPICS.map((topic) => subject('topic', topic.id, topic.name, null, topic.keywords)),
};

/** The mentions of one actor or topic per year, newest year first, each year's newest first. */
export type MentionYears = readonly (readonly [year: string, mentions: readonly Mention[]])[];

/** The key of an actor or topic in `mentionsBySubject`: `actor/europol`. */
export function subjectKey(kind: MentionKind, id: string): string {
  return `${kind}/${id}`;
}

/** Mention entries → the years of each actor and topic mentioned at all, by `subjectKey`. */
export function mentionsBySubject(entries: readonly MentionEntry[]): Map<string, MentionYears> {
  const years = new Map<string, [string, readonly Mention[]][]>();
  for (const entry of entries) {
    const key = subjectKey(entry.kind, entry.id);
    const list = years.get(key) ?? [];
    list.push([entry.year, entry.mentions]);
    years.set(key, list);
  }
  for (const list of years.values()) list.sort(([a], [b]) => b.localeCompare(a));
  return years;
}

/** How many mentions there are in all. */
export function mentionCount(years: MentionYears): number {
  return years.reduce((sum, [, mentions]) => sum + mentions.length, 0);
}

/** The newest `count` mentions: the years are newest first and so is each year's list. */
export function latestMentions(years: MentionYears, count: number): Mention[] {
  const latest: Mention[] = [];
  for (const [, mentions] of years) {
    if (latest.length >= count) break;
    append(latest, mentions.slice(0, count - latest.length));
  }
  return latest;
}
