import { describe, expect, it } from 'vitest';
import { byDocumentOrder, compareDates } from '../../../src/shared/order.ts';

describe('byDocumentOrder', () => {
  it('puts a document whose date was not read after every dated one, then orders by number', () => {
    const documents = [
      { date: null, number: '5147/24', source: 'b.txt' },
      { date: '2025-11-25', number: '15912/25', source: 'c.txt' },
      { date: null, number: '5133/24', source: 'a.txt' },
      { date: '1999-01-04', number: '5001/99', source: 'd.txt' },
    ];
    expect([...documents].sort(byDocumentOrder).map(({ number }) => number)).toEqual(['5001/99', '15912/25', '5133/24', '5147/24']);
  });

  it('holds two undated documents equal by date', () => {
    expect([compareDates(null, null), compareDates(null, '2025-01-01'), compareDates('2025-01-01', null)]).toEqual([0, 1, -1]);
  });
});
