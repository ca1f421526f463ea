import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { withPrintedMarks } from '../../../src/lib/printed-marks.ts';
import { withoutHiddenSubjectCalls } from '../../../src/lib/shown-subject-calls.ts';
import { elements, htmlFragment } from '../../support/hast.ts';
import { documentEntry, noteWithBody, renderAsTheSite } from '../../support/hostile-render.ts';

interface Entry {
  data: { footnotes: { mark: string; label: string }[] };
  markdown: string;
}

/** A source's document body as the document page shows it: rendered as the site renders it, the printed marks put in. */
async function shownBody(source: string): Promise<{ page: Root; html: string; shown: string }> {
  const entry = documentEntry(source) as Entry;
  const html = withoutHiddenSubjectCalls(await renderAsTheSite(entry.markdown));
  const shown = withPrintedMarks(html, entry.data.footnotes);
  return { page: htmlFragment(shown), html, shown };
}

/** Each footnote call of a page: where it links to and the text it shows. */
const calls = (page: Root) => elements(page, '[data-footnote-ref]').map((call) => [String(call.properties['href']), toText(call)]);

const fixture = (...path: string[]) => readFileSync(join('tests', 'fixtures', ...path), 'utf8');

describe('withPrintedMarks', () => {
  it('shows the star a notice prints after an item’s title as its call, not the renderer’s number, in each rendering of an Italian notice', async () => {
    for (const rendering of ['pdftotext.txt', 'pdftotext-layout.txt']) {
      const { page } = await shownBody(fixture('council-pdf-lo', 'cm-notice-restricted-it', rendering));
      expect(calls(page), rendering).toEqual([
        ['#user-content-fn-asterisk', '*'],
        ['#user-content-fn-asterisk2', '**'],
      ]);
      // Each call sits in the heading of the item the notice marks, and each note's back link still leads to it.
      for (const label of ['asterisk', 'asterisk2']) {
        const call = elements(page, `h2 [data-footnote-ref][href="#user-content-fn-${label}"], h3 [data-footnote-ref][href="#user-content-fn-${label}"]`);
        expect(call.map((link) => link.properties['id'])).toEqual([`user-content-fnref-${label}`]);
        const back = elements(page, `#user-content-fn-${label} [data-footnote-backref]`);
        expect(back.map((link) => link.properties['href'])).toEqual([`#user-content-fnref-${label}`]);
      }
      expect(elements(page, '.footnotes li').map((item) => item.properties['dataMark'])).toEqual(['*', '**']);
      expect(elements(page, '[data-footnote-backref]').map((link) => link.properties['ariaLabel'])).toEqual(['Back to reference *', 'Back to reference **']);
    }
  });

  it('shows the star of an English notice flattened to one line per page, and of its French twin', async () => {
    for (const name of ['cm-notice-joint-flattened', 'french-cm-notice-joint-flattened']) {
      const { page } = await shownBody(fixture('layouts', name, 'source.txt'));
      expect(
        calls(page).map(([, text]) => text),
        name,
      ).toEqual(['*']);
    }
  });

  it('shows the numbers the document prints where the subject calls footnote 2 before the body calls footnote 1, the list in the document’s order', async () => {
    const source = noteWithBody(['1. The Presidency refers to its earlier note^1 and invites COSI to agree.', '', '^1 Doc. 15001/25.', '^2 Doc. 14002/25.'], {
      subject: 'Draft Council conclusions on internal security^2',
    });
    const { page } = await shownBody(source);
    expect(calls(page)).toEqual([['#user-content-fn-1', '1']]);
    expect(elements(page, '.footnotes > ol > li').map((item) => [item.properties['id'], item.properties['dataMark']])).toEqual([
      ['user-content-fn-1', '1'],
      ['user-content-fn-2', '2'],
    ]);
    // Each back link still leads to its call: footnote 2's to the subject's call in the header, which carries that id.
    expect(elements(page, '[data-footnote-backref]').map((link) => [link.properties['href'], link.properties['ariaLabel']])).toEqual([
      ['#user-content-fnref-1', 'Back to reference 1'],
      ['#user-content-fnref-2', 'Back to reference 2'],
    ]);
  });

  it('shows an annex’s footnotes numbered from 1 again as printed, in English and French', async () => {
    for (const name of ['note-annex-footnotes', 'note-annex-footnotes-fr']) {
      const { page } = await shownBody(fixture('council-pdf-lo', name, 'pdftotext.txt'));
      expect(
        calls(page).map(([, text]) => text),
        name,
      ).toEqual(['1', '2', '3', '4', '5', '1', '2']);
      expect(elements(page, '.footnotes > ol > li').map((item) => item.properties['dataMark'])).toEqual(['1', '2', '3', '4', '5', '1', '2']);
    }
  });

  it('keeps the renderer’s numbers for numbered footnotes, and leaves a body that has only those byte for byte', async () => {
    const numbered = noteWithBody(['1. The Presidency refers to its earlier note^1 and to the draft^2.', '', '^1 Doc. 15001/25.', '^2 Doc. 14002/25.']);
    const { html, shown } = await shownBody(numbered);
    expect(shown).toBe(html);
    expect(calls(htmlFragment(shown)).map(([, text]) => text)).toEqual(['1', '2']);
  });
});
