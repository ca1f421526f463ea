import { describe, expect, it } from 'vitest';
import { kindLabel, VERB_LABELS } from '../../src/lib/labels.ts';
import { DECISION_VERBS } from '../../src/schemas/vocabulary.ts';

describe('labels', () => {
  it('reads a kind slug as a phrase', () => {
    expect(kindLabel('outcome-of-proceedings')).toBe('Outcome of proceedings');
  });

  it('has a label for every decision verb, with spaces for the two-word ones', () => {
    expect(Object.keys(VERB_LABELS).sort()).toEqual([...DECISION_VERBS].sort());
    expect(VERB_LABELS['took-note']).toBe('took note');
  });
});
