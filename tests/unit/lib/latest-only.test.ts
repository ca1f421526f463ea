import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../src/lib/latest-only.ts';

describe('latestOnly', () => {
  it('keeps a ticket current until a later one is taken, and never current again after that', () => {
    const tickets = latestOnly();
    const first = tickets.next();
    expect(first()).toBe(true);
    const second = tickets.next();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
    tickets.next();
    expect(first()).toBe(false);
    expect(second()).toBe(false);
  });

  it('keeps the tickets of two sources apart', () => {
    const searches = latestOnly();
    const moreResults = latestOnly();
    const search = searches.next();
    moreResults.next();
    expect(search()).toBe(true);
  });
});
