import { describe, expect, it } from 'vitest';
import { cutsDayFromMonth, cutsYearFromMonth } from '../../../../scripts/ingest/parse/cut-day.ts';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';

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

describe('cutsYearFromMonth', () => {
  it('is true where a line ends on a month and the next opens with its year, in any language', () => {
    expect(cutsYearFromMonth('La prochaine aura lieu en mars', '2026.')).toBe(true);
    expect(cutsYearFromMonth('The next one will take place in March', '2026.')).toBe(true);
    expect(cutsYearFromMonth('Der nächste findet im März', '2026 statt.')).toBe(true);
    expect(cutsYearFromMonth('Il prossimo si terrà a marzo', '2026.')).toBe(true);
  });

  it('is false where the line ends on no month or the next opens with no year', () => {
    expect(cutsYearFromMonth('The drivers seized 38 tonnes in', '2026 and 2027.')).toBe(false);
    expect(cutsYearFromMonth('La prochaine aura lieu en mars', '12 réunions.')).toBe(false);
    expect(cutsYearFromMonth('La prochaine aura lieu en mars', '2026/27 selon le calendrier.')).toBe(false);
  });

  it('joins a table cell plain pdftotext wrapped before the year, however short its line', () => {
    const cells = 'Chaque année\n\nLa prochaine aura lieu en mars\n2026.\n\nLa présidence mettra ce tableau à jour.\n';
    expect(normalise(cells).map((line) => line.text)).toContain('La prochaine aura lieu en mars 2026.');
  });
});
