import { describe, expect, it } from 'vitest';
import { holdsUnreadText } from '../../../../../scripts/ingest/parse/header/reference-values.ts';

describe('holdsUnreadText', () => {
  it('is false for Council and Commission references with their parts, codes and separators', () => {
    expect(holdsUnreadText('13417/10 COSI 57')).toBe(false);
    expect(holdsUnreadText('6044/22 + ADD 1, 6120/1/24 REV 1')).toBe(false);
    expect(holdsUnreadText('COM(2020) 796 final')).toBe(false);
    expect(holdsUnreadText('SWD(2021) 92 final')).toBe(false);
    expect(holdsUnreadText('COM(2023) 516 final + JOIN(2023) 8 final')).toBe(false);
    expect(holdsUnreadText('SEK(2007) 839 slutlig')).toBe(false);
    expect(holdsUnreadText('ST 9876 2025 REV 1')).toBe(false);
    expect(holdsUnreadText('C(2007) 839')).toBe(false);
    expect(holdsUnreadText('K(2007) 839')).toBe(false);
    // a Commission document's annexes or part after its number (commission-tail.ts)
    expect(holdsUnreadText('COM(2025) 123 final - Annexes 1 to 3')).toBe(false);
    expect(holdsUnreadText('COM(2025) 123 final - ANHANG')).toBe(false);
    expect(holdsUnreadText('SWD(2025) 45 final PART 1/2')).toBe(false);
  });

  it('is true for a document the record has no reference for, and for words', () => {
    expect(holdsUnreadText('Ares(2025) 1234567')).toBe(true);
    expect(holdsUnreadText('Working Party on Frontiers report')).toBe(true);
    expect(holdsUnreadText('COM(2025) 123 final - ANNEX COMMISSION STAFF')).toBe(true);
  });
});
