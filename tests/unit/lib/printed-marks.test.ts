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

  it('keeps the renderer’s numbers for numbered footnotes, and leaves a body that has only those byte for byte', async () => {
    const numbered = noteWithBody(['1. The Presidency refers to its earlier note^1 and to the draft^2.', '', '^1 Doc. 15001/25.', '^2 Doc. 14002/25.']);
    const { html, shown } = await shownBody(numbered);
    expect(shown).toBe(html);
    expect(calls(htmlFragment(shown)).map(([, text]) => text)).toEqual(['1', '2']);
  });
});
