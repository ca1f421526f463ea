import { describe, expect, it } from 'vitest';
import { referenceSegments } from '../../src/lib/reference-segments.ts';

describe('referenceSegments', () => {
  it('marks each reference of a subject with its canonical id and keeps the printed text', () => {
    const subject = 'Follow-up to 14470/1/25 REV1 and CM 4578/2/24 REV2';
    const segments = referenceSegments(subject);
    expect(segments).toEqual([
      { text: 'Follow-up to ', reference: null },
      { text: '14470/1/25 REV1', reference: '14470/1/25 REV 1' },
      { text: ' and ', reference: null },
      { text: 'CM 4578/2/24 REV2', reference: 'CM 4578/2/24 REV 2' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(subject);
  });

  it('gives one plain run for a subject without references', () => {
    expect(referenceSegments('European Internal Security Strategy - Exchange of views')).toEqual([
      { text: 'European Internal Security Strategy - Exchange of views', reference: null },
    ]);
  });
});
