import { describe, expect, it } from 'vitest';
import { markAnchoredFootnotes } from '../../../../../scripts/ingest/parse/footnotes/anchored-footnotes.ts';

describe('markAnchoredFootnotes', () => {
  it('marks the call ending the line above each anchor and the definition at the page foot, joining its wrapped line', () => {
    const text = [
      'of the European Union.1',
      '0F',
      'until 21.11.2024.2',
      '1F',
      'Yours sincerely,',
      '1 The General Secretariat has examined your request on the basis of',
      'Regulation (EC) No 1049/2001.',
      '2 Article 7(3) of that Regulation.',
    ].join('\n');
    expect(markAnchoredFootnotes(text)).toBe(
      [
        'of the European Union.^1',
        '0F',
        'until 21.11.2024.^2',
        '1F',
        'Yours sincerely,',
        '^1 The General Secretariat has examined your request on the basis of Regulation (EC) No 1049/2001.',
        '',
        '^2 Article 7(3) of that Regulation.',
      ].join('\n'),
    );
  });

  it('keeps every line break, CRLF included, so that each line keeps its number', () => {
    const text = 'criminal networks2\r\n1F\r\nand minors online.\r\n2 Europol, IOCTA 2024,\r\npublished in July.\r\n7208/25 AB/cd 1\r\n';
    expect(markAnchoredFootnotes(text)).toBe(
      'criminal networks^2\r\n1F\r\nand minors online.\r\n^2 Europol, IOCTA 2024, published in July.\r\n\r\n7208/25 AB/cd 1\r\n',
    );
  });

  it('stops a footnote’s wrapped lines at a blank line, the next definition and the page footer', () => {
    const text = 'the threat1\n0F\n\n1 First line\nsecond line\n7208/25\nAB/cd\n';
    expect(markAnchoredFootnotes(text)).toBe('the threat^1\n0F\n\n^1 First line second line\n\n7208/25\nAB/cd\n');
  });

  it('leaves the text as it is where the anchor follows no call of its footnote or no definition follows', () => {
    for (const text of [
      'the threat\n0F\n1 A definition.',
      'the threat 1\n0F\n1 A definition.',
      'in 2024 12\n1F\n2 A definition.',
      'the threat1\n0F\nno definition below',
      'the threat2\n0F\n1 A definition.',
    ])
      expect(markAnchoredFootnotes(text)).toBe(text);
  });
});

describe('markAnchoredFootnotes on a hyphenated footnote', () => {
  it('joins a word hyphenation cut at the end of a footnote’s line as body text is joined: whole where the document spells it whole', () => {
    const text = ['on the implementation of the Directive.1', '0F', '1 Member States reported on the imple-', 'mentation in 2024.'].join('\n');
    expect(markAnchoredFootnotes(text)).toBe(
      ['on the implementation of the Directive.^1', '0F', '^1 Member States reported on the implementation in 2024.', ''].join('\n'),
    );
  });
});
