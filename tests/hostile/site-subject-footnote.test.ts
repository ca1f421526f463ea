import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { elements, htmlFile } from '../support/hast.ts';
import { HOSTILE } from '../support/hostile-site.ts';

/** The built page of the note whose subject calls footnote 1 (tests/fixtures/hostile/subject-footnote.txt), as hast. */
const page: Root = htmlFile(join(HOSTILE.dist, 'documents', '16120-25', 'index.html'));

/** The element a page-internal link leads to: the first element with that id, as a browser finds it. */
function target(href: unknown): Element | undefined {
  return typeof href === 'string' && href.startsWith('#') ? elements(page, `[id="${href.slice(1)}"]`)[0] : undefined;
}

/** Whether an element stands inside one the page hides. */
function isHidden(element: Element): boolean {
  return elements(page, '[hidden]').some((hidden) => elements(hidden, '*').includes(element));
}

describe('the built page of a note whose subject calls a footnote', () => {
  const header = select('.document-header', page);
  const backLinks = elements(page, '[data-footnote-backref]');

  it('leads every footnote’s back link (↩) to a call the page shows, the subject’s footnote to the call in the header’s subject', () => {
    expect(backLinks.length).toBeGreaterThanOrEqual(3);
    for (const link of backLinks) {
      const call = target(link.properties['href']);
      expect(call?.properties['dataFootnoteRef'], String(link.properties['href'])).toBeDefined();
      expect(isHidden(call as Element)).toBe(false);
    }
    const first = target(elements(page, '#user-content-fn-1 [data-footnote-backref]')[0]?.properties['href']);
    expect(header === undefined || first === undefined ? false : elements(header, '[data-footnote-ref]').includes(first)).toBe(true);
    expect(toText(first as Element)).toBe('1');
  });

  it('hides no call and gives no id twice', () => {
    expect(elements(page, '[hidden] [data-footnote-ref]')).toEqual([]);
    const ids = elements(page, '[id]').map((element) => String(element.properties['id']));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('numbers the subject’s footnote 1 in the header and the footnotes, the body’s calls as the footnotes number them', () => {
    const listed = elements(page, '.footnotes li').map((item) => String(item.properties['id']));
    expect(listed).toEqual(['user-content-fn-1', 'user-content-fn-2']);
    const calls = elements(page, '.document-text [data-footnote-ref]').map((call) => [String(call.properties['href']), toText(call)]);
    expect(calls).toEqual([
      ['#user-content-fn-1', '1'],
      ['#user-content-fn-2', '2'],
      ['#user-content-fn-1', '1'],
    ]);
  });
});
