import { describe, expect, it } from 'vitest';
import { presidencyOn } from '../../../src/shared/presidency.ts';

describe('presidencyOn', () => {
  it('names the Presidencies of the three seed meetings', () => {
    expect(presidencyOn('2025-11-18')).toBe('Denmark');
    expect(presidencyOn('2021-11-22')).toBe('Slovenia');
    expect(presidencyOn('2017-11-21')).toBe('Estonia');
  });
  it('switches on the first of July', () => {
    expect(presidencyOn('2024-06-30')).toBe('Belgium');
    expect(presidencyOn('2024-07-01')).toBe('Hungary');
  });
  it('returns null outside the rotation table', () => {
    expect(presidencyOn('2009-12-01')).toBeNull();
    expect(presidencyOn('2031-01-01')).toBeNull();
  });
});
