import type { Block, ExportStyle, PlannedDocument, PlannedFootnote, PlannedItem, PlannedSection } from './model.ts';
import { append } from '../../src/shared/lists.ts';
import type { Random } from './prng.ts';
import { footnoteMark, inline, longDate } from './render-inline.ts';

/** Lines of blocks (paragraphs, `- ` lists), blank-separated; Markdown-like text ends some lines with a hard break. */
function blockLines(style: ExportStyle, random: Random, blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list') return [...block.entries.map((entry) => `- ${inline(style, entry)}`), ''];
    const trailing = style === 'markdown' && random.chance(0.2) ? '  ' : '';
    return [`${inline(style, block.text)}${trailing}`, ''];
  });
}

/** Footnote definitions as the export style prints them, after the text they annotate. */
function footnoteLines(style: ExportStyle, footnotes: readonly PlannedFootnote[]): string[] {
  if (footnotes.length === 0) return [];
  const lines = footnotes.map((footnote) => `${footnoteMark(style, footnote.mark)} ${footnote.text}`);
  return style === 'markdown' ? lines.flatMap((line) => [line, '']) : [...lines, ''];
}

/** An item's heading line: `3. Title` in plain text, `### 3. Title` / `### **3. Title**` / `**3. Title**` in Markdown-like text. */
function itemHeading(style: ExportStyle, random: Random, item: PlannedItem): string {
  const label = item.number === null ? item.title : `${item.number}. ${item.title}`;
  if (style !== 'markdown') {
    if (item.number?.includes('.') && random.chance(0.5)) return `${item.number} ${item.title}`;
    return style === 'plain' && random.chance(0.1) ? `**${label}**` : label;
  }
  const depth = item.number?.includes('.') ? '####' : '###';
  const roll = random.next();
  return roll < 0.4 ? `${depth} **${label}**` : roll < 0.8 ? `${depth} ${label}` : `**${label}**`;
}

/** The agenda, with a day heading where the day changes and an agenda heading where the section changes. */
export function agendaLines(style: ExportStyle, random: Random, items: readonly PlannedItem[]): string[] {
  const lines: string[] = [];
  let day: string | null = null;
  let section: string | null = null;
  for (const item of items) {
    const newDay = item.day !== null && item.day !== day;
    if (newDay) lines.push(longDate(item.day as string), '');
    if (item.section !== null && (item.section !== section || newDay)) {
      lines.push(style === 'markdown' ? `## ${item.section}${random.chance(0.5) ? ':' : ''}` : item.section, '');
    }
    day = item.day;
    section = item.section;
    lines.push(itemHeading(style, random, item), '');
    append(lines, blockLines(style, random, item.blocks));
  }
  return lines;
}

/** A section heading: `2.1 Title` / `1. TITLE` in plain text; `## 1. Title` or `## **Title**` in Markdown-like text. */
function sectionHeading(style: ExportStyle, section: PlannedSection): string {
  const label =
    section.number === null ? section.title : section.number.includes('.') ? `${section.number} ${section.title}` : `${section.number}. ${section.title}`;
  if (style !== 'markdown') return label;
  return section.number === null ? `## **${label}**` : `${section.number.includes('.') ? '###' : '##'} ${label}`;
}

/** The text of a note: the paragraphs before the first heading, then each section with its footnotes after it. */
export function noteLines(style: ExportStyle, random: Random, document: PlannedDocument): string[] {
  const intro = document.intro;
  const lines = intro ? [...blockLines(style, random, intro.blocks), ...footnoteLines(style, intro.footnotes)] : [];
  for (const section of document.sections) {
    lines.push(sectionHeading(style, section), '');
    append(lines, blockLines(style, random, section.blocks));
    append(lines, footnoteLines(style, section.footnotes));
  }
  return lines;
}
