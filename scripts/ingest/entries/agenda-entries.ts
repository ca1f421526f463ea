import type { DecisionEntry } from '../../../src/schemas/decision-entry.ts';
import type { EntryTags } from '../../../src/schemas/entry-tags.ts';
import type { ItemEntry } from '../../../src/schemas/item-entry.ts';
import { blocksPlain } from '../../../src/shared/source-text.ts';
import { itemTree } from '../markdown/document-tree.ts';
import { treeWriter, type TreeWriter } from '../markdown/shared-blocks.ts';
import type { DecisionNumbers } from './decision-numbers.ts';
import type { ParsedDocument } from './parsed-document.ts';
import type { ReferencePages } from './reference-pages.ts';

/** The entries the outcome a meeting shows gives besides its document: its items and its decisions. */
export interface AgendaEntries {
  /** Item entries without the actors and topics, which the mentions stage adds. */
  items: { id: string; entry: Omit<ItemEntry, keyof EntryTags>; body: string }[];
  decisions: DecisionEntry[];
}

/**
 * The item and decision entries of the outcome shown for the meeting with the id `meeting`: each item's id is the
 * meeting's id and the item's anchor, each decision's the item's and its number (`numbers`, kept across the versions of
 * the outcome; its place among the item's decisions when null), so that a version replacing another keeps every id its
 * items and decisions had. Their lists of references name only documents
 * with pages of their own (`pages`), their texts link the others to their official text. `writer` writes the items'
 * texts, which the document's page shares (shared-blocks.ts).
 */
export function agendaEntries(
  document: ParsedDocument,
  meeting: string,
  pages: ReferencePages,
  numbers: DecisionNumbers | null,
  writer: TreeWriter = treeWriter(),
): AgendaEntries {
  const paged = (ids: readonly string[]) => ids.filter((id) => pages.has(id));
  const { record, slug } = document;
  // A meeting's id opens with its first day: the day of a decision whose outcome names none (nor prints its own date).
  const dates = [...(record.meeting?.dates ?? []), ...(record.date === null ? [] : [record.date]), meeting.slice(0, 10)];
  const items = document.items.map(({ item, anchor }, position) => {
    const id = `${meeting}--${anchor}`;
    const entry: Omit<ItemEntry, keyof EntryTags> = {
      meeting,
      document: record.number,
      documentSlug: slug,
      position,
      number: item.number,
      ...(item.printedNumber === undefined ? {} : { printedNumber: item.printedNumber }),
      title: item.title,
      section: item.section,
      day: item.day,
      anchor,
      sentences: item.sentences,
      decisions: item.decisions.map((decision) => ({ ...decision, references: paged(decision.references) })),
      ...(item.positions === undefined ? {} : { positions: item.positions.map((position) => ({ ...position, references: paged(position.references) })) }),
      references: paged(item.references),
      text: blocksPlain(item.text),
    };
    return { id, entry, body: writer.markdownOf(pages.link(itemTree(item, document.footnotes, writer.content))) };
  });
  const decisions = document.items.flatMap(({ item, anchor }, index): DecisionEntry[] =>
    item.decisions.map((decision, n) => ({
      id: `${meeting}--${anchor}--${numbers?.[anchor]?.[n] ?? n + 1}`,
      by: decision.by,
      verb: decision.verb,
      object: decision.object,
      ...(decision.procedure === undefined ? {} : { procedure: decision.procedure }),
      ...(decision.informal === undefined ? {} : { informal: decision.informal }),
      references: paged(decision.references),
      sentence: decision.sentence,
      meeting,
      date: item.day ?? dates[0] ?? meeting.slice(0, 10),
      item: items[index]?.id ?? '',
      itemNumber: item.number,
      itemTitle: item.title,
      anchor,
      document: record.number,
    })),
  );
  return { items, decisions };
}
