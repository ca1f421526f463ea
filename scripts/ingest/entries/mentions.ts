/**
 * Which actors and topics each agenda item and section names, found once here so that the site only lists them:
 * per document its small mention records, then all records → one mention entry per (actor or topic, year).
 */
import { isPlausibleDate } from '../../../src/shared/dates.ts';
import { itemUnit, newestFirst, sectionUnit, type ItemLike, type TextUnit } from '../../../src/shared/mentions.ts';
import { blocksPlain, footnoteCalls } from '../../../src/shared/source-text.ts';
import { documentTopics } from '../../../src/shared/topic-tagging.ts';
import type { EntryTags } from '../../../src/schemas/entry-tags.ts';
import type { Mention, MentionEntry } from '../../../src/schemas/mention-entry.ts';
import type { TextBlock } from '../../../src/schemas/text-block.ts';
import type { ParsedDocument } from './parsed-document.ts';
import { mentionGroup } from './mention-members.ts';
import { readUnit } from './unit-reading.ts';

/** One unit's mention of one actor or topic, before the records of the whole archive are grouped. */
export interface MentionRecord {
  readonly kind: MentionEntry['kind'];
  readonly id: string;
  readonly mention: Mention;
}

/** What one document gives: its own actors and topics, its items' in agenda order, and its mention records in document order. */
export interface DocumentMentions {
  readonly document: EntryTags;
  readonly items: readonly EntryTags[];
  readonly records: readonly MentionRecord[];
}

/**
 * The mentions of one document and of its agenda items, found in the plain text of its records only: the units are its
 * agenda items (title, text, and the footnotes each calls first) or, without items, its sections (heading, text and
 * footnotes); never a header field, a distribution code or anything else of the page. A unit counts for the actors
 * `findActors` finds in it and the topics it is about (`unitTopics`: named in its heading or in enough of its
 * sentences), both read in one walk over its text (unit-reading.ts); the document's topics are those of its subject and of its units (`documentTopics`), its actors those of its units in order of first mention. `items` are the item entries' fields, in
 * the order of the record's items (none when the agenda has no meeting).
 */
export function documentMentions(document: ParsedDocument, items: readonly ItemLike[]): DocumentMentions {
  const records: MentionRecord[] = [];
  const actors = new Set<string>();
  const unitTags = (unit: TextUnit): EntryTags => {
    const reading = readUnit(unit);
    const tags = { actors: [...reading.actors], topics: [...reading.topics] };
    if (tags.actors.length + tags.topics.length === 0) return tags;
    // A unit dated outside the plausible years (a note dated 9999) names its actors but gives no mention: it would
    // top every feed and year page. Nor does one whose date could not be read: a mention is listed by its day.
    const date = unit.date === null || !isPlausibleDate(unit.date) ? null : unit.date;
    if (date === null) {
      for (const id of tags.actors) actors.add(id);
      return tags;
    }
    const actorQuotes = reading.actorExcerpts();
    const topicQuotes = reading.topicExcerpts(tags.topics);
    for (const id of tags.actors) {
      actors.add(id);
      records.push({ kind: 'actor', id, mention: mentionOf(unit, date, actorQuotes.get(id) ?? null) });
    }
    for (const id of tags.topics) records.push({ kind: 'topic', id, mention: mentionOf(unit, date, topicQuotes.get(id) ?? null) });
    return tags;
  };
  const notes = footnoteTexts(document);
  const unitTopicLists: (readonly string[])[] = [];
  const place = { ...document.record, slug: document.slug };
  const itemTags = document.items.map(({ item, anchor }, index) => {
    const text = withFootnotes(item.text, item.titleFootnotes, notes);
    const entry = items[index];
    // An agenda without a meeting (no "On:" line) has no item pages: its items are linked on the document's page.
    const unit: TextUnit =
      entry === undefined
        ? {
            ...sectionUnit(place, { anchor, number: item.number, title: item.title }, text),
            kind: 'item',
            label: item.number === null ? 'item AOB' : `item ${item.number}`,
          }
        : itemUnit(entry, text);
    const tags = unitTags(unit);
    unitTopicLists.push(tags.topics);
    return tags;
  });
  if (document.items.length === 0) {
    for (const { section, anchor } of document.sections) {
      const unit = sectionUnit(place, { anchor, number: section.number, title: section.title }, withFootnotes(section.text, section.titleFootnotes, notes));
      unitTopicLists.push(unitTags(unit).topics);
    }
  }
  return { document: { actors: [...actors], topics: documentTopics(document.record.subject, unitTopicLists) }, items: itemTags, records };
}

/** Each footnote's plain text by label, handed out once: a footnote belongs to the first unit that calls it. */
function footnoteTexts(document: ParsedDocument): Map<string, string> {
  return new Map(document.footnotes.map((footnote) => [footnote.label, blocksPlain(footnote.text)]));
}

/** A unit's plain text: its text, then the text of each footnote it calls (title first) that no unit before took. */
function withFootnotes(text: readonly TextBlock[], titleFootnotes: readonly string[], notes: Map<string, string>): string {
  const lines = [blocksPlain(text)];
  for (const label of [...titleFootnotes, ...footnoteCalls(text)]) {
    const note = notes.get(label);
    if (note === undefined) continue;
    notes.delete(label);
    lines.push(note);
  }
  return lines.filter((line) => line !== '').join('\n');
}

/** What the pages show of a unit that mentions something. */
function mentionOf(unit: TextUnit, date: string, excerpt: string | null): Mention {
  return { document: unit.document, label: unit.label, title: unit.title, href: unit.href, meeting: unit.meeting, date, excerpt };
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
    const year = record.mention.date.slice(0, 4);
    const path = `mentions/${mentionGroup(record)}.json`;
    const entry = entries.get(path);
    if (entry === undefined) entries.set(path, { kind, id, year, mentions: [mention] });
    else entry.mentions.push(mention);
  }
  for (const entry of entries.values()) entry.mentions.sort(newestFirst);
  return entries;
}
