import { formatDate } from '../../../src/shared/dates.ts';
import { documentSlug } from '../../../src/shared/slug.ts';
import { uniqueAnchors } from './anchors.ts';
import { headerBlock } from './header-block.ts';
import { anchorHtml, clampLevels, headingHtml } from './heading-html.ts';
import type { ParsedDocument } from '../entries/parsed-document.ts';
import { append } from '../../../src/shared/lists.ts';

/** A heading the body will hold, before its level is made consistent with its neighbours. */
interface PlannedHeading {
  level: number;
  id: string;
  text: string;
}

/**
 * The whole document as Markdown: header block, sections (each under its heading with a fixed id), agenda items
 * under their day and agenda-section headings, then the footnotes as GFM definitions. Every footnote is called at
 * least once, so that the renderer shows it. Blocks are separated by one blank line; one newline ends the body.
 */
export function documentBody(document: ParsedDocument): string {
  const blocks: (string | PlannedHeading)[] = [headerBlock(document.record)];
  for (const { section, anchor, fragment } of document.sections) {
    if (section.number !== null || section.title !== null)
      blocks.push({ level: 2 + depthOf(section.number), id: anchor, text: sectionHeading(section.number, section.title) });
    else blocks.push(anchorHtml(anchor));
    blocks.push(fragment.markdown);
  }
  append(blocks, agendaBlocks(document));
  blocks.push(uncalledFootnotes(document));
  for (const { definition } of document.footnotes) blocks.push(definition);
  return `${resolveHeadings(blocks)
    .filter((block) => block.trim() !== '')
    .join('\n\n')}\n`;
}

/** The visible text of a section heading: `2.1 Title`, `1. EXECUTIVE SUMMARY`, or the number or title alone. */
export function sectionHeading(number: string | null, title: string | null): string {
  if (number === null) return title ?? '';
  const shown = depthOf(number) === 0 && !number.endsWith('.') ? `${number}.` : number;
  return title === null ? shown : `${shown} ${title}`;
}

/** The visible text of an item heading: `6.1. Title`, or the title alone for an unnumbered item. */
export function itemHeading(number: string | null, title: string): string {
  return number === null ? title : `${number.replace(/\.$/, '')}. ${title}`;
}

function agendaBlocks({ items }: ParsedDocument): (string | PlannedHeading)[] {
  const blocks: (string | PlannedHeading)[] = [];
  let day: string | null = null;
  let section: string | null = null;
  for (const { item, anchor, fragment } of items) {
    if (item.day !== null && item.day !== day) {
      blocks.push({ level: 2, id: `day-${item.day}`, text: formatDate(item.day) });
      section = null;
    }
    if (item.section !== null && item.section !== section) {
      blocks.push({ level: item.day === null ? 2 : 3, id: `agenda-${documentSlug(item.section) || 'section'}`, text: item.section });
    }
    day = item.day;
    section = item.section;
    blocks.push(
      { level: 2 + (item.day === null ? 0 : 1) + (item.section === null ? 0 : 1), id: anchor, text: itemHeading(item.number, item.title) },
      fragment.markdown,
    );
  }
  return blocks;
}

/** A paragraph calling the footnotes no text calls (their mark stood in a title), so that they are rendered too. */
function uncalledFootnotes(document: ParsedDocument): string {
  const called = new Set([...document.items, ...document.sections, ...document.footnotes].flatMap(({ fragment }) => fragment.footnotes));
  return document.footnotes
    .filter(({ footnote }) => !called.has(footnote.mark))
    .map(({ footnote }) => `[^${footnote.mark}]`)
    .join('');
}

function resolveHeadings(blocks: readonly (string | PlannedHeading)[]): string[] {
  const headings = blocks.filter((block): block is PlannedHeading => typeof block !== 'string');
  const levels = clampLevels(headings.map(({ level }) => level));
  const ids = uniqueAnchors(headings.map(({ id }) => id));
  let index = 0;
  return blocks.map((block) => {
    if (typeof block === 'string') return block;
    const heading = headingHtml(levels[index] ?? 2, ids[index] ?? block.id, block.text);
    index += 1;
    return heading;
  });
}

function depthOf(number: string | null): number {
  return number === null ? 0 : number.replace(/\.$/, '').split('.').length - 1;
}
