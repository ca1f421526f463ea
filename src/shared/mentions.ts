/**
 * Text units — agenda items of meetings and sections of notes and reports — the matchers read, and the
 * order their mentions are listed in; the ingest (`scripts/ingest/entries/mentions.ts`) applies them once.
 */

import { readableText } from './readable-text.ts';

/** One agenda item or one section: the smallest thing a page can link to and a reader can cite. */
export interface TextUnit {
  readonly kind: 'item' | 'section';
  /** Canonical number of the document the unit stands in. */
  readonly document: string;
  readonly documentSlug: string;
  /** The meeting id for an agenda item, else null. */
  readonly meeting: string | null;
  /** ISO date: the meeting day of an item, the date of the document for a section. */
  readonly date: string;
  /** Fragment on the unit's page, empty for the opening text of a document. */
  readonly anchor: string;
  /** "item 6.1", "section 3.10", "opening text". */
  readonly label: string;
  readonly title: string;
  /** Site path of the unit, with its fragment. */
  readonly href: string;
  /** The unit's text as Markdown: what the matchers read. */
  readonly text: string;
}

/** The fields of an item entry a unit needs. */
export interface ItemLike {
  readonly meeting: string;
  readonly document: string;
  readonly documentSlug: string;
  readonly position: number;
  readonly number: string | null;
  readonly title: string;
  readonly day: string | null;
  readonly anchor: string;
}

/** The fields of a document entry a unit needs. */
export interface DocumentLike {
  readonly number: string;
  readonly slug: string;
  readonly date: string;
  readonly subject: string | null;
  readonly items: readonly string[];
  readonly sections: readonly { readonly anchor: string; readonly number: string | null; readonly title: string | null }[];
}

/** The unit of an agenda item; the item is linked on its meeting's page. */
export function itemUnit(item: ItemLike, text: string): TextUnit {
  return {
    kind: 'item',
    document: item.document,
    documentSlug: item.documentSlug,
    meeting: item.meeting,
    date: item.day ?? item.meeting.slice(0, 10),
    anchor: item.anchor,
    label: item.number === null ? 'item AOB' : `item ${item.number}`,
    title: item.title,
    href: `/meetings/${item.meeting}/#${item.anchor}`,
    text: `${item.title}\n\n${text}`,
  };
}

/** A line of generated Markdown that opens a section: the ingest writes `<hN id="section-…">` on its own line. */
const SECTION_HEADING = /^<h[1-6] id="([a-z0-9-]+)">/;

/** A GFM footnote definition line (`[^1]: …`): footnotes are not part of the section they follow. */
const FOOTNOTE_DEFINITION = /^\[\^[^\]]+\]:/;

/**
 * The units of a note or report: its opening text and each section listed in its frontmatter, with
 * the Markdown between the section's heading and the next one. Documents with agenda items give
 * none (their items are the units).
 */
export function sectionUnits(document: DocumentLike, body: string): TextUnit[] {
  if (document.items.length > 0) return [];
  const listed = new Map(document.sections.map((section) => [section.anchor, section]));
  const chunks = new Map<string, string[]>([['', []]]);
  let current = '';
  for (const line of body.split('\n')) {
    const anchor = SECTION_HEADING.exec(line)?.[1];
    if (anchor !== undefined && listed.has(anchor)) {
      current = anchor;
      chunks.set(current, []);
    }
    if (!FOOTNOTE_DEFINITION.test(line)) chunks.get(current)?.push(line);
  }
  const units: TextUnit[] = [];
  for (const [anchor, lines] of chunks) {
    const text = lines.join('\n').trim();
    if (text === '') continue;
    const section = listed.get(anchor);
    const label = section === undefined ? 'opening text' : section.number === null ? 'section' : `section ${section.number}`;
    units.push({
      kind: 'section',
      document: document.number,
      documentSlug: document.slug,
      meeting: null,
      date: document.date,
      anchor,
      label,
      title: section === undefined ? (document.subject ?? document.number) : (section.title ?? section.number ?? document.number),
      href: anchor === '' ? `/documents/${document.slug}/` : `/documents/${document.slug}/#${anchor}`,
      text,
    });
  }
  return units;
}

/**
 * Orders mentions newest first; within a day by document. Sorting is stable, so the units of one document keep the
 * order they are given in (document order).
 */
export function newestFirst(a: { readonly date: string; readonly document: string }, b: { readonly date: string; readonly document: string }): number {
  return b.date.localeCompare(a.date) || a.document.localeCompare(b.document);
}

/** How many of the newest mentions an actor's or topic's page lists; the rest are on its pages per year. */
export const LATEST_MENTIONS = 20;

/** The most characters of text an excerpt under a mention shows (ellipses aside). */
const EXCERPT_LENGTH = 240;

/** Where a sentence ends: a full stop, question or exclamation mark, or semicolon before a space, or a paragraph break. */
const SENTENCE_END = /[.?!;] |\n/g;

/** A Markdown list marker at the start of a sentence. */
const LIST_MARKER = /^[-*+] /;

/** A unit's text as excerpts quote it: plain text, white space collapsed, one paragraph per line. */
export interface ExcerptSource {
  readonly text: string;
  /** Where the text after the unit's heading (its first paragraph) starts; 0 when it has one paragraph only. */
  readonly body: number;
}

/** The plain text excerpts are cut from, read once per unit however many mentions it has. */
export function excerptSource(markdown: string): ExcerptSource {
  const text = readableText(markdown)
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .join('\n');
  return { text, body: text.indexOf('\n') + 1 };
}

/**
 * Where to quote a mention from: the first one after the heading if there is one, since the page shows the heading
 * anyway, else the first one at all. `positions` are the mentions' positions in the source text, in order.
 */
export function preferredMention(source: ExcerptSource, positions: Iterable<number>): number {
  let first = -1;
  for (const at of positions) {
    if (source.body > 0 && at >= source.body) return at;
    if (first < 0) first = at;
  }
  return first;
}

/**
 * The sentence around position `at` of a source, cut to EXCERPT_LENGTH around it with "…" where it is cut; null when
 * `at` is -1 (no mention).
 */
export function excerptAt(source: ExcerptSource, at: number): string | null {
  if (at < 0) return null;
  const { text } = source;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index < at) start = match.index + match[0].length;
    else {
      end = match[0] === '\n' ? match.index : match.index + 1;
      break;
    }
  }
  const half = Math.floor(EXCERPT_LENGTH / 2);
  const from = Math.max(start, Math.min(at - half, end - EXCERPT_LENGTH));
  const to = Math.min(end, from + EXCERPT_LENGTH);
  const excerpt = text.slice(from, to).trim();
  return `${from > start ? '…' : ''}${from === start ? excerpt.replace(LIST_MARKER, '') : excerpt}${to < end ? '…' : ''}`;
}
