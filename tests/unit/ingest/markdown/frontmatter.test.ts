import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { jsonFile, textFile } from '../../../../scripts/ingest/markdown/frontmatter.ts';

describe('textFile', () => {
  it('writes a body that Astro reads back with no data, even one that opens with a thematic break and a fence', () => {
    const body = '---\n\ntitle: injected\n\n---\n\nBody text.';
    const { frontmatter, content } = parseFrontmatter(textFile(body));
    expect(frontmatter).toEqual({});
    expect(content.trim()).toBe(body);
  });

  it('writes the empty block alone for an empty body', () => {
    expect(textFile('')).toBe('---\n---\n');
  });
});

describe('jsonFile', () => {
  it('writes values that JSON.parse reads back unchanged, whatever characters they hold', () => {
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
    expect(JSON.parse(jsonFile(data))).toEqual(data);
  });

  it('writes no line separator, byte-order mark or C1 control raw', () => {
    expect(jsonFile({ text: 'LS\u2028PS\u2029BOM\ufeffNEL\u0085' })).toBe('{\n  "text": "LS\\u2028PS\\u2029BOM\\ufeffNEL\\u0085"\n}\n');
  });

  it('sorts keys at every level and ends with one newline', () => {
    expect(jsonFile({ b: [{ z: 1, y: 2 }], a: null })).toBe('{\n  "a": null,\n  "b": [\n    {\n      "y": 2,\n      "z": 1\n    }\n  ]\n}\n');
  });
});
