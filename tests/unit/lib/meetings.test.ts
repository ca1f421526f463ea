import { describe, expect, it } from 'vitest';
import { byYear, neighboursById, newestFirst } from '../../../src/lib/meetings.ts';

const meetings = [{ id: '2021-11-22' }, { id: '2025-11-18' }, { id: '2017-11-21' }, { id: '2025-11-18-2' }, { id: '2025-05-14' }];

describe('meeting order', () => {
  it('lists meetings newest first, a second meeting of a day before the first', () => {
    expect(newestFirst(meetings).map((m) => m.id)).toEqual(['2025-11-18-2', '2025-11-18', '2025-05-14', '2021-11-22', '2017-11-21']);
  });

  it('groups meetings by the year of their first day, newest year first', () => {
    expect(byYear(meetings).map((g) => [g.year, g.meetings.length])).toEqual([
      ['2025', 3],
      ['2021', 1],
      ['2017', 1],
    ]);
  });

  it('finds the meetings before and after one in time', () => {
    const adjacent = neighboursById(meetings);
    expect(adjacent.get('2021-11-22')?.previous?.id).toBe('2017-11-21');
    expect(adjacent.get('2021-11-22')?.next?.id).toBe('2025-05-14');
    expect(adjacent.get('2025-11-18')?.previous?.id).toBe('2025-05-14');
    expect(adjacent.get('2025-11-18')?.next?.id).toBe('2025-11-18-2');
    expect(adjacent.get('2017-11-21')?.previous).toBeNull();
    expect(adjacent.get('2025-11-18-2')?.next).toBeNull();
  });
});
