import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { jsonFile, markdownFile } from '../../../../scripts/ingest/markdown/frontmatter.ts';

describe('markdownFile', () => {
  it('writes values that Astro reads back unchanged, whatever characters they hold', () => {
    const data = {
      subject: '---\ntitle: injected\n---',
      fence: '+++',
      quotes: `"double" 'single' {{ braces }} # not a comment`,
      date: '2025-11-18',
      number: '0012',
      yes: 'true',
      controls: 'tab\tNEL\u0085DEL\u007fLS\u2028BOM\ufeffNUL\u0000end',
      lone: 'half \ud800 a surrogate',
      list: ['---', '- dash', ': colon'],
      nothing: null,
      count: 3,
      flag: false,
    };
    const { frontmatter, content } = parseFrontmatter(markdownFile(data, 'Body text.\n'));
    expect(frontmatter).toEqual(data);
    expect(content.trim()).toBe('Body text.');
  });

  it('sorts the keys so that the same data always gives the same bytes', () => {
    expect(markdownFile({ b: 1, a: { d: 'x', c: 'y' } }, '')).toBe('---\n{\n  "a": {\n    "c": "y",\n    "d": "x"\n  },\n  "b": 1\n}\n---\n');
  });
});

describe('jsonFile', () => {
  it('sorts keys at every level and ends with one newline', () => {
    expect(jsonFile({ b: [{ z: 1, y: 2 }], a: null })).toBe('{\n  "a": null,\n  "b": [\n    {\n      "y": 2,\n      "z": 1\n    }\n  ]\n}\n');
  });
});
