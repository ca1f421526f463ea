import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from '../../../../scripts/ingest/markdown/markdown-escape.ts';

describe('escapeMarkdownText', () => {
  it('leaves ordinary header text as it is', () => {
    expect(escapeMarkdownText('Brussels, 25 November 2025')).toBe('Brussels, 25 November 2025');
    expect(escapeMarkdownText('(OR. en)')).toBe('(OR. en)');
    expect(escapeMarkdownText('CFSP/PESC 150')).toBe('CFSP/PESC 150');
  });

  it('escapes HTML, link, emphasis and entity syntax', () => {
    expect(escapeMarkdownText('<script>alert(1)</script> [x](javascript:y) *a* _b_ `c` ~d~ | &amp;')).toBe(
      '\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\| \\&amp;',
    );
  });

  it('escapes a line start that Markdown would read as a heading, quote, list or numbered list', () => {
    expect(escapeMarkdownText('# Title')).toBe('\\# Title');
    expect(escapeMarkdownText('> quote')).toBe('\\> quote');
    expect(escapeMarkdownText('- point')).toBe('\\- point');
    expect(escapeMarkdownText('12. Item')).toBe('12\\. Item');
  });

  it('puts a value written over several lines on one line', () => {
    expect(escapeMarkdownText('Standing Committee on Operational Cooperation on Internal Security\n(COSI)')).toBe(
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
    );
  });
});
