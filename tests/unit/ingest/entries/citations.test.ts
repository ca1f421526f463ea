import { describe, expect, it } from 'vitest';
import { citationsIn, shorten } from '../../../../scripts/ingest/entries/citations.ts';
import { findReferences } from '../../../../src/shared/references.ts';

const PLACE = { document: '15754/17', documentSlug: '15754-17', meeting: '2017-11-21', anchor: 'item-3', label: 'item 3' };

describe('citationsIn', () => {
  it('gives each cited document once, with the sentence of its first mention', () => {
    const text =
      'The Committee took note of the outcome, as set out in 14673/17. At its meeting on 13 November, CATS supported the approach set out in 14068/17. See again 14673/17.';
    const found = citationsIn(text, findReferences(text), PLACE);
    expect(found.map(({ reference, citation }) => [reference.id, citation.context])).toEqual([
      ['14673/17', 'The Committee took note of the outcome, as set out in 14673/17.'],
      ['14068/17', 'At its meeting on 13 November, CATS supported the approach set out in 14068/17.'],
    ]);
    expect(found[0]?.citation).toEqual({ ...PLACE, context: 'The Committee took note of the outcome, as set out in 14673/17.' });
  });

  it('does not let a document cite itself', () => {
    const text = 'This note 15754/17 replaces 14260/1/17 REV 1.';
    expect(citationsIn(text, findReferences(text), PLACE).map(({ reference }) => reference.id)).toEqual(['14260/1/17 REV 1']);
  });

  it('quotes a list item as its own sentence, and a sentence left open before a list with the list', () => {
    const text = 'The Committee took note of\n- the outcome as set out in 14673/17,\n- the state of play.\n\nCOSI agreed.\n\n- It endorsed 14068/17.';
    expect(citationsIn(text, findReferences(text), PLACE).map(({ citation }) => citation.context)).toEqual([
      'The Committee took note of - the outcome as set out in 14673/17, - the state of play.',
      '- It endorsed 14068/17.',
    ]);
  });
});

describe('citationsIn with the sentences split already', () => {
  it('quotes the sentences given, asked for once and only when the text cites a document', () => {
    const text = 'Migration\n\nCOSI took note of 14673/17. It endorsed 14068/17.';
    let asked = 0;
    const sentences = () => {
      asked += 1;
      return ['Migration', 'COSI took note of 14673/17.', 'It endorsed 14068/17.'];
    };
    expect(citationsIn(text, findReferences(text), PLACE, sentences).map(({ citation }) => citation.context)).toEqual([
      'COSI took note of 14673/17.',
      'It endorsed 14068/17.',
    ]);
    expect(asked).toBe(1);
    expect(citationsIn('Migration\n\nCOSI held an exchange of views.', [], PLACE, sentences)).toEqual([]);
    expect(asked).toBe(1);
  });
});

describe('shorten', () => {
  it('keeps a short sentence whole and cuts a long one around the reference with ellipses', () => {
    expect(shorten('Short.', 0)).toBe('Short.');
    const long = `${'a '.repeat(300)}14470/25 ${'b '.repeat(300)}`.trim();
    const cut = shorten(long, long.indexOf('14470/25'));
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut).toContain('14470/25');
    expect(cut.length).toBeLessThanOrEqual(330);
  });
});
