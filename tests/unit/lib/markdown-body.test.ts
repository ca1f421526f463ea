import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownBody } from '../../../src/lib/markdown-body.ts';

const file = readFileSync('content/documents/9267-25.md', 'utf8');

describe('markdownBody', () => {
  it('starts the body of 9267/25 at the anchor of its opening text, after the frontmatter', () => {
    expect(markdownBody(file).startsWith('<div id="section-0"></div>\n\nThe 19 December 2024 European Council')).toBe(true);
  });

  it('ends the body of 9267/25 with its last footnote, trimmed', () => {
    expect(markdownBody(file).endsWith('[^2]: [7750/25](/documents/7750-25/).')).toBe(true);
  });

  it('removes only the leading frontmatter: a thematic break further down stays in the body', () => {
    expect(markdownBody('---\ndate: 2025-05-28\n---\n\nFirst part.\n\n---\n\nSecond part.\n')).toBe('First part.\n\n---\n\nSecond part.');
  });

  it('leaves a file without frontmatter whole, trimmed', () => {
    expect(markdownBody('\nJust text.\n')).toBe('Just text.');
  });
});
