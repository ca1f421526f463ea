/**
 * The mention entries the ingest wrote, read once per build: the routes of the actor and topic pages and feeds. The
 * collection lists the entries; their mentions are read from the entries' files (the I/O edge), kept out of the data store.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { mentionEntrySchema, type Mention, type MentionEntry } from '../schemas/mention-entry.ts';
import { FEED_LENGTH, feedResponse, feedSite, mentionFeedItems } from './feeds.ts';
import { mentionUnit } from './mention-units.ts';
import { LATEST_MENTIONS } from '../shared/mentions.ts';
import { projectFile } from './project-file.ts';
import { takePacked } from './packed-handover.ts';
import type { PackedEntry } from '../shared/packed-entries.ts';
import {
  latestMentions,
  mentionCount,
  mentionsBySubject,
  MENTION_SUBJECTS,
  subjectKey,
  type MentionKind,
  type MentionSubject,
  type MentionYears,
} from './mentions-subjects.ts';

let grouped: Promise<Map<string, MentionYears>> | undefined;

/** The packed files already read, by path relative to the project root (src/lib/project-file.ts): each holds many entries. */
const packedFiles = new Map<string, Promise<Record<string, PackedEntry>>>();

/** One mention entry read from its packed file (src/shared/packed-entries.ts), which is read once for all its entries. */
async function readMentionEntry(entry: { readonly id: string; readonly filePath?: string | undefined }): Promise<MentionEntry> {
  const { filePath } = entry;
  if (filePath === undefined) throw new Error(`mentions/${entry.id}: the entry has no file to read its mentions from`);
  let file = packedFiles.get(filePath);
  if (file === undefined) {
    // Parsed by the content loader in this build (packed-handover.ts), or read here.
    const handed = takePacked(filePath);
    file =
      handed === undefined ? readFile(projectFile(filePath), 'utf8').then((text) => JSON.parse(text) as Record<string, PackedEntry>) : Promise.resolve(handed);
    packedFiles.set(filePath, file);
  }
  return mentionEntrySchema.parse((await file)[entry.id]?.data);
}

/** The mentions of every actor and topic, read and grouped on first use and shared by every page and feed of the build. */
function mentionYears(): Promise<Map<string, MentionYears>> {
  grouped ??= getCollection('mentions').then(async (entries) => {
    const read: MentionEntry[] = [];
    for (const entry of entries) read.push(await readMentionEntry(entry));
    packedFiles.clear();
    return mentionsBySubject(read);
  });
  return grouped;
}

/** The actors or topics mentioned at all, in table order, each with its years. */
async function mentioned(kind: MentionKind): Promise<{ subject: MentionSubject; years: MentionYears }[]> {
  const byKey = await mentionYears();
  return MENTION_SUBJECTS[kind].flatMap((subject) => {
    const years = byKey.get(subjectKey(kind, subject.id));
    return years === undefined ? [] : [{ subject, years }];
  });
}

/** The actors or topics mentioned at all, in table order, with how many units mention each: the index page. */
export async function mentionTotals(kind: MentionKind): Promise<{ subject: MentionSubject; total: number }[]> {
  return (await mentioned(kind)).map(({ subject, years }) => ({ subject, total: mentionCount(years) }));
}

/** Props of an actor's or topic's page. */
export interface SubjectPageProps {
  subject: MentionSubject;
  total: number;
  /** How many mentions each year has, newest year first. */
  counts: [year: string, count: number][];
  latest: Mention[];
}

/** One page per actor or topic mentioned at all. */
export async function subjectPaths(kind: MentionKind): Promise<{ params: { id: string }; props: SubjectPageProps }[]> {
  return (await mentioned(kind)).map(({ subject, years }) => ({
    params: { id: subject.id },
    props: {
      subject,
      total: mentionCount(years),
      counts: years.map(([year, mentions]) => [year, mentions.length]),
      latest: latestMentions(years, LATEST_MENTIONS),
    },
  }));
}

/** Props of the page of an actor or topic in one year. */
export interface SubjectYearProps {
  subject: MentionSubject;
  year: string;
  mentions: readonly Mention[];
}

/** One page per actor or topic and year it is mentioned in. */
export async function subjectYearPaths(kind: MentionKind): Promise<{ params: { id: string; year: string }; props: SubjectYearProps }[]> {
  return (await mentioned(kind)).flatMap(({ subject, years }) =>
    years.map(([year, mentions]) => ({ params: { id: subject.id, year }, props: { subject, year, mentions } })),
  );
}

/** Props of an actor's or topic's feed: the subject and its newest mentions, as many as a feed carries. */
type FeedProps = { subject: MentionSubject; mentions: Mention[] };

/** One feed per actor or topic page, with the newest mentions. */
export async function feedPaths(kind: MentionKind): Promise<{ params: { id: string }; props: FeedProps }[]> {
  return (await mentioned(kind)).map(({ subject, years }) => ({
    params: { id: subject.id },
    props: { subject, mentions: latestMentions(years, FEED_LENGTH) },
  }));
}

/** RSS feed of the agenda items and sections on one actor or topic, newest first, each with the text of its unit. */
export const mentionFeed: APIRoute = async ({ props, site }) => {
  const { subject, mentions } = props as FeedProps;
  // One unit at a time: each is read from its entry's file.
  const units: { mention: Mention; unit: Awaited<ReturnType<typeof mentionUnit>> }[] = [];
  for (const mention of mentions) units.push({ mention, unit: await mentionUnit(mention) });
  return feedResponse(
    site,
    subject.name,
    `COSI agenda items and report sections ${subject.wording.about} ${subject.name}.`,
    mentionFeedItems(units, feedSite(site)),
  );
};
