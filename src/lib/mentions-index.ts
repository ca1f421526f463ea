/** The mention indexes of the whole archive, built once per build from the collections (the I/O edge of mentions.ts). */
import { getCollection } from 'astro:content';
import { ACTORS, findActors } from './actors.ts';
import { indexMentions, itemUnit, sectionUnits, type TextUnit } from './mentions.ts';
import { TOPICS, findTopics } from './topics.ts';

/** Every text unit, and for each actor and topic the units that mention it, newest first. */
export interface MentionIndexes {
  readonly units: readonly TextUnit[];
  readonly actors: ReadonlyMap<string, readonly TextUnit[]>;
  readonly topics: ReadonlyMap<string, readonly TextUnit[]>;
}

/** Reads the items and documents and builds the indexes. */
async function build(): Promise<MentionIndexes> {
  const [items, documents] = await Promise.all([getCollection('items'), getCollection('documents')]);
  const units = [
    ...items
      .sort((a, b) => a.data.meeting.localeCompare(b.data.meeting) || a.data.position - b.data.position)
      .map((entry) => itemUnit(entry.data, entry.body ?? '')),
    ...documents
      .sort((a, b) => a.data.slug.localeCompare(b.data.slug))
      .flatMap((entry) => sectionUnits(entry.data, entry.body ?? '')),
  ];
  return {
    units,
    actors: indexMentions(units, ACTORS.map((actor) => actor.id), (unit) => findActors(unit.text, unit.date)),
    topics: indexMentions(units, TOPICS.map((topic) => topic.id), (unit) => findTopics(unit.text)),
  };
}

let indexes: Promise<MentionIndexes> | undefined;

/** The indexes, built on first use and shared by every page and feed of the build. */
export function mentionIndexes(): Promise<MentionIndexes> {
  indexes ??= build();
  return indexes;
}
