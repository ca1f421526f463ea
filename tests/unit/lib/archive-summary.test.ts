import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/lib/archive-summary.ts';

describe('summarise', () => {
  it('counts the documents held and only cited, the meetings and the decisions', () => {
    expect(summarise({ documents: 2, referencedOnly: 40, decisions: 12, meetings: 2 })).toEqual({ documents: 2, referenced: 40, meetings: 2, decisions: 12 });
  });
});
