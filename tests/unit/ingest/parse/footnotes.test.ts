import { describe, expect, it } from 'vitest';
import { extractFootnotes, footnoteDefinition, renderFootnotes } from '../../../../scripts/ingest/parse/footnotes.ts';

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

describe('renderFootnotes', () => {
  it('writes footnote text as escaped Markdown with web addresses bare', () => {
    expect(
      renderFootnotes([
        { mark: '12', text: '<https://www.europol.europa.eu/decoding>', line: 1 },
        { mark: '13', text: 'See <b>11153/24</b>.', line: 2 },
      ]),
    ).toEqual([
      { mark: '12', text: 'https://www.europol.europa.eu/decoding' },
      { mark: '13', text: 'See \\<b>11153/24\\</b>.' },
    ]);
  });
});
