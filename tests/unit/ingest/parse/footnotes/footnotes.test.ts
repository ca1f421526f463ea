import { describe, expect, it } from 'vitest';
import { extractFootnotes, footnoteDefinition, readFootnotes } from '../../../../../scripts/ingest/parse/footnotes/footnotes.ts';

describe('footnoteDefinition', () => {
  it('reads every way the exports write a footnote', () => {
    expect(footnoteDefinition('¹ 16515/09.')).toEqual({ mark: '1', text: '16515/09.' });
    expect(footnoteDefinition('¹⁸ Proposal for a Regulation')).toEqual({ mark: '18', text: 'Proposal for a Regulation' });
    expect(footnoteDefinition('<sup>1</sup> 16343/24, EUCO 50/24.')).toEqual({ mark: '1', text: '16343/24, EUCO 50/24.' });
    expect(footnoteDefinition('^2 7750/25.')).toEqual({ mark: '2', text: '7750/25.' });
    expect(footnoteDefinition('[^3]: 13575/23.')).toEqual({ mark: '3', text: '13575/23.' });
  });

  it('is null for a line of text', () => {
    expect(footnoteDefinition('COSI took note of 1234/25.')).toBeNull();
    expect(footnoteDefinition('1. Adoption of the agenda')).toBeNull();
  });
});

describe('extractFootnotes', () => {
  it('takes the definitions out of the body and keeps the rest in order', () => {
    const { text, footnotes } = extractFootnotes([
      { text: 'in 2010¹ to', line: 3 },
      { text: '', line: 4 },
      { text: '¹ 16515/09.', line: 5 },
      { text: 'After.', line: 6 },
    ]);
    expect(text.map((entry) => entry.line)).toEqual([3, 4, 6]);
    expect(footnotes).toEqual([{ mark: '1', text: '16515/09.', line: 5 }]);
  });
});

describe('readFootnotes', () => {
  it('reads footnote text as the source gives it: web addresses as addresses, tags as characters', () => {
    expect(
      readFootnotes([
        { mark: '12', text: '<https://www.europol.europa.eu/decoding>', line: 1 },
        { mark: '13', text: 'See <b>11153/24</b>.', line: 2 },
      ]).records,
    ).toEqual([
      { mark: '12', label: '12', text: [{ list: null, inline: [{ type: 'url', value: 'https://www.europol.europa.eu/decoding' }] }] },
      { mark: '13', label: '13', text: [{ list: null, inline: [{ type: 'text', value: 'See <b>11153/24</b>.' }] }] },
    ]);
  });

  it('labels a mark printed again 1-2, 1-3, so that no footnote hides another', () => {
    const footnotes = readFootnotes([
      { mark: '1', text: 'First page.', line: 10 },
      { mark: '2', text: 'Second note.', line: 11 },
      { mark: '1', text: 'Numbering restarted.', line: 30 },
      { mark: '1', text: 'Once more.', line: 50 },
    ]);
    expect(footnotes.records.map(({ mark, label }) => [mark, label])).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['1', '1-2'],
      ['1', '1-3'],
    ]);
  });

  it('takes a call for the footnote of its mark printed next below it, else the last one above', () => {
    const { resolve } = readFootnotes([
      { mark: '1', text: 'First page.', line: 10 },
      { mark: '1', text: 'Numbering restarted.', line: 30 },
    ]);
    expect(resolve(5)(['1'])).toEqual(['1']);
    expect(resolve(20)(['1'])).toEqual(['1-2']);
    expect(resolve(40)(['1'])).toEqual(['1-2']);
  });

  it('calls nothing for a mark that is no footnote', () => {
    expect(readFootnotes([{ mark: '1', text: 'Note.', line: 10 }]).resolve(3)(['1', '2'])).toBeNull();
  });
});
