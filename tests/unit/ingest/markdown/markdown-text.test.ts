import { describe, expect, it } from 'vitest';
import { inlineMarkdown, linesToMarkdown, linesToPlainText, markerMarks, plainText } from '../../../../scripts/ingest/markdown/markdown-text.ts';

const marks = new Set(['1', '2', '18', '19']);

describe('inlineMarkdown', () => {
  it('escapes source text so that no raw HTML survives', () => {
    expect(inlineMarkdown('<script>alert(1)</script> & [x]', marks)).toBe('\\<script>alert(1)\\</script> & \\[x\\]');
    expect(inlineMarkdown('a_b*c `d` ~e~ &amp;', marks)).toBe('a\\_b\\*c \\`d\\` \\~e\\~ \\&amp;');
  });

  it('escapes what would open a block at the start of a line', () => {
    expect(inlineMarkdown('# not a heading', marks)).toBe('\\# not a heading');
    expect(inlineMarkdown('1. EXECUTIVE SUMMARY\t4', marks)).toBe('1\\. EXECUTIVE SUMMARY 4');
    expect(inlineMarkdown('> quoted', marks)).toBe('\\> quoted');
  });

  it('writes every footnote marker form as GFM footnote references', () => {
    expect(inlineMarkdown('justice<sup>1</sup>, shaping', marks)).toBe('justice[^1], shaping');
    expect(inlineMarkdown('package)^{18, 19}.', marks)).toBe('package)[^18][^19].');
    expect(inlineMarkdown('in 2010¹ to facilitate', marks)).toBe('in 2010[^1] to facilitate');
    expect(inlineMarkdown('strategy^2 and', marks)).toBe('strategy[^2] and');
  });

  it('keeps a marker without a footnote as text', () => {
    expect(inlineMarkdown('100 m³ of space', marks)).toBe('100 m³ of space');
  });

  it('keeps bold, unwraps links to nowhere and writes web addresses bare, or in <…> when they hold syntax or text runs into them', () => {
    expect(inlineMarkdown('**Draft Council conclusions**', marks)).toBe('**Draft Council conclusions**');
    expect(inlineMarkdown('as set out [12583/5/17 REV 5](#), which', marks)).toBe('as set out 12583/5/17 REV 5, which');
    expect(inlineMarkdown('<https://www.europol.europa.eu/a-b>', marks)).toBe('https://www.europol.europa.eu/a-b');
    // An address holding Markdown syntax, or followed by text, is closed in <…>, where nothing is syntax.
    expect(inlineMarkdown('<https://www.europol.europa.eu/a_b>', marks)).toBe('<https://www.europol.europa.eu/a_b>');
    expect(inlineMarkdown('https://x.eu/<img src=x>', marks)).toBe('<https://x.eu/>\\<img src=x>');
  });
});

describe('plainText', () => {
  it('drops markup, links and markers and collapses whitespace', () => {
    expect(plainText('3. **Information from the Presidency:**')).toBe('3. Information from the Presidency:');
    expect(plainText('area¹\t and <sup>2</sup> [13685/21](#)')).toBe('area and 13685/21');
  });
});

describe('markerMarks', () => {
  it('gives marks in ASCII digits', () => {
    expect(markerMarks('¹⁰')).toEqual(['10']);
    expect(markerMarks('18, 19')).toEqual(['18', '19']);
  });
});

describe('linesToMarkdown', () => {
  it('makes each line a paragraph and bullets a nested list', () => {
    const lines = ['**Questions to the Ministers:**', '', '- In your view?', '  - From your perspective?', '-', '', 'Closing line.'];
    expect(linesToMarkdown(lines, marks)).toBe('**Questions to the Ministers:**\n\n- In your view?\n  - From your perspective?\n-\n\nClosing line.');
  });

  it('keeps lettered points as paragraphs of their own', () => {
    expect(linesToMarkdown(['a) first point', '(b) second point'], marks)).toBe('a) first point\n\n(b) second point');
  });
});

describe('linesToPlainText', () => {
  it('lays out plain text like the Markdown, bullets kept as "- "', () => {
    expect(linesToPlainText(['The Committee took note of', '', '- the outcome,', '- the meeting.'])).toBe(
      'The Committee took note of\n\n- the outcome,\n- the meeting.',
    );
  });
});
