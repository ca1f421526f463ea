import { describe, expect, it } from 'vitest';
import { placeDateBelow } from '../../../../scripts/ingest/parse/date-below.ts';

describe('placeDateBelow', () => {
  it('reads the place and date printed under a press release’s session title', () => {
    expect(placeDateBelow('COMMUNIQUÉ DE PRESSE\n3156e session du Conseil\nBruxelles, le 22 mars 2012\n', 0)).toEqual({
      place: 'Bruxelles',
      date: '2012-03-22',
    });
  });

  it('reads the first day of a session of two days, in each language’s way of joining the days', () => {
    expect(placeDateBelow('Justiça e Assuntos Internos\nLuxemburgo, 26 e 27 de abril de 2012\n', 0)).toEqual({ place: 'Luxemburgo', date: '2012-04-26' });
    expect(placeDateBelow('Justice and Home Affairs\nBrussels, 12-13 July 2004\n', 0)).toEqual({ place: 'Brussels', date: '2004-07-12' });
    expect(placeDateBelow('Almindelige anliggender\nBruxelles, den 12.-13. juli 2004\n', 0)).toEqual({ place: 'Bruxelles', date: '2004-07-12' });
  });

  it('is null without a place and date', () => {
    expect(placeDateBelow('3156th Council meeting\nJustice and Home Affairs\n', 0)).toBeNull();
  });
});
