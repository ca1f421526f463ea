import { describe, expect, it } from 'vitest';
import { numberSearchForms, readNumberQuery } from '../../../src/lib/number-query.ts';

describe('readNumberQuery', () => {
  it.each([
    ['15912/25', '15912/25', '15912'],
    ['15912/2025', '15912/25', '15912'],
    ['ST 15912/25', '15912/25', '15912'],
    ['ST 15912 2025', '15912/25', '15912'],
    ['ST-15912-2025-INIT', '15912/25', '15912'],
    ['st 15912 2025', '15912/25', '15912'],
    ['  15912/25  ', '15912/25', '15912'],
  ])('reads %s as the outcome 15912/25', (typed, search, bare) => {
    expect(readNumberQuery(typed)).toEqual({ search, bare });
  });

  it.each([
    ['14470/1/25 REV1', '14470/1/25 REV 1'],
    ['14470/1/25 REV 1', '14470/1/25 REV 1'],
    ['14470/1/25 rev1', '14470/1/25 REV 1'],
    ['ST 14470 2025 REV 1', '14470/1/25 REV 1'],
    ['ST-14470-2025-REV-1', '14470/1/25 REV 1'],
    ['14470/1/25', '14470/1/25'],
  ])('reads the revision %s as %s', (typed, search) => {
    expect(readNumberQuery(typed)?.search).toBe(search);
    expect(readNumberQuery(typed)?.bare).toBe('14470');
  });

  it.each([
    ['9887/25 AMD 1', '9887/25 AMD 1'],
    ['9887/25 amd1', '9887/25 AMD 1'],
    ['ST 9887 2025 AMD 1', '9887/25 AMD 1'],
    ['ST-9887-2025-AMD-1', '9887/25 AMD 1'],
  ])('reads the amendment %s as %s', (typed, search) => {
    expect(readNumberQuery(typed)).toEqual({ search, bare: '9887' });
  });

  it('keeps the series of a meeting or working document, with the year each series writes', () => {
    expect(readNumberQuery('CM 4578/2/24')).toEqual({ search: 'CM 4578/2/24', bare: 'CM 4578' });
    expect(readNumberQuery('CM 4578/2/24 REV 2')?.search).toBe('CM 4578/2/24 REV 2');
    expect(readNumberQuery('WK 13949/2021')?.search).toBe('WK 13949/2021');
    expect(readNumberQuery('WK 13949 2021')?.search).toBe('WK 13949/2021');
    expect(readNumberQuery('cm 4578')).toEqual({ search: 'CM 4578', bare: 'CM 4578' });
  });

  it('reads a bare number of three digits or more, and nothing else', () => {
    expect(readNumberQuery('15912')).toEqual({ search: '15912', bare: '15912' });
    expect(readNumberQuery('12')).toBeNull();
    expect(readNumberQuery('Europol')).toBeNull();
    expect(readNumberQuery('2025 Europol')).toBeNull();
    expect(readNumberQuery('Regulation (EU) 2016/794')).toBeNull();
    expect(readNumberQuery('')).toBeNull();
  });
});

describe('numberSearchForms', () => {
  it('gives each word of the number once, with the bare number', () => {
    expect(numberSearchForms('15912/25')).toBe('15912/25 15912');
    expect(numberSearchForms('14470/1/25 REV 1')).toBe('14470/1/25 REV 1 14470');
    expect(numberSearchForms('CM 4578/2/24 REV 2')).toBe('CM 4578/2/24 REV 2 4578');
  });

  it('gives an act or a Commission document as it is', () => {
    expect(numberSearchForms('Regulation (EU) 2016/794')).toBe('Regulation (EU) 2016/794');
    expect(numberSearchForms('COM/2023/754 final')).toBe('COM/2023/754 final');
  });
});
