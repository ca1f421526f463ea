import type { OkRecord } from '../../src/schemas/record.ts';
import { blocksPlain } from '../../src/shared/source-text.ts';
import { pick } from './projection.ts';

/**
 * What an outcome's language cases read back of a record: its header fields, the meeting's days, each item's number,
 * title and documents, each footnote's mark and text, the references' ids sorted; and, for nothing lost, the sentences
 * (`sentences`) missing from the body and the page furniture (`furniture`) left in it.
 */
export function outcomeRead(record: OkRecord, sentences: readonly string[], furniture: readonly string[]): Record<string, unknown> {
  const texts = [...record.sections.map((section) => section.text), ...record.items.map((item) => item.text)].map(blocksPlain).join('\n');
  return {
    ...pick(record, ['number', 'date', 'kind', 'language', 'originalLanguage', 'limite', 'codes', 'from', 'to', 'subject']),
    meeting: record.meeting?.dates,
    items: record.items.map((item) => [item.number, item.title, item.references]),
    footnotes: record.footnotes.map((note) => [note.mark, blocksPlain(note.text)]),
    references: record.references.map((reference) => reference.id).sort(),
    body: sentences.filter((sentence) => !texts.includes(sentence)),
    furniture: furniture.filter((text) => texts.includes(text)),
  };
}
