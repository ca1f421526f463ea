import { describe, expect, it } from 'vitest';
import { inlineLinePlain, readInline } from '../../../../../scripts/ingest/parse/text/inline.ts';
import { inlinePlain } from '../../../../../src/shared/source-text.ts';

describe('readInline', () => {
  it('keeps a superscript of stars the PDF reader writes (`^{**}`) as text, never as a bold toggle', () => {
    expect(readInline("Sistema d'informazione Schengen^{**}", () => null)).toEqual([{ type: 'text', value: "Sistema d'informazione Schengen^{**}" }]);
    expect(readInline("**5.\tSistema d'informazione Schengen^{**}**", () => null)).toEqual([
      { type: 'text', value: "5. Sistema d'informazione Schengen^{**}", strong: true },
    ]);
  });
});

describe('inlineLinePlain', () => {
  it("reads a line's words as readInline's runs give them, with and without tokens", () => {
    // footnote 1 is a footnote, 7 is not: `^7` stays text
    const resolve = (marks: readonly string[]) => (marks.includes('7') ? null : [...marks]);
    const lines = [
      '',
      '   ',
      'The Committee took note of the report.',
      '\t2.\tThe  Presidency   presented   doc.  14470/25 ',
      'The Council agreed^1 and noted¹ the text^7, see [^2].',
      '**Item 3:** Security  of the Union ** and 2 ** 3',
      'See <https://www.consilium.europa.eu/register>  and https://eur-lex.europa.eu/a(b)).',
      '[12583/5/17 REV 5](#) as <sup>1, 2</sup> and ^{18, 19} call',
      'Sistema^{**} https:// .',
    ];
    for (const line of lines) expect(inlineLinePlain(line, resolve)).toBe(inlinePlain(readInline(line, resolve)));
    expect(inlineLinePlain('\t2.\tThe  Presidency   presented ', resolve)).toBe('2. The Presidency presented');
    expect(inlineLinePlain('The Council agreed^1 on 5 m^7.', resolve)).toBe('The Council agreed on 5 m^7.');
  });
});
