/** The plain text of one version of a document, for the word diff between versions: read from the entries' data, never from Markdown. */
import type { DocumentEntry } from '../schemas/document-entry.ts';
import type { ItemEntry } from '../schemas/item-entry.ts';
import { blocksPlain } from '../shared/source-text.ts';

/** The fields of a document entry a version's text is made of. */
export type VersionDocument = Pick<DocumentEntry, 'sections' | 'footnotes'>;

/** The fields of an item entry a version's text is made of. */
export type VersionItem = Pick<ItemEntry, 'number' | 'title' | 'text'>;

/**
 * A version's text as its page shows it, one paragraph per heading, paragraph, list item or footnote, separated by
 * blank lines: its sections under their headings, its agenda items (`items`, in agenda order) under theirs, then its
 * footnotes (`[1] text`).
 */
export function versionText(document: VersionDocument, items: readonly VersionItem[]): string {
  const heading = (number: string | null, title: string | null) => [number, title].filter((part) => part !== null).join(' ');
  const lines = [
    ...document.sections.flatMap((section) => [heading(section.number, section.title), section.text]),
    ...items.flatMap((item) => [heading(item.number === null ? null : `${item.number.replace(/\.$/, '')}.`, item.title), item.text]),
    ...document.footnotes.map((footnote) => `[${footnote.mark}] ${blocksPlain(footnote.text)}`),
  ];
  return lines
    .flatMap((text) => text.split('\n'))
    .filter((line) => line !== '')
    .join('\n\n');
}
