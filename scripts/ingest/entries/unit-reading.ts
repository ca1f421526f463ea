/**
 * What one agenda item or section names and is about, from one walk over its text (mention-walk.ts) instead of one
 * pass for the actors, one per sentence for the topics and both again for excerpts: the actors `findActors` finds in
 * its text, the topics `unitTopics` gives, the actors' excerpts `actorExcerpts` cuts and for each topic the sentence
 * that first uses one of its keywords (after the heading if it can), each as the shared functions of src/shared give
 * them (`tests/unit/ingest/entries/unit-reading.test.ts` holds it to them). Two rare
 * shapes are left to the shared functions themselves: a heading that is not the first line of the text as excerpts read
 * it (a title with a line break in it, or a blank one) for the topics, and an actor named across a line break
 * ("Cyprus⏎Presidency", one actor where excerpts read two words) for the actors' excerpts.
 */
import { actorExcerpts, actorOf, presidencyDate } from '../../../src/shared/actors.ts';
import { excerptAt, excerptSource, preferredMention, type ExcerptSource, type TextUnit } from '../../../src/shared/mentions.ts';
import { inTableOrder, LIST_SIZE, MIN_SENTENCES, MIN_SHARE, unitTopics } from '../../../src/shared/topic-tagging.ts';
import { findTopics } from '../../../src/shared/topics.ts';
import { walkMentions, type MentionWalk } from './mention-walk.ts';

/** A unit as the mention stage reads it. */
export interface UnitReading {
  /** The actors it names, in order of first mention (`findActors`, a bare "Presidency" as of `presidencyDate`). */
  readonly actors: readonly string[];
  /** The topics it is about, in the topic table's order (`unitTopics`). */
  readonly topics: readonly string[];
  /** For each actor, the sentence quoted with its mention (`actorExcerpts`). */
  actorExcerpts(): Map<string, string>;
  /** For each of the topics `ids`, the sentence that first uses one of its keywords (after the heading if it can), or null. */
  topicExcerpts(ids: readonly string[]): Map<string, string | null>;
}

/** Where a unit's heading ends and its body starts in the text excerpts read, as `unitTopics` splits the two. */
interface HeadingSpan {
  readonly end: number;
  readonly body: number;
}

/** Reads a unit once for its actors, its topics and, when asked, its excerpts. */
export function readUnit(unit: TextUnit): UnitReading {
  const source = excerptSource(unit.text, unit.headed);
  const walk = walkMentions(source.text);
  const date = presidencyDate(unit);
  const positions = actorPositions(walk, date);
  const span = headingSpan(unit, source.text);
  return {
    actors: [...positions.keys()],
    topics: span === null ? unitTopics(unit) : topicsOf(unit, source.text, span, walk),
    actorExcerpts: () => (walk.actors.some(({ acrossLines }) => acrossLines) ? actorExcerpts(unit, source) : excerptsAt(source, positions)),
    topicExcerpts: (ids) => {
      const hits = topicPositions(walk);
      return new Map(ids.map((id) => [id, excerptAt(source, preferredMention(source, hits.get(id) ?? []))]));
    },
  };
}

/** Where the text names each actor, by id in order of first mention (a bare "Presidency" as of `date`). */
function actorPositions(walk: MentionWalk, date: string | null): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const match of walk.actors) {
    const id = actorOf(match.spelling, date);
    if (id === null) continue;
    const list = positions.get(id);
    if (list === undefined) positions.set(id, [match.start]);
    else list.push(match.start);
  }
  return positions;
}

/** Where the text names each topic, by id. */
function topicPositions(walk: MentionWalk): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const { start, id } of walk.topics) {
    const list = positions.get(id);
    if (list === undefined) positions.set(id, [start]);
    else list.push(start);
  }
  return positions;
}

/** The excerpt of each id at its preferred position. */
function excerptsAt(source: ExcerptSource, positions: ReadonlyMap<string, readonly number[]>): Map<string, string> {
  const excerpts = new Map<string, string>();
  for (const [id, at] of positions) {
    const excerpt = excerptAt(source, preferredMention(source, at));
    if (excerpt !== null) excerpts.set(id, excerpt);
  }
  return excerpts;
}

/**
 * The heading's span in `text` (the unit's text as excerpts read it: lines trimmed, white space collapsed, blank lines
 * left out): its first line when the unit's text starts with its title on a line of its own; nothing when the unit has
 * no heading in its text; null when the title is not one such line.
 */
function headingSpan(unit: TextUnit, text: string): HeadingSpan | null {
  const { title } = unit;
  if (!unit.headed || title === '') return { end: 0, body: 0 };
  const ownLine = unit.text === title || unit.text.startsWith(`${title}\n`);
  if (!ownLine || title.includes('\n') || title.trim() === '') return null;
  const end = text.indexOf('\n');
  return end < 0 ? { end: text.length, body: text.length } : { end, body: end + 1 };
}

/** The topics of a unit (`unitTopics`): those its heading names and those enough sentences of its body name. */
function topicsOf(unit: TextUnit, text: string, span: HeadingSpan, walk: MentionWalk): string[] {
  const hits = walk.topics;
  let hit = 0;
  /** The topics of the hits that start before `end`, from the first not yet taken. */
  const namedBefore = (end: number): Set<string> => {
    const named = new Set<string>();
    for (let next = hits[hit]; next !== undefined && next.start < end; next = hits[++hit]) named.add(next.id);
    return named;
  };
  const topics = unit.headed ? [...namedBefore(span.end)] : findTopics(unit.title);
  const counts = new Map<string, number>();
  let sentences = 0;
  for (let start = span.body; start < text.length;) {
    const end = sentenceEnd(text, start);
    const named = namedBefore(end);
    sentences++;
    if (named.size < LIST_SIZE) for (const id of named) counts.set(id, (counts.get(id) ?? 0) + 1);
    start = end + 1;
  }
  const needed = Math.max(MIN_SENTENCES, MIN_SHARE * sentences);
  for (const [id, count] of counts) if (count >= needed) topics.push(id);
  return inTableOrder(topics);
}

/**
 * Where the sentence starting at `from` ends (`sentencesOf` of topic-tagging.ts, on text whose white space is single
 * spaces and line breaks): at a line break, or after a full stop, question or exclamation mark or semicolon before one
 * white space character, which the break takes.
 */
function sentenceEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return at;
    if (code === 0x2e || code === 0x3f || code === 0x21 || code === 0x3b) {
      const next = text.charCodeAt(at + 1);
      if (next === 0x20 || next === 0x0a) return at + 1;
    }
  }
  return text.length;
}
