import { describe, expect, it } from 'vitest';
import { isoDate, parseDate, parseDates } from '../../../../scripts/ingest/parse/date-expressions.ts';

describe('parseDates', () => {
  it('reads the two days of "18 and 19 November 2025"', () => {
    expect(parseDates('18 and 19 November 2025')).toEqual(['2025-11-18', '2025-11-19']);
  });

  it('reads non-consecutive days without inventing the day between', () => {
    expect(parseDates('20 and 22 September 2023')).toEqual(['2023-09-20', '2023-09-22']);
  });

  it('expands a range of days, also across a month end', () => {
    expect(parseDates('26-27 June 2014')).toEqual(['2014-06-26', '2014-06-27']);
    expect(parseDates('28 November – 2 December 2022')).toEqual(['2022-11-28', '2022-11-29', '2022-11-30', '2022-12-01', '2022-12-02']);
  });

  it('reads days of two months sharing one year', () => {
    expect(parseDates('30 November and 1 December 2022')).toEqual(['2022-11-30', '2022-12-01']);
  });

  it('reads French and German month names and a week-day', () => {
    expect(parseDates('le 1er décembre 2022')).toEqual(['2022-12-01']);
    expect(parseDates('Dienstag, 3. März 2020')).toEqual(['2020-03-03']);
    expect(parseDates('Tuesday 18 November 2025')).toEqual(['2025-11-18']);
  });

  it('reads the dates of the Italian, Spanish, Portuguese, Dutch, Polish and Swedish versions', () => {
    expect(parseDates('14 ottobre 2021')).toEqual(['2021-10-14']);
    expect(parseDates('9 de junio de 2020')).toEqual(['2020-06-09']);
    expect(parseDates('3 de março de 2021')).toEqual(['2021-03-03']);
    expect(parseDates('12 mei 2022')).toEqual(['2022-05-12']);
    expect(parseDates('1 grudnia 2016 r.')).toEqual(['2016-12-01']);
    expect(parseDates('den 7 september 2017')).toEqual(['2017-09-07']);
    expect(parseDates('15 i 16 czerwca 2015 r.')).toEqual(['2015-06-15', '2015-06-16']);
  });

  it('reads the dates the other official languages print year first or with words around them', () => {
    expect(parseDates('2019. május 3.')).toEqual(['2019-05-03']);
    expect(parseDates('2019 m. gegužės 3 d.')).toEqual(['2019-05-03']);
    expect(parseDates('2019. gada 3. maijā')).toEqual(['2019-05-03']);
    expect(parseDates('3 май 2019 г.')).toEqual(['2019-05-03']);
    expect(parseDates("3 ta' Mejju 2019")).toEqual(['2019-05-03']);
    expect(parseDates('3 Μαΐου 2019')).toEqual(['2019-05-03']);
  });

  it('reads the Slovenian dates, whose month is in the genitive (12. junija 2019), as well as its nominative', () => {
    expect(parseDates('12. junija 2019')).toEqual(['2019-06-12']);
    expect(parseDates('3. januarja 2023')).toEqual(['2023-01-03']);
    expect(parseDates('18. in 19. novembra 2025')).toEqual(['2025-11-18', '2025-11-19']);
    expect(parseDates('14. marec 2019')).toEqual(['2019-03-14']);
  });

  it('reads the Irish dates, two of whose months are two words (Meán Fómhair, Deireadh Fómhair)', () => {
    expect(parseDates('15 Nollaig 2022')).toEqual(['2022-12-15']);
    expect(parseDates('3 Bealtaine 2023')).toEqual(['2023-05-03']);
    expect(parseDates('20 Meán Fómhair 2023')).toEqual(['2023-09-20']);
    expect(parseDates('5 agus 6 Deireadh Fómhair 2023')).toEqual(['2023-10-05', '2023-10-06']);
    expect(parseDates('20 Fómhair 2023')).toEqual([]);
  });

  it('names no day for text that is not a complete date', () => {
    expect(parseDates('Delegations')).toEqual([]);
    expect(parseDates('November 2025')).toEqual([]);
    expect(parseDates('31 February 2025')).toEqual([]);
  });
});

describe('parseDate', () => {
  it('gives the first day of an expression, or null', () => {
    expect(parseDate('Brussels, 25 November 2025')).toBe('2025-11-25');
    expect(parseDate('no date here')).toBeNull();
  });
});

describe('isoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 2, 29)).toBeNull();
  });
});
