import { describe, expect, it } from 'vitest';
import { handOverPacked, takePacked } from '../../../src/lib/packed-handover.ts';

describe('packed files handed over by the content loader', () => {
  it('are taken once by their path, then read again from disk by whoever asks next', () => {
    const file = { 'actor-europol-2025': { data: { id: 'europol', kind: 'actor', year: '2025', mentions: [] } } };
    handOverPacked('content/mentions/mentions-1.json', file);
    expect(takePacked('content/mentions/mentions-2.json')).toBeUndefined();
    expect(takePacked('content/mentions/mentions-1.json')).toBe(file);
    expect(takePacked('content/mentions/mentions-1.json')).toBeUndefined();
  });
});
