/** The mention indexes of the whole archive, built once per build from the collections (the I/O edge of mentions.ts). */
import { getCollection } from 'astro:content';
import { ACTORS, actorsOfUnit } from './actors.ts';
import { archiveUnits, indexMentions, type TextUnit } from './mentions.ts';
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
  const units = archiveUnits(items, documents);
  return {
    units,
    actors: indexMentions(units, ACTORS.map((actor) => actor.id), actorsOfUnit),
    topics: indexMentions(units, TOPICS.map((topic) => topic.id), (unit) => findTopics(unit.text)),
  };
}

let indexes: Promise<MentionIndexes> | undefined;

/** The indexes, built on first use and shared by every page and feed of the build. */
export function mentionIndexes(): Promise<MentionIndexes> {
  indexes ??= build();
  return indexes;
}
