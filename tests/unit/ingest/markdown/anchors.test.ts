import { describe, expect, it } from 'vitest';
import { itemAnchors, sectionAnchors, uniqueAnchors } from '../../../../scripts/ingest/markdown/anchors.ts';

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
