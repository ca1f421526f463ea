import { describe, expect, it } from 'vitest';
import { AGENDA_HEADING_LEVEL, groupAgenda, itemHeadingLevel, numbersTakenTogether } from '../../../src/lib/agenda.ts';

const item = (n: string, day: string | null, section: string | null) => ({ n, day, section });

describe('groupAgenda', () => {
  it('keeps items before the first section heading in a group without a title', () => {
    const days = groupAgenda([item('1', null, null), item('2', null, null), item('3', null, 'Items for discussion')]);
    expect(days).toHaveLength(1);
    expect(days[0]?.sections.map((s) => [s.title, s.items.map((i) => i.n)])).toEqual([
      [null, ['1', '2']],
      ['Items for discussion', ['3']],
    ]);
  });

  it('starts a new group when a heading recurs later in the agenda, as "Items for discussion" does in the November 2025 outcome', () => {
    const days = groupAgenda([
      item('5', '2025-11-18', 'Items for discussion'),
      item('6', '2025-11-18', 'Items for information/endorsement'),
      item('13', '2025-11-18', 'Items for discussion'),
    ]);
    expect(days[0]?.sections.map((s) => s.title)).toEqual(['Items for discussion', 'Items for information/endorsement', 'Items for discussion']);
  });

  it('groups by day first, so a section heading repeats under a new day', () => {
    const days = groupAgenda([item('1', '2025-11-18', 'A'), item('2', '2025-11-19', 'A')]);
    expect(days.map((d) => [d.day, d.sections.length])).toEqual([
      ['2025-11-18', 1],
      ['2025-11-19', 1],
    ]);
  });

  it('gives no groups for no items', () => {
    expect(groupAgenda([])).toEqual([]);
  });
});

describe('itemHeadingLevel', () => {
  it('puts items at the agenda level and each numbering step one level below', () => {
    expect(itemHeadingLevel('6')).toBe(AGENDA_HEADING_LEVEL);
    expect(itemHeadingLevel(null)).toBe(AGENDA_HEADING_LEVEL);
    expect(itemHeadingLevel('6.1')).toBe(AGENDA_HEADING_LEVEL + 1);
    expect(itemHeadingLevel('6.1.2')).toBe(AGENDA_HEADING_LEVEL + 2);
  });

  it('never goes below h6', () => {
    expect(itemHeadingLevel('1.2.3.4.5.6.7')).toBe(6);
  });
});

describe('numbersTakenTogether', () => {
  it('gives every number of items the outcome took together, as the versions print them', () => {
    expect(numbersTakenTogether('3. and 4.')).toEqual(['3', '4']);
    expect(numbersTakenTogether('Items 3 and 4 –')).toEqual(['3', '4']);
    expect(numbersTakenTogether('Points 3 et 4 :')).toEqual(['3', '4']);
    expect(numbersTakenTogether('3., 4. and 5.')).toEqual(['3', '4', '5']);
    expect(numbersTakenTogether('3) and 4)')).toEqual(['3', '4']);
  });

  it('spans the numbers between two a dash joins (`3.-5.`, `Items 3–5:`)', () => {
    expect(numbersTakenTogether('3.-5.')).toEqual(['3', '4', '5']);
    expect(numbersTakenTogether('Items 3–5:')).toEqual(['3', '4', '5']);
    expect(numbersTakenTogether('3. – 4.')).toEqual(['3', '4']);
  });

  it('gives none for an item of one number, printed with a word or a dash after it', () => {
    expect(numbersTakenTogether(undefined)).toEqual([]);
    expect(numbersTakenTogether('Item 3 –')).toEqual([]);
    expect(numbersTakenTogether('3.')).toEqual([]);
  });
});
