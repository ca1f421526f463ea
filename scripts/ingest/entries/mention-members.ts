/**
 * The mention entries of the packed `mentions` collection, made in two steps so that the costly one runs per document
 * (in the ingest's worker threads) and the step across documents only orders and joins text: each mention record is
 * validated and written once as it stands in its packed file (`mentionPiece`); one group's pieces make its member
 * (`mentionMember`). The same records give the same bytes as `packedMembers(mentionFiles(records))`.
 */
import { mentionEntryKeySchema, mentionSchema, type MentionEntry } from '../../../src/schemas/mention-entry.ts';
import { newestFirst } from '../../../src/shared/mentions.ts';
import { validEntry } from './valid-entry.ts';
import { jsonFile } from '../markdown/frontmatter.ts';
import type { PackedMember } from './packed-files.ts';
import type { MentionRecord } from './mentions.ts';

/** What a mention's place in its entry is decided by, and its text. */
export interface MentionPiece {
  /** Its entry's (kind, id, year): the entry file's name, `actor-europol-2025`. */
  readonly group: string;
  readonly kind: MentionEntry['kind'];
  readonly id: string;
  readonly year: string;
  /** What `newestFirst` orders the mentions of an entry by. */
  readonly date: string;
  readonly document: string;
  /** The mention as it stands in its packed file: its JSON (keys sorted, escaped as `jsonFile` escapes) indented under `mentions`. */
  readonly text: string;
}

/**
 * The (kind, id, year) group of a record, which names its entry's file (`actor-europol-2025`): the year is its unit's.
 * Here rather than in mentions.ts, so that the mention thread, which only joins pieces, does not load the readers.
 */
export function mentionGroup(record: MentionRecord): string {
  return `${record.kind}-${record.id}-${record.mention.date.slice(0, 4)}`;
}

/** How far a mention stands indented in its packed file: two for the member, four for `data`, four for `mentions`' items. */
const MENTION_INDENT = ' '.repeat(8);

/** One mention record, validated by its schema and written as it stands in its entry's packed member. Throws naming the entry's file when it does not validate. */
export function mentionPiece(record: MentionRecord): MentionPiece {
  const group = mentionGroup(record);
  const mention = validEntry(`mentions/${group}.json`, mentionSchema, record.mention);
  const text = `${MENTION_INDENT}${jsonFile(mention).trimEnd().replaceAll('\n', `\n${MENTION_INDENT}`)}`;
  return { group, kind: record.kind, id: record.id, year: record.mention.date.slice(0, 4), date: record.mention.date, document: record.mention.document, text };
}

/**
 * The packed member of one mention entry from its pieces (one group's, each document's in document order, the documents
 * in any order): the mentions newest first (`newestFirst`, stable), byte for byte as `packedMembers` writes the entry's
 * file. Throws naming the file when the entry's kind, id or year does not validate.
 */
export function mentionMember(pieces: readonly MentionPiece[]): PackedMember {
  const { id, parts } = mentionMemberParts(pieces);
  return { collection: 'mentions', id, text: parts.join('') };
}

/**
 * `mentionMember`'s text as the pieces it is joined of, in order: a large entry (thousands of mentions, megabytes) is
 * written a piece at a time (packed-writer.ts), never made one string and encoded whole. The pieces' texts are passed
 * through as they are given (as text, or as the bytes the mention spool keeps them in).
 */
export function mentionMemberParts<T>(pieces: readonly (Omit<MentionPiece, 'text'> & { readonly text: T })[]): { id: string; parts: (string | T)[] } {
  const [first] = pieces;
  if (first === undefined) throw new Error('a mention entry without mentions');
  const { group } = first;
  // Validated: an id of lowercase letters, digits and hyphens, a year of four digits, a known kind — nothing to escape.
  const { kind, id, year } = validEntry(`mentions/${group}.json`, mentionEntryKeySchema, { kind: first.kind, id: first.id, year: first.year }) as Pick<
    MentionEntry,
    'kind' | 'id' | 'year'
  >;
  const parts: (string | T)[] = [
    `  ${JSON.stringify(group)}: {\n    "data": {\n      "id": ${JSON.stringify(id)},\n      "kind": ${JSON.stringify(kind)},\n      "mentions": [\n`,
  ];
  [...pieces].sort(newestFirst).forEach(({ text }, index) => {
    if (index > 0) parts.push(',\n');
    parts.push(text);
  });
  parts.push(`\n      ],\n      "year": ${JSON.stringify(year)}\n    }\n  }`);
  return { id: group, parts };
}
