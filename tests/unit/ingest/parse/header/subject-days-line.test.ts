import { describe, expect, it } from 'vitest';
import { subjectDaysLineEnd } from '../../../../../scripts/ingest/parse/header/subject-days-line.ts';

/** The subject's value as the label's text gives it: the first line, a blank line, then what follows. */
function after(...lines: string[]): { text: string; blank: number } {
  const first = ' 2386th meeting of the PERMANENT REPRESENTATIVES COMMITTEE';
  return { text: [first, ...lines].join('\n'), blank: first.length };
}

describe('subjectDaysLineEnd', () => {
  it('ends the subject after a line in small letters naming the meeting’s days, in any version', () => {
    for (const line of [
      'held in Brussels on 23 and 24 November 2011',
      'held in Brussels on 15, 16 and 18 November 2011',
      'tenue à Bruxelles les 23 et 24 novembre 2011',
      'am 23. und 24. November 2011 in Brüssel',
      'celebrada en Bruselas los días 23 y 24 de noviembre de 2011',
    ]) {
      const { text, blank } = after('', line, '', 'SUMMARY');
      expect(subjectDaysLineEnd(text, blank)).toBe(text.indexOf(line) + line.length);
    }
  });

  it('ends it where the next page’s first line follows the line, the footer between them dropped, or where the text ends', () => {
    const { text, blank } = after('', 'tenutasi a Bruxelles il 15, 16 e 18 novembre 2011', 'SOMMARIO');
    expect(subjectDaysLineEnd(text, blank)).toBe(text.indexOf('\nSOMMARIO'));
    const end = after('', 'held in Brussels on 23 and 24 November 2011');
    expect(subjectDaysLineEnd(end.text, end.blank)).toBe(end.text.length);
  });

  it('ends it after a line opening with the year or the days, as the versions that print the year first do', () => {
    for (const line of ['2011. gada 23. un 24. novembrī Briselē', '2011. november 23–24., Brüsszel', '23-24 November 2011']) {
      const { text, blank } = after('', line, '', 'SUMMARY');
      expect(subjectDaysLineEnd(text, blank)).toBe(text.indexOf(line) + line.length);
    }
  });

  it('leaves a numbered paragraph, a sentence opening with a figure and a place and date line, though they name days', () => {
    for (const line of [
      '1. Adoption of the agenda of 23 November 2011',
      '12 delegations met on 23 and 24 November 2011',
      'The Committee, on 23 November 2011',
      'Brussels, 23 and 24 November 2011',
    ])
      expect(subjectDaysLineEnd(after('', line, '').text, after('', line, '').blank)).toBeNull();
  });

  it('leaves the body’s sentences, capitalised lines, lines without days and sentences wrapped onto the next line', () => {
    for (const lines of [
      ['', 'The Committee met on 23 and 24 November 2011', ''],
      ['', 'on 23 November 2011 the Committee adopted the agenda.', ''],
      ['', 'held in Brussels', ''],
      ['', 'held in Brussels on 23 November 2011 the Committee', 'adopted the agenda.'],
      ['', 'see the notes of 23 November 2011:', '- first'],
    ])
      expect(subjectDaysLineEnd(after(...lines).text, after(...lines).blank)).toBeNull();
  });
});
