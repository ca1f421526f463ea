import { describe, expect, it } from 'vitest';
import { cutsDayFromMonth } from '../../../../scripts/ingest/parse/cut-day.ts';

describe('cutsDayFromMonth', () => {
  it('is true where a line ends on a day with its ordinal dot and the next opens with its month and year', () => {
    expect(cutsDayFromMonth('4.\tFolgemaßnahmen zur Tagung des COSI vom 18.', 'November 2025')).toBe(true);
    expect(cutsDayFromMonth('Tagung des Rates am 11. und 12.', 'Dezember 2025: Vorbereitung')).toBe(true);
    expect(cutsDayFromMonth('die Tagung am 5.', 'März 2024 in Brüssel')).toBe(true);
  });

  it('is false where the dot ends a sentence or the next line names no month and year', () => {
    expect(cutsDayFromMonth('The Committee took note of point 18.', 'The Presidency informed delegations.')).toBe(false);
    expect(cutsDayFromMonth('siehe Randnummer 18.', 'Nummer 2025 der Liste')).toBe(false);
    expect(cutsDayFromMonth('ohne Tag', 'November 2025')).toBe(false);
  });
});
