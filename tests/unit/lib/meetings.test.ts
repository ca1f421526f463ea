import { describe, expect, it } from 'vitest';
import { byYear, neighboursById, newestFirst } from '../../../src/lib/meetings.ts';

const meetings = [
  { id: '2021-11-22' },
  { id: '2025-11-18' },
  { id: '2017-11-21' },
  { id: '2025-11-18-psc-cosi' },
  { id: '2025-05-14' },
  { id: '2025-11-18-cosi-sg' },
];

describe('meeting order', () => {
  it("lists meetings newest first, another committee's meeting of a day before COSI's own", () => {
    expect(newestFirst(meetings).map((m) => m.id)).toEqual([
      '2025-11-18-psc-cosi',
      '2025-11-18-cosi-sg',
      '2025-11-18',
      '2025-05-14',
      '2021-11-22',
      '2017-11-21',
    ]);
  });

  it('groups meetings by the year of their first day, newest year first', () => {
    expect(byYear(meetings).map((g) => [g.year, g.meetings.length])).toEqual([
      ['2025', 4],
      ['2021', 1],
      ['2017', 1],
    ]);
  });

  it('finds the meetings before and after one in time', () => {
    const adjacent = neighboursById(meetings);
    expect(adjacent.get('2021-11-22')?.previous?.id).toBe('2017-11-21');
    expect(adjacent.get('2021-11-22')?.next?.id).toBe('2025-05-14');
    expect(adjacent.get('2025-11-18')?.previous?.id).toBe('2025-05-14');
    expect(adjacent.get('2025-11-18')?.next?.id).toBe('2025-11-18-cosi-sg');
    expect(adjacent.get('2025-11-18-cosi-sg')?.next?.id).toBe('2025-11-18-psc-cosi');
    expect(adjacent.get('2017-11-21')?.previous).toBeNull();
    expect(adjacent.get('2025-11-18-psc-cosi')?.next).toBeNull();
  });
});
