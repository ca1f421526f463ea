import type { BlockContent, FootnoteDefinition, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Footnote } from '../../../src/schemas/footnote.ts';
import type { Item } from '../../../src/schemas/item.ts';
import type { Section } from '../../../src/schemas/section.ts';
import type { SubjectCall } from '../../../src/schemas/subject-call.ts';
import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { formatDate } from '../../../src/shared/dates.ts';
import { numberDepth, printedItemHeading, sectionHeading } from '../../../src/shared/heading-text.ts';
import { append } from '../../../src/shared/lists.ts';
import { documentSlug } from '../../../src/shared/slug.ts';
import { footnoteCalls } from '../../../src/shared/source-text.ts';
import { textContent } from './blocks.ts';
import { linkContents, type ContentsTarget } from './contents-links.ts';
import { heading, settleHeadings } from './headings.ts';
import { footnoteCall, linkedText } from './phrasing.ts';

/** What the trees are made of: a record's items, sections and footnotes, each item and section with its anchor. */
export interface DocumentParts {
  readonly items: readonly { readonly item: Item; readonly anchor: string }[];
  readonly sections: readonly { readonly section: Section; readonly anchor: string }[];
  readonly footnotes: readonly Footnote[];
  /** How many of the last sections the source prints after the items (a notice's NB block), so the page keeps its order. */
  readonly closingSections: number;
  /** The footnote calls of the header's subject (the header prints them, numbered first). */
  readonly subjectFootnotes?: readonly SubjectCall[] | undefined;
}

/**
 * The body of a document page as one mdast tree, in the source's order: sections under their headings (text before the
 * first heading under an empty anchor block), agenda items under their day and agenda headings, the closing sections
 * (`closingSections`), then every footnote's definition; the calls of the footnotes the header's subject calls open it,
 * hidden (subjectFootnotes: the header shows them); every
 * heading has its fixed id, every footnote is called from the text at least once, or through a footnote that is (so
 * that the renderer shows it); a report's own table of contents links to its sections (contents-links.ts). The header is not
 * part of it: the page shows it from the entry's data. `content` makes the blocks of the items' texts (shared-blocks.ts
 * gives the item entries' trees the same nodes).
 */
export function documentTree(document: DocumentParts, content: (blocks: readonly TextBlock[]) => BlockContent[] = textContent): Root {
  const children: RootContent[] = [];
  // The subject's calls open the body, hidden (the header shows them), so that the renderer numbers their footnotes first, as the header numbers them.
  const headerCalls = [...new Set((document.subjectFootnotes ?? []).map(({ label }) => label))];
  if (headerCalls.length > 0) children.push(...hiddenCalls(headerCalls));
  const opening = document.sections.length - document.closingSections;
  const targets: ContentsTarget[] = document.sections.map(({ section, anchor }) => ({ number: section.number, title: section.title, anchor }));
  for (const part of document.sections.slice(0, opening)) pushSection(children, part, targets);
  let day: string | null = null;
  let agendaSection: string | null = null;
  for (const { item, anchor } of document.items) {
    if (item.day !== null && item.day !== day) {
      children.push(heading(2, `day-${item.day}`, linkedText(item.dayPrinted ?? formatDate(item.day))));
      agendaSection = null;
    }
    if (item.section !== null && item.section !== agendaSection) {
      children.push(heading(item.day === null ? 2 : 3, `agenda-${documentSlug(item.section) || 'section'}`, linkedText(item.section)));
    }
    day = item.day;
    agendaSection = item.section;
    const level = 2 + (item.day === null ? 0 : 1) + (item.section === null ? 0 : 1);
    children.push(heading(level, anchor, headingContent(printedItemHeading(item), item.titleFootnotes)));
    append(children, content(item.text));
  }
  for (const part of document.sections.slice(opening)) pushSection(children, part, targets);
  const called = neededFootnotes(
    [
      ...headerCalls,
      ...document.sections.flatMap(({ section }) => [...section.titleFootnotes, ...footnoteCalls(section.text)]),
      ...document.items.flatMap(({ item }) => [...item.titleFootnotes, ...footnoteCalls(item.text)]),
    ],
    document.footnotes,
  );
  const uncalled = document.footnotes.filter(({ label }) => !called.has(label)).map(({ label }) => label);
  if (uncalled.length > 0) children.push(callsParagraph(uncalled));
  append(children, document.footnotes.map(definition));
  settleHeadings(children);
  return { type: 'root', children };
}

/** A section under its heading, or under an empty anchor block when it has none. */
function pushSection(
  children: RootContent[],
  { section, anchor }: { readonly section: Section; readonly anchor: string },
  targets: readonly ContentsTarget[],
): void {
  if (section.number !== null || section.title !== null) {
    children.push(
      heading(
        2 + numberDepth(section.number),
        anchor,
        headingContent(sectionHeading(section.number, section.title, section.printedNumber), section.titleFootnotes),
      ),
    );
  } else children.push({ type: 'html', value: `<div id="${anchor}"></div>` });
  append(children, linkContents(textContent(section.text), targets));
}

/**
 * The body of an agenda item's own entry as one mdast tree: its text, a paragraph calling the footnotes only its title
 * calls, and the definitions of every footnote it needs (those it calls, and those they call in turn). `content` makes
 * the blocks of its text, as for documentTree.
 */
export function itemTree(item: Item, footnotes: readonly Footnote[], content: (blocks: readonly TextBlock[]) => BlockContent[] = textContent): Root {
  const children: RootContent[] = content(item.text);
  const inText = new Set(footnoteCalls(item.text));
  const titleOnly = item.titleFootnotes.filter((label) => !inText.has(label));
  if (titleOnly.length > 0) children.push(callsParagraph(titleOnly));
  const needed = neededFootnotes([...inText, ...titleOnly], footnotes);
  append(children, footnotes.filter(({ label }) => needed.has(label)).map(definition));
  return { type: 'root', children };
}

/** The labels `labels` call and, through the footnotes' own texts, every footnote they lead to. */
function neededFootnotes(labels: readonly string[], footnotes: readonly Footnote[]): Set<string> {
  const byLabel = new Map(footnotes.map((footnote) => [footnote.label, footnote]));
  const needed = new Set<string>();
  const queue = [...labels];
  for (let label = queue.pop(); label !== undefined; label = queue.pop()) {
    if (needed.has(label)) continue;
    needed.add(label);
    for (const next of footnoteCalls(byLabel.get(label)?.text ?? [])) queue.push(next);
  }
  return needed;
}

function headingContent(text: string, calls: readonly string[]): PhrasingContent[] {
  return [...linkedText(text), ...calls.map(footnoteCall)];
}

/**
 * A paragraph of calls the page does not show (an element with the `hidden` attribute around it): the renderer still
 * numbers and lists their footnotes, and no stray paragraph of bare calls opens the body. The header prints the calls
 * themselves, linked to the footnotes.
 */
function hiddenCalls(labels: readonly string[]): RootContent[] {
  return [{ type: 'html', value: '<div hidden>' }, callsParagraph(labels), { type: 'html', value: '</div>' }];
}

function callsParagraph(labels: readonly string[]): Paragraph {
  return { type: 'paragraph', children: labels.map(footnoteCall) };
}

function definition(footnote: Footnote): FootnoteDefinition {
  return { type: 'footnoteDefinition', identifier: footnote.label, label: footnote.label, children: textContent(footnote.text) };
}
