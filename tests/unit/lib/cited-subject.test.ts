import { describe, expect, it } from 'vitest';
import { citedDescriptions } from '../../../src/lib/cited-subject.ts';

describe('citedDescriptions', () => {
  it('reads what a decision endorsed before "as set out in" the number, as the 18–19 November 2025 outcome says of 14470/1/25 REV 1', () => {
    const decision = {
      object:
        'the way forward with regard to the work in the Council on the implementation of the European Internal Security Strategy as set out in 14470/1/25 REV1',
      references: ['14470/1/25 REV 1'],
    };
    expect(citedDescriptions('14470/1/25 REV 1', [], [decision])).toEqual([
      'the way forward with regard to the work in the Council on the implementation of the European Internal Security Strategy',
    ]);
  });

  it('leaves out the preposition a verb joins its object with', () => {
    const decision = {
      object: 'on the draft Council conclusions on the strengthening of the ATLAS Network as set out 12583/5/17 REV 5',
      references: ['12583/5/17 REV 5'],
    };
    expect(citedDescriptions('12583/5/17 REV 5', [], [decision])).toEqual(['the draft Council conclusions on the strengthening of the ATLAS Network']);
  });

  it('reads an act’s title from the footnote that starts with its number, up to the Official Journal', () => {
    const citation = {
      label: 'footnote 20',
      context:
        'Directive (EU) 2021/555 of the European Parliament and of the Council of 24 March 2021 on control of the acquisition and possession of weapons, OJ L 115, 6.4.2021, p. 1–25.',
    };
    expect(citedDescriptions('Directive (EU) 2021/555', [citation], [])).toEqual([
      'Directive (EU) 2021/555 of the European Parliament and of the Council of 24 March 2021 on control of the acquisition and possession of weapons',
    ]);
  });

  it('reads a title from the footnote that ends with the number', () => {
    const citation = {
      label: 'footnote 7',
      context: 'Proposal for a Directive of the European Parliament and of the Council on European cross-border associations, COM/2023/516 final.',
    };
    expect(citedDescriptions('COM/2023/516 final', [citation], [])).toEqual([
      'Proposal for a Directive of the European Parliament and of the Council on European cross-border associations',
    ]);
  });

  it('says nothing where no text says what the document is: a bare footnote, a list of numbers, a header field', () => {
    expect(citedDescriptions('10010/20', [{ label: 'footnote 2', context: '10010/20.' }], [])).toEqual([]);
    expect(citedDescriptions('16343/24', [{ label: 'footnote 1', context: '16343/24, EUCO 50/24.' }], [])).toEqual([]);
    expect(citedDescriptions('8451/25', [{ label: 'header', context: 'No. prev. doc.: 8451/25' }], [])).toEqual([]);
    expect(citedDescriptions('CM 5119/21', [], [{ object: 'the agenda as set out in CM 5119/21', references: ['CM 5119/21'] }])).toEqual([]);
  });
});
