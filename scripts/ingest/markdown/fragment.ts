import { linkMarkdown } from './link-references.ts';
import { findReferences, type FoundReference } from '../../../src/shared/references.ts';

/** A Markdown field of a record, made safe and linked: its Markdown, its plain text and the footnotes it calls. */
export interface Fragment {
  /** The Markdown with every document reference linked and no raw HTML, link or image syntax from the source. */
  markdown: string;
  /** The text as a reader sees it: paragraphs separated by blank lines, list items opened by `- `, footnote calls dropped. */
  plain: string;
  /** Marks of the footnotes it calls, in order, distinct. */
  footnotes: string[];
  /** The references in the Markdown before linking, with their offsets in `source`. */
  references: FoundReference[];
  /** The escaped Markdown before linking. */
  source: string;
}

/**
 * After an even run of backslashes (escaped backslashes, so the next character is live): a web address's autolink
 * `<https://…>` (the parser writes those; nothing inside is syntax), kept whole, or a `<` or `[` that Markdown would
 * read as syntax, `[` not a footnote call.
 */
const UNESCAPED_SYNTAX = /(?<!\\)((?:\\\\)*)(?:(<https?:\/\/[^\s<>]*>)|(<|\[(?!\^[^\s[\]^]+\])))/gi;

/** A GFM footnote call `[^1]` (not escaped). */
const FOOTNOTE_CALL = /(?<!\\)((?:\\\\)*)\[\^([^\s[\]^]+)\]/g;

/** A backslash escape of an ASCII punctuation character. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** Strong emphasis toggles, the only inline markup the parser writes. */
const STRONG = /\*\*|__/g;

/**
 * Prepares the Markdown of one record field (already escaped by the parser) for a page: any `<` or `[` still able to
 * open HTML, a link or an image is escaped, then every document reference becomes a link to its page.
 * Works on the text as written, without a Markdown parser, so that large corpora ingest fast.
 */
export function parseFragment(markdown: string): Fragment {
  const safe = markdown.replace(UNESCAPED_SYNTAX, (_match, backslashes: string | undefined, autolink: string | undefined, syntax: string | undefined) =>
    autolink === undefined ? `${backslashes ?? ''}\\${syntax ?? ''}` : `${backslashes ?? ''}${autolink}`,
  );
  const footnotes = [...new Set([...safe.matchAll(FOOTNOTE_CALL)].map((match) => match[2] ?? ''))];
  const references = findReferences(safe);
  return { markdown: linkMarkdown(safe, references), plain: markdownPlain(safe), footnotes, references, source: safe };
}

/** The plain text of escaped Markdown: footnote calls and strong toggles dropped, escapes undone. */
function markdownPlain(markdown: string): string {
  return markdown.replace(FOOTNOTE_CALL, '$1').replace(STRONG, '').replace(ESCAPE, '$1').trim();
}
