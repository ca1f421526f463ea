/**
 * When a topic is a subject of an agenda item, a section, a decision or a document, rather than a word in passing, so
 * that a topic's page lists what is about it and a survey that names every topic once is not on all of them. The rule
 * (the topics module's doc comment says it in words):
 * - a heading (an item's title, a section's heading, for a document's opening text its subject) makes each topic it
 *   names a subject;
 * - a body makes a topic a subject when at least MIN_SENTENCES of its sentences, and at least MIN_SHARE of them, name
 *   the topic; a sentence that names LIST_SIZE topics or more lists them and counts for none;
 * - a decision is on the topics its item's title names, and on those its object names unless the object lists
 *   LIST_SIZE or more;
 * - a document is on the topics its subject names and on those of its items (or, without items, of its sections).
 */
import { findTopics, TOPICS } from './topics.ts';

/** A topic named in fewer sentences of a body than this is mentioned in passing, however short the body. */
export const MIN_SENTENCES = 2;

/** The share of a body's sentences that must name a topic: a quarter, so one paragraph of four is enough. */
export const MIN_SHARE = 0.25;

/** A sentence (or decision object) naming this many topics or more is a list of them, like "drugs, firearms and THB". */
export const LIST_SIZE = 3;

/**
 * Where one sentence of a body ends: a full stop, question or exclamation mark or semicolon before white space, or a
 * line break (each list item, heading and footnote is a line of its own).
 */
const SENTENCE_BREAK = /(?<=[.?!;])\s+|\n/u;

/** The sentences of a plain text, blank ones left out. */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** Ids in the order of the topic table, each once: the order every list of topics is shown in. */
export function inTableOrder(ids: Iterable<string>): string[] {
  const set = new Set(ids);
  return TOPICS.filter((topic) => set.has(topic.id)).map((topic) => topic.id);
}

/** The topics a body is about: those enough of its sentences name (MIN_SENTENCES, MIN_SHARE), lists of topics aside. */
export function bodyTopics(body: string): string[] {
  const sentences = sentencesOf(body);
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const named = findTopics(sentence);
    if (named.length >= LIST_SIZE) continue;
    for (const id of named) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const needed = Math.max(MIN_SENTENCES, MIN_SHARE * sentences.length);
  return inTableOrder([...counts].filter(([, count]) => count >= needed).map(([id]) => id));
}

/** The topics of a heading and the text under it: those the heading names and those the body is about. */
export function headedTopics(heading: string, body: string): string[] {
  return inTableOrder([...findTopics(heading), ...bodyTopics(body)]);
}

/** What `unitTopics` reads of a text unit (`TextUnit` of mentions.ts). */
export interface UnitLike {
  readonly title: string;
  readonly text: string;
  readonly headed: boolean;
}

/**
 * The topics of an agenda item or a section. A headed unit's text starts with its heading (its title); an unheaded one
 * (a document's opening text) is all body, under its title (the document's subject).
 */
export function unitTopics(unit: UnitLike): string[] {
  if (!unit.headed) return headedTopics(unit.title, unit.text);
  const body = unit.text.startsWith(unit.title) ? unit.text.slice(unit.title.length) : unit.text;
  return headedTopics(unit.title, body);
}

/** The topics of one decision: its item title's, and its object's unless the object lists topics. */
export function decisionTopicsOf(itemTitle: string, object: string): string[] {
  const named = findTopics(object);
  return inTableOrder([...findTopics(itemTitle), ...(named.length < LIST_SIZE ? named : [])]);
}

/** The topics of a document: its subject's and those of each of its units (`units`: the topics of each). */
export function documentTopics(subject: string | null, units: readonly (readonly string[])[]): string[] {
  return inTableOrder([...findTopics(subject ?? ''), ...units.flat()]);
}
