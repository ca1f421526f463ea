import { describe, expect, it } from 'vitest';
import { anchorId, citationHref } from '../../../src/lib/citation-href.ts';

const base = { document: '15912/25', documentSlug: '15912-25', context: '' };

describe('citationHref', () => {
  it('points an agenda item citation at the item on its meeting page', () => {
    expect(citationHref({ ...base, meeting: '2025-11-18', anchor: 'item-6', label: 'item 6' })).toBe('/meetings/2025-11-18/#item-6');
  });

  it('points a footnote citation at the footnote id Astro renders on the document page', () => {
    expect(citationHref({ ...base, document: '9267/25', documentSlug: '9267-25', meeting: null, anchor: 'fn-1', label: 'footnote 1' })).toBe(
      '/documents/9267-25/#user-content-fn-1',
    );
  });

  it('points section and header citations at the document page', () => {
    expect(citationHref({ ...base, meeting: null, anchor: 'section-2-1', label: 'section 2.1' })).toBe('/documents/15912-25/#section-2-1');
    expect(citationHref({ ...base, meeting: '2025-11-18', anchor: 'header', label: 'header' })).toBe('/documents/15912-25/#header');
  });
});

describe('anchorId', () => {
  it('leaves anchors other than footnotes as they are', () => {
    expect(anchorId('item-aob')).toBe('item-aob');
    expect(anchorId('fn-18')).toBe('user-content-fn-18');
    expect(anchorId('fnref-18')).toBe('user-content-fnref-18');
  });
});
