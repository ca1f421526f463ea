import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseDocumentParts } from '../../../scripts/ingest/entries/parsed-document.ts';
import { documentTree } from '../../../scripts/ingest/markdown/document-tree.ts';
import { markdownOf } from '../../../scripts/ingest/markdown/serialise.ts';
import { withoutHiddenSubjectCalls } from '../../../src/lib/shown-subject-calls.ts';
import { noteWithBody, okRecord, renderAsTheSite } from '../../support/hostile-render.ts';

/** The body of a note as the site renders it, its subject calling `subject` and its body the footnotes in `body`. */
async function renderedBody(subject: string, body: readonly string[]): Promise<string> {
  return renderAsTheSite(markdownOf(documentTree(parseDocumentParts(okRecord(noteWithBody(body, { subject }))))));
}

describe('withoutHiddenSubjectCalls', () => {
  it('takes out the hidden calls of the subject’s footnotes, so that no body element holds the id their back link leads to, and keeps the rest as rendered', async () => {
    const html = await renderedBody('Draft Council conclusions on internal security^2', [
      '1. The Presidency refers to its earlier note^1 and to the draft^2, and invites COSI to agree.',
      '',
      '^1 Doc. 15001/25.',
      '^2 Doc. 14002/25.',
    ]);
    const before = htmlToHast(html, { fragment: true });
    const after = htmlToHast(withoutHiddenSubjectCalls(html), { fragment: true });
    // The renderer gave the hidden call the id footnote 2's first back link leads to.
    expect(selectAll('[hidden] #user-content-fnref-2', before)).toHaveLength(1);
    expect(selectAll('[hidden]', after)).toEqual([]);
    expect(selectAll('#user-content-fnref-2', after)).toEqual([]);
    // The footnotes keep their numbers and back links; the body's calls keep theirs, in their sentence.
    const backLinks = (root: typeof after) => selectAll('[data-footnote-backref]', root).map((link) => link.properties['href']);
    expect(backLinks(after)).toEqual(backLinks(before));
    expect(backLinks(after)).toContain('#user-content-fnref-2');
    expect(selectAll('p [data-footnote-ref]', after).map((call) => [call.properties['id'], toText(call)])).toEqual([
      ['user-content-fnref-1', '2'],
      ['user-content-fnref-2-2', '1'],
    ]);
    expect(toText(after).replace(/\s+/g, ' ')).toBe(toText(before).replace(/\s+/g, ' ').replace(/^ ?1 /, ''));
  });

  it('leaves a body without hidden calls as rendered, byte for byte', async () => {
    const html = await renderedBody('Draft Council conclusions on internal security', ['1. The Presidency refers to its note^1.', '', '^1 Doc. 15001/25.']);
    expect(withoutHiddenSubjectCalls(html)).toBe(html);
  });
});
