import { describe, expect, it } from 'vitest';
import { hourOverItemLine, opensWithHourOverItem } from '../../../../../scripts/ingest/parse/header/hour-over-item.ts';

describe('opensWithHourOverItem', () => {
  it('reads a notice’s hour, as each version prints it, right before item 1’s number', () => {
    for (const line of [
      '10.00 – 18.00\t1. Adoption of the agenda',
      '10:00-18:00 1. Schválení pořadu jednání',
      'kl. 10.00 – 18.00 1. Godkännande av dagordningen',
      '10.00 – 18.00 Uhr 1. Annahme der Tagesordnung',
      '10 h 00 – 18 h 00 1. Adoption de l’ordre du jour',
      '10.00 – 18.00 ч. 1. Приемане на дневния ред',
      '10.00\t1. Adoption of the agenda',
    ]) {
      expect(opensWithHourOverItem(line, 0), line).toBe(true);
    }
  });

  it('reads no hour before another item’s number, before a title, or figures that are no hour', () => {
    for (const line of ['10.00 – 18.00 2. Information from the Presidency', '10.00 – 18.00 Coffee break', '1048 Brussels 1. Adoption', '175.00 1. Adoption']) {
      expect(opensWithHourOverItem(line, 0), line).toBe(false);
    }
  });
});

describe('hourOverItemLine', () => {
  it('finds the line break before the hour over item 1 under the venue’s lines', () => {
    const values = 'COUNCIL\nEUROPA BUILDING\nRue de la Loi 175, 1048 Brussels\n10.00 – 18.00\t1. Adoption of the agenda';
    expect(hourOverItemLine(values)).toBe(values.indexOf('\n10.00'));
    const flat = 'COUNCIL EUROPA BUILDING Rue de la Loi 175, 1048 Brussels\n\n10.00 – 18.00 1. Adoption of the agenda';
    expect(hourOverItemLine(flat)).toBe(flat.indexOf('\n\n10.00'));
  });

  it('finds none with no line of text above it, or no item 1 after the hour', () => {
    expect(hourOverItemLine('\n10.00 – 18.00\t1. Adoption of the agenda')).toBeNull();
    expect(hourOverItemLine('Rue de la Loi 175, 1048 Brussels\n10.00 – 18.00\t2. AOB')).toBeNull();
    expect(hourOverItemLine('Rue de la Loi 175, 1048 Brussels')).toBeNull();
  });
});
