import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryText, withTexts } from '../../../src/lib/entry-text.ts';

describe('entryText', () => {
  it('reads the body of 9267/25 from the file the loader names, without its frontmatter', async () => {
    const body = await entryText({ id: '9267-25', filePath: 'content/documents/9267-25.md' });
    expect(body.startsWith('<div id="section-0"></div>\n\nThe 19 December 2024 European Council')).toBe(true);
    expect(readFileSync('content/documents/9267-25.md', 'utf8').endsWith(`${body}\n`)).toBe(true);
  });

  it('names the entry when it has no file to read', async () => {
    await expect(entryText({ id: '9267-25' })).rejects.toThrow('9267-25: the entry has no file');
  });
});

describe('withTexts', () => {
  it('gives each entry its own text, in the order given', async () => {
    const entries = await withTexts([
      { id: '15754-17', filePath: 'content/documents/15754-17.md' },
      { id: '9267-25', filePath: 'content/documents/9267-25.md' },
    ]);
    expect(entries.map((entry) => entry.id)).toEqual(['15754-17', '9267-25']);
    expect(entries[0]?.text).toMatch(/^## 1\. Adoption of the agenda \{#item-1\}/);
    expect(entries[1]?.text).toMatch(/^<div id="section-0"><\/div>/);
  });
});
