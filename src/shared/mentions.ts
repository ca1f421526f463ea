/**
 * Text units — agenda items of meetings and sections of notes and reports — the matchers read, and the
 * order their mentions are listed in; the ingest (`scripts/ingest/entries/mentions.ts`) applies them once, to the
 * plain text of the records (never to Markdown, header fields or page furniture).
 */

/** One agenda item or one section: the smallest thing a page can link to and a reader can cite. */
export interface TextUnit {
  readonly kind: 'item' | 'section';
  /** Canonical number of the document the unit stands in. */
  readonly document: string;
  readonly documentSlug: string;
  /** The meeting id for an agenda item, else null. */
  readonly meeting: string | null;
  /** ISO date: the meeting day of an item, the date of the document for a section (null where its header's date could not be read). */
  readonly date: string | null;
  /** Fragment on the unit's page, empty for the opening text of a document. */
  readonly anchor: string;
  /** "item 6.1", "section 3.10", "opening text". */
  readonly label: string;
  readonly title: string;
  /** Site path of the unit, with its fragment. */
  readonly href: string;
  /**
   * What the matchers read: the unit's heading, then its text and the footnotes it calls, as plain text (the source's
   * characters, markup read), one line per heading, paragraph, list item or footnote.
   */
  readonly text: string;
  /** Whether the first line of `text` is the unit's heading (the opening text of a document has none). */
  readonly headed: boolean;
}

/** The fields of an item entry a unit needs. */
export interface ItemLike {
  readonly meeting: string;
  readonly document: string;
  readonly documentSlug: string;
  readonly number: string | null;
  readonly title: string;
  readonly day: string | null;
  readonly anchor: string;
}

/** The fields of a document a section unit needs. */
export interface DocumentLike {
  readonly number: string;
  readonly slug: string;
  readonly date: string | null;
  readonly subject: string | null;
}

/** The fields of a section a unit needs. */
export interface SectionLike {
  readonly anchor: string;
  readonly number: string | null;
  readonly title: string | null;
}

/** The unit of an agenda item, whose plain text (and its footnotes') is `text`; the item is linked on its meeting's page. */
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
    text: joinLines(item.title, text),
    headed: true,
  };
}

/**
 * The unit of a section of a note or report, whose plain text (and its footnotes') is `text`. Text before the first
 * heading is the document's opening text, linked to the page itself.
 */
export function sectionUnit(document: DocumentLike, section: SectionLike, text: string): TextUnit {
  const opening = section.number === null && section.title === null;
  const anchor = opening ? '' : section.anchor;
  return {
    kind: 'section',
    document: document.number,
    documentSlug: document.slug,
    meeting: null,
    date: document.date,
    anchor,
    label: opening ? 'opening text' : section.number === null ? 'section' : `section ${section.number}`,
    title: opening ? (document.subject ?? document.number) : (section.title ?? section.number ?? document.number),
    href: anchor === '' ? `/documents/${document.slug}/` : `/documents/${document.slug}/#${anchor}`,
    text: opening ? text : joinLines(section.title ?? '', text),
    headed: !opening && section.title !== null,
  };
}

/** A heading line above a text, either left out when empty. */
function joinLines(heading: string, text: string): string {
  return heading === '' ? text : text === '' ? heading : `${heading}\n${text}`;
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

/** Where a sentence ends: a full stop, question or exclamation mark, or semicolon before a space, or a line break. */
const SENTENCE_END = /[.?!;] |\n/g;

/** A unit's text as excerpts quote it: its plain text, white space collapsed, one heading, paragraph or list item per line. */
export interface ExcerptSource {
  readonly text: string;
  /** Where the text after the unit's heading (its first paragraph) starts; 0 when it has one paragraph only. */
  readonly body: number;
}

/**
 * White space an excerpt source would change (UNTIDY): any but single spaces and line breaks, two of them side by side,
 * one at either end. A text without it is its own excerpt source, which most are. Inside the text: the first two.
 */
const UNTIDY_INSIDE = /[\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|[ \n][ \n]/;

/** A space or a line break (`[ \n]`). */
function spaceOrBreak(code: number): boolean {
  return code === 0x20 || code === 0x0a;
}

/**
 * Whether a text holds UNTIDY white space: `/[^\S \n]|[ \n][ \n]|^[ \n]|[ \n]$/`, its ends looked at apart and `\s` but
 * the space and the line break named (one pattern, it searched a tidy text, most of them, three times as slowly).
 */
function untidy(text: string): boolean {
  return (text !== '' && (spaceOrBreak(text.charCodeAt(0)) || spaceOrBreak(text.charCodeAt(text.length - 1)))) || UNTIDY_INSIDE.test(text);
}

/**
 * The plain text excerpts are cut from (a unit's `text`; `headed` when its first line is the unit's heading), read once
 * per unit however many mentions it has.
 */
export function excerptSource(plain: string, headed = true): ExcerptSource {
  const text = untidy(plain)
    ? plain
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n')
    : plain;
  return { text, body: headed ? text.indexOf('\n') + 1 : 0 };
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
  return `${from > start ? '…' : ''}${excerpt}${to < end ? '…' : ''}`;
}
