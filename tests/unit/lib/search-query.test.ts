import { describe, expect, it } from 'vitest';
import { bestSubResult, readSearchQuery, searchQueryString, splitExcerpt } from '../../../src/lib/search-query.ts';

describe('readSearchQuery', () => {
  it('reads the words and the known filters from a shareable URL, ignoring empty and unknown ones', () => {
    expect(readSearchQuery(new URLSearchParams('q=+Mediterranean+&year=2025&kind=&colour=red'))).toEqual({
      q: 'Mediterranean',
      filters: { year: '2025' },
    });
  });

  it('gives an empty query for a bare search page', () => {
    expect(readSearchQuery(new URLSearchParams(''))).toEqual({ q: '', filters: {} });
  });
});

describe('searchQueryString', () => {
  it('writes the words first and the filters in a fixed order, so equal searches share one URL', () => {
    expect(searchQueryString({ q: 'data retention', filters: { verb: 'endorsed', year: '2017' } })).toBe('?q=data+retention&year=2017&verb=endorsed');
    expect(searchQueryString({ q: '', filters: {} })).toBe('');
  });
});

describe('bestSubResult', () => {
  it('chooses the anchor holding most matches, the first of equals', () => {
    const subs = [
      { url: '/meetings/2025-11-18/#item-4', locations: [3] },
      { url: '/meetings/2025-11-18/#item-5', locations: [10, 12, 30] },
      { url: '/meetings/2025-11-18/#item-13', locations: [80, 81, 82] },
    ];
    expect(bestSubResult(subs)?.url).toBe('/meetings/2025-11-18/#item-5');
    expect(bestSubResult([])).toBeNull();
  });
});

describe('splitExcerpt', () => {
  it('turns an excerpt into text runs, marking matches and decoding escaped text without parsing it', () => {
    expect(splitExcerpt('with the <mark>Mediterranean</mark> &lt;script&gt; &amp; more')).toEqual([
      { text: 'with the ', marked: false },
      { text: 'Mediterranean', marked: true },
      { text: ' <script> & more', marked: false },
    ]);
  });

  it('decodes numeric character references', () => {
    expect(splitExcerpt('EU&#39;s &#x2013; x')).toEqual([{ text: "EU's – x", marked: false }]);
  });
});
