import { describe, expect, it } from 'vitest';
import { parseDocumentParts } from '../../../../scripts/ingest/entries/parsed-document.ts';
import { documentTree } from '../../../../scripts/ingest/markdown/document-tree.ts';
import { markdownOf } from '../../../../scripts/ingest/markdown/serialise.ts';
import { subjectParts } from '../../../../src/shared/document-header.ts';
import { noteWithBody, okRecord, renderAsTheSite } from '../../../support/hostile-render.ts';

describe('documentTree: the footnotes the header’s subject calls', () => {
  // a note whose subject calls footnote 2 and whose body calls footnote 1 first
  const record = okRecord(
    noteWithBody(['1. The Presidency refers to its earlier note^1 and invites COSI to agree.', '', '^1 Doc. 15001/25.', '^2 Doc. 14002/25.'], {
      subject: 'Draft Council conclusions on internal security^2',
    }),
  );

  it('reads the call as the subject’s, after its last word', () => {
    expect([record.subject, record.subjectFootnotes]).toEqual([
      'Draft Council conclusions on internal security',
      [{ label: '2', at: 'Draft Council conclusions on internal security'.length }],
    ]);
  });

  it('calls them first in the body, so that the page numbers the footnote as the header does', async () => {
    const html = await renderAsTheSite(markdownOf(documentTree(parseDocumentParts(record))));
    const listed = [...html.matchAll(/<li id="user-content-fn-(\w+)"/g)].map((match) => match[1]);
    const [run] = subjectParts(record);
    expect(listed).toEqual(['2', '1']);
    expect(run?.calls).toEqual([{ label: '2', number: String(listed.indexOf('2') + 1) }]);
  });
});
