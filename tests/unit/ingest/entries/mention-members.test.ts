import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mentionFiles } from '../../../../scripts/ingest/entries/corpus-files.ts';
import { documentFiles } from '../../../../scripts/ingest/entries/document-files.ts';
import { mentionMember, mentionPiece, type MentionPiece } from '../../../../scripts/ingest/entries/mention-members.ts';
import type { MentionRecord } from '../../../../scripts/ingest/entries/mentions.ts';
import { packedMembers } from '../../../../scripts/ingest/entries/packed-files.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { compare } from '../../../../src/shared/order.ts';
import { expectOk } from '../../../support/projection.ts';
import { loadSeeds } from '../../../support/seeds.ts';

/** Each seed's mention records, in document order, as the ingest finds them. */
const documents = loadSeeds().map(({ source }) => documentFiles(expectOk(parseDocument(readFileSync(source, 'utf8'), source))).mentions);

/** The members mentionMember makes of the documents' pieces, the documents in the order given. */
function members(order: readonly (readonly MentionRecord[])[]): Map<string, string> {
  const groups = new Map<string, MentionPiece[]>();
  for (const piece of order.flat().map(mentionPiece)) groups.set(piece.group, [...(groups.get(piece.group) ?? []), piece]);
  return new Map([...groups.values()].map(mentionMember).map(({ id, text }) => [id, text]));
}

describe('mention members', () => {
  const expected = new Map(packedMembers(mentionFiles(documents.flat())).map(({ id, text }) => [id, text]));

  it('are byte for byte the packed members of the mention entries, whatever the order of the documents', () => {
    expect(expected.size).toBeGreaterThan(20);
    expect([...expected.values()].some((text) => text.split('"date"').length > 3)).toBe(true);
    for (const order of [documents, [...documents].reverse()]) {
      const made = members(order);
      expect([...made.keys()].sort(compare)).toEqual([...expected.keys()].sort(compare));
      for (const [id, text] of expected) expect(made.get(id), id).toBe(text);
    }
  });

  it('escape as the entry files do, and refuse an entry its schema refuses', () => {
    const [record] = documents.flat();
    if (record === undefined) throw new Error('the seeds mention nothing');
    const odd = { ...record, mention: { ...record.mention, title: 'a\u2028b\u0085c "q" \\ d', excerpt: null } };
    expect(mentionMember([mentionPiece(odd)]).text).toBe(packedMembers(mentionFiles([odd]))[0]?.text);
    expect(mentionMember([mentionPiece(odd)]).text).toContain('a\\u2028b\\u0085c \\"q\\" \\\\ d');
    expect(() => mentionPiece({ ...record, mention: { ...record.mention, date: '2025-1-1' } })).toThrow('is not a valid entry');
    expect(() => mentionMember([mentionPiece({ ...record, id: 'Not An Id' })])).toThrow('is not a valid entry');
  });
});
