import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { htmlToHast } from 'satteri';
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

  it('calls them first in the body, so that the footnote’s back link leads to the subject; the header prints the number the document does', async () => {
    const html = await renderAsTheSite(markdownOf(documentTree(parseDocumentParts(record))));
    const listed = [...html.matchAll(/<li id="user-content-fn-(\w+)"/g)].map((match) => match[1]);
    const [run] = subjectParts(record);
    expect(listed).toEqual(['2', '1']);
    expect(run?.calls).toEqual([{ label: '2', number: '2' }]);
  });

  it('shows no paragraph of bare calls: the subject’s call is inside an element the page hides, every shown paragraph has text', async () => {
    const html = await renderAsTheSite(markdownOf(documentTree(parseDocumentParts(record))));
    const root = htmlToHast(html, { fragment: true });
    const hidden = selectAll('[hidden] [data-footnote-ref]', root).map((call) => call.properties['href']);
    const shown = selectAll('p', root).filter((paragraph) => selectAll('[hidden] p', root).every((inside) => inside !== paragraph));
    expect(hidden).toEqual(['#user-content-fn-2']);
    expect(shown.map((paragraph) => toText(paragraph).trim()).filter((text) => /^[\d\s]*$/.test(text))).toEqual([]);
    // The body's own call of footnote 1 stays shown, in its sentence.
    expect(
      selectAll('p [data-footnote-ref]', root)
        .filter((call) => !hidden.includes(call.properties['href']))
        .map((call) => call.properties['href']),
    ).toEqual(['#user-content-fn-1']);
  });
});
