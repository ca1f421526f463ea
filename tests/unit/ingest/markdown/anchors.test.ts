import { describe, expect, it } from 'vitest';
import { itemAnchors, sectionAnchors, uniqueAnchors } from '../../../../scripts/ingest/markdown/anchors.ts';
import { clampLevels, headingHtml } from '../../../../scripts/ingest/markdown/heading-html.ts';

describe('itemAnchors', () => {
  it('names items by number, the unnumbered AOB item-aob, and suffixes repeats', () => {
    expect(itemAnchors([{ number: '1' }, { number: '6.1' }, { number: null }, { number: '6.1' }])).toEqual(['item-1', 'item-6-1', 'item-aob', 'item-6-1-2']);
  });
});

describe('sectionAnchors', () => {
  it('names numbered sections by number and unnumbered ones by their 0-based position', () => {
    expect(sectionAnchors([{ number: null }, { number: '2.1' }, { number: 'III' }, { number: null }])).toEqual([
      'section-0',
      'section-2-1',
      'section-iii',
      'section-3',
    ]);
  });
});

describe('uniqueAnchors', () => {
  it('never returns the same anchor twice, even when a suffixed one was taken', () => {
    expect(uniqueAnchors(['a', 'a-2', 'a', 'a'])).toEqual(['a', 'a-2', 'a-3', 'a-4']);
  });
});

describe('headingHtml', () => {
  it('escapes the title and keeps it on one line', () => {
    expect(headingHtml(3, 'item-6-1', '6.1. A <b>"bold"</b>\n\ntitle & more')).toBe(
      '<h3 id="item-6-1">6.1. A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; title &amp; more</h3>',
    );
  });
});

describe('headingHtml with a reference in the title', () => {
  it('links the reference and escapes the text around it', () => {
    expect(headingHtml(3, 'item-4', 'Conclusions <draft> as set out in 13272/3/17 REV 3')).toBe(
      '<h3 id="item-4">Conclusions &lt;draft&gt; as set out in <a href="/documents/13272-3-17-rev-3/">13272/3/17 REV 3</a></h3>',
    );
  });
});

describe('clampLevels', () => {
  it('starts at h2 and never skips a level going down', () => {
    expect(clampLevels([3, 4, 2, 4, 3, 1])).toEqual([2, 3, 2, 3, 3, 2]);
  });
});
