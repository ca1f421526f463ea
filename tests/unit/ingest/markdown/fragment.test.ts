import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../../../scripts/ingest/markdown/fragment.ts';

describe('parseFragment', () => {
  it('links each reference to its document page and keeps the number as printed', () => {
    const fragment = parseFragment('The agenda was adopted as set out in CM 4578/2/24 REV2.');
    expect(fragment.markdown).toBe('The agenda was adopted as set out in [CM 4578/2/24 REV2](/documents/cm-4578-2-24-rev-2/).');
    expect(fragment.references.map(({ id }) => id)).toEqual(['CM 4578/2/24 REV 2']);
  });

  it('lists the footnotes a text calls and leaves their calls in place', () => {
    const fragment = parseFragment('Established in 2010[^1] under the Security Union Strategy[^2], see 2010[^1].');
    expect(fragment.footnotes).toEqual(['1', '2']);
    expect(fragment.markdown).toBe('Established in 2010[^1] under the Security Union Strategy[^2], see 2010[^1].');
  });

  it('gives the plain text without footnote calls, strong toggles or escapes', () => {
    expect(parseFragment('**Questions to the Ministers:**[^3]\n\n- In your view\\* does 7750/25 \\<reflect> it?').plain).toBe(
      'Questions to the Ministers:\n\n- In your view* does 7750/25 <reflect> it?',
    );
  });

  it('escapes a raw tag and link syntax left in a record, but not a footnote call or an escaped bracket', () => {
    expect(parseFragment('<b>bold</b> [x](javascript:alert(1)) ![i](y.png) [^4] \\[kept\\]').markdown).toBe(
      '\\<b>bold\\</b> \\[x](javascript:alert(1)) !\\[i](y.png) [^4] \\[kept\\]',
    );
  });

  it("keeps the parser's web-address autolink whole after an escaped backslash, so a backtick in it opens no code span", () => {
    expect(parseFragment('\\\\<HTTPS://`>\\`').markdown).toBe('\\\\<HTTPS://`>\\`');
  });
});
