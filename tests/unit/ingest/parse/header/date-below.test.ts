import { describe, expect, it } from 'vitest';
import { placeDateBelow } from '../../../../../scripts/ingest/parse/header/date-below.ts';

describe('placeDateBelow', () => {
  it('reads the place and date printed under a press release’s session title', () => {
    expect(placeDateBelow('COMMUNIQUÉ DE PRESSE\n3156e session du Conseil\nBruxelles, le 22 mars 2012\n', 0)).toEqual({
      place: 'Bruxelles',
      date: '2012-03-22',
      // the kind line above the session's number line: no session title is read
      session: null,
    });
  });

  it('reads the first day of a session of two days, in each language’s way of joining the days', () => {
    expect(placeDateBelow('Justiça e Assuntos Internos\nLuxemburgo, 26 e 27 de abril de 2012\n', 0)).toMatchObject({ place: 'Luxemburgo', date: '2012-04-26' });
    expect(placeDateBelow('Justice and Home Affairs\nBrussels, 12-13 July 2004\n', 0)).toMatchObject({ place: 'Brussels', date: '2004-07-12' });
    expect(placeDateBelow('Almindelige anliggender\nBruxelles, den 12.-13. juli 2004\n', 0)).toMatchObject({ place: 'Bruxelles', date: '2004-07-12' });
    expect(placeDateBelow('Justice et affaires intérieures\nLuxembourg, les 9 et 10 juin 2011\n', 0)).toMatchObject({
      place: 'Luxembourg',
      date: '2011-06-09',
    });
  });

  it('reads the session’s title above the place and date: its number line and the configuration, joined by a dash', () => {
    const below = (text: string) => placeDateBelow(text, 0)?.session;
    expect(below('\n3096th Council meeting\n\nJustice and Home Affairs\n\nLuxembourg, 9 and 10 June 2011\n')).toBe(
      '3096th Council meeting – Justice and Home Affairs',
    );
    expect(below('3681e session du Conseil\nJustice et affaires intérieures\nAffaires intérieures\nBruxelles, le 8 mars 2019\n')).toBe(
      '3681e session du Conseil – Justice et affaires intérieures – Affaires intérieures',
    );
    expect(below('3162.ª reunião do Conselho\nJustiça e Assuntos Internos\nLuxemburgo, 26 e 27 de abril de 2012\n')).toBe(
      '3162.ª reunião do Conselho – Justiça e Assuntos Internos',
    );
    expect(below('3096. Tagung des Rates\nJustiz und Inneres\nLuxemburg, 9. und 10. Juni 2011\n')).toBe('3096. Tagung des Rates – Justiz und Inneres');
    // no session's number line, a title line with figures, or the lines run into one: no title
    expect(below('Justice and Home Affairs\nBrussels, 12-13 July 2004\n')).toBeNull();
    expect(below('3096th Council meeting\nJustice and Home Affairs 2011\nLuxembourg, 9 June 2011\n')).toBeNull();
    expect(below('3096th Council meeting Justice and Home Affairs Luxembourg, 9 June 2011 President')).toBeNull();
  });

  it('is null without a place and date', () => {
    expect(placeDateBelow('3156th Council meeting\nJustice and Home Affairs\n', 0)).toBeNull();
  });
});
