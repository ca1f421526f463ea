/**
 * Which actors and topics each agenda item and section names, found once here so that the site only lists them:
 * per document its small mention records, then all records → one mention entry per (actor or topic, year).
 */
import { actorExcerpts, actorsOfUnit } from '../../../src/shared/actors.ts';
import { excerptSource, itemUnit, newestFirst, sectionUnits, type DocumentLike, type ItemLike, type TextUnit } from '../../../src/shared/mentions.ts';
import { findTopics, topicExcerpts } from '../../../src/shared/topics.ts';
import type { EntryTags } from '../../../src/schemas/entry-tags.ts';
import type { Mention, MentionEntry } from '../../../src/schemas/mention-entry.ts';
import { angleEntities } from '../markdown/angle-entities.ts';

/** One unit's mention of one actor or topic, before the records of the whole archive are grouped. */
export interface MentionRecord {
  readonly kind: MentionEntry['kind'];
  readonly id: string;
  readonly mention: Mention;
}

/** An agenda item as the ingest writes it: entry id, frontmatter and Markdown body. */
interface GeneratedItem {
  readonly id: string;
  readonly entry: ItemLike;
  readonly body: string;
}

/** What one document gives: its own actors and topics, its items with theirs added, and its mention records in document order. */
export interface DocumentMentions<I extends GeneratedItem> {
  readonly document: EntryTags;
  readonly items: readonly (Omit<I, 'entry'> & { readonly entry: I['entry'] & EntryTags })[];
  readonly records: readonly MentionRecord[];
}

/**
 * The mentions of one document and of its agenda items. A unit (item, or section of a note or report) counts for
 * the actors `actorsOfUnit` and the topics `findTopics` find in it; the document's topics are those of its whole text
 * (as its page shows them), its actors those of its units in order of first mention. Bodies are the generated
 * Markdown, read as their files hold it (after `angleEntities`), which is the text the site has.
 */
export function documentMentions<I extends GeneratedItem>(document: DocumentLike, markdown: string, items: readonly I[]): DocumentMentions<I> {
  const body = angleEntities(markdown);
  const records: MentionRecord[] = [];
  const actors = new Set<string>();
  const unitTags = (unit: TextUnit): EntryTags => {
    const tags = { actors: actorsOfUnit(unit), topics: findTopics(unit.text) };
    if (tags.actors.length + tags.topics.length === 0) return tags;
    // The unit's text is read for excerpts once, however many actors and topics it names.
    const source = excerptSource(unit.text);
    const actorQuotes = actorExcerpts(unit, source);
    const topicQuotes = topicExcerpts(unit, tags.topics, source);
    for (const id of tags.actors) {
      actors.add(id);
      records.push({ kind: 'actor', id, mention: mentionOf(unit, actorQuotes.get(id) ?? null) });
    }
    for (const id of tags.topics) records.push({ kind: 'topic', id, mention: mentionOf(unit, topicQuotes.get(id) ?? null) });
    return tags;
  };
  const tagged = items.map((item) => ({ ...item, entry: { ...item.entry, ...unitTags(itemUnit(item.entry, angleEntities(item.body))) } }));
  for (const unit of sectionUnits(document, body)) unitTags(unit);
  return { document: { actors: [...actors], topics: findTopics(body) }, items: tagged, records };
}

/** What the pages show of a unit that mentions something. */
function mentionOf(unit: TextUnit, excerpt: string | null): Mention {
  return { document: unit.document, label: unit.label, title: unit.title, href: unit.href, meeting: unit.meeting, date: unit.date, excerpt };
}

/** The year a record is filed under: its unit's year. */
const mentionYear = (record: MentionRecord): string => record.mention.date.slice(0, 4);

/** The (kind, id, year) group of a record, which names its entry's file (`actor-europol-2025`). */
export function mentionGroup(record: MentionRecord): string {
  return `${record.kind}-${record.id}-${mentionYear(record)}`;
}

/**
 * Every document's records → one entry per (kind, id, year) with its mentions newest first, keyed by the path of its
 * file under the content root (`mentions/actor-europol-2025.json`). `records` must keep each document's records in
 * document order; the result does not depend on the order of the documents.
 */
export function mentionEntries(records: readonly MentionRecord[]): Map<string, MentionEntry> {
  const entries = new Map<string, MentionEntry>();
  for (const record of records) {
    const { kind, id, mention } = record;
    const year = mentionYear(record);
    const path = `mentions/${mentionGroup(record)}.json`;
    const entry = entries.get(path);
    if (entry === undefined) entries.set(path, { kind, id, year, mentions: [mention] });
    else entry.mentions.push(mention);
  }
  for (const entry of entries.values()) entry.mentions.sort(newestFirst);
  return entries;
}
