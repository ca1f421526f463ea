import { describe, expect, it } from 'vitest';
import { annexLabels, footerGoesOn } from '../../../../../scripts/ingest/parse/furniture/footer-end.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';

const lines = (texts: readonly string[]) => texts.map((text, index) => ({ text, line: index + 1 }));
const texts = (input: readonly string[]): string[] => normalise(input.join('\n')).map((entry) => entry.text);

describe('annexLabels: the annex labels a text prints alone on a line', () => {
  it('gives each label the index of its first line, in any official language, with its numeral', () => {
    const found = annexLabels(lines(['Delegations will find …', 'ANNEX I', 'Text', 'ANLAGE  II', 'ANNEX I', 'PRIEDAS', 'ANNEX to the note']));
    expect([...found]).toEqual([
      ['ANNEX I', 1],
      ['ANLAGE II', 3],
      ['PRIEDAS', 5],
    ]);
  });
});

describe('footerGoesOn: where a footer printed over several lines ends', () => {
  const labels = new Map([['ANNEX', 4]]);

  it('goes on with any piece before the footer reaches its language', () => {
    expect(footerGoesOn('6789/1/26 REV 1 AB/cd 1', 'JAI.1 LIMITE EN', 9, labels)).toBe('piece');
  });

  it('goes on after the language only with its page, as older footers print it', () => {
    expect(footerGoesOn('14956/08 DQPG lby/GBK/mm EN', '1', 9, labels)).toBe('piece');
  });

  it('ends at the language before the annex’s first heading and before a title in capitals', () => {
    expect(footerGoesOn('6789/1/26 REV 1 AB/cd 1 JAI.1 LIMITE EN', 'ANNEX', 4, labels)).toBe('ends');
    expect(footerGoesOn('6789/26 AB/cd 1 JAI.1 LIMITE DE', 'ANLAGE', 9, labels)).toBe('ends');
    expect(footerGoesOn('16012/25 ML/ab 1 GIP.B DE', '6. Sonstiges', 9, labels)).toBe('ends');
  });

  it('takes as its last piece the annex label a line above printed alone, as the annex’s later footers repeat it', () => {
    expect(footerGoesOn('6789/26 AB/cd 2 JAI.1 LIMITE EN', 'ANNEX', 9, labels)).toBe('label');
  });
});

describe('normalise, a copy out of a PDF viewer with no blank line or form feed between the pages (the page break ending the sentence above it as a blank line would)', () => {
  const page = (annex: string, language: string): string[] => [
    'Delegations will find in the Annex a revised version of the paper.',
    '6789/1/26 REV 1 AB/cd 1',
    `JAI.1 LIMITE ${language}`,
    annex,
    'Firearms trafficking remains a serious threat.',
    '6789/1/26 REV 1 AB/cd 2',
    `JAI.1 LIMITE ${language}`,
    annex,
  ];

  it.each([
    ['ANNEX', 'EN'],
    ['ANNEX I', 'EN'],
    ['ANNEXE', 'FR'],
    ['ANLAGE', 'DE'],
    ['ALLEGATO', 'IT'],
    ['ANEXO', 'ES'],
    ['PRIEDAS', 'LT'],
    ['LIITE', 'FI'],
  ])('keeps the annex heading %s under page 1’s footer and drops the word page 2’s footer repeats (%s)', (annex, language) => {
    expect(texts(page(annex, language))).toEqual([
      'Delegations will find in the Annex a revised version of the paper.',
      '',
      annex,
      'Firearms trafficking remains a serious threat.',
    ]);
  });

  it('keeps an item’s short title under a footer whose second line ends in its language', () => {
    expect(texts(['Es wurden keine Punkte angesprochen.', '16012/25   ML/ab   1', 'GIP.B   DE', '6.   Sonstiges', 'Keine.'])).toEqual([
      'Es wurden keine Punkte angesprochen.',
      '',
      '6.   Sonstiges',
      'Keine.',
    ]);
  });

  it('keeps the annex heading under a footer plain pdftotext prints a piece to a line', () => {
    expect(texts(['Delegations will find the paper in the Annex.', '6789/26', 'JV/ab', '1', 'JAI.1', 'EN', 'ANNEX', 'Firearms trafficking.'])).toEqual([
      'Delegations will find the paper in the Annex.',
      '',
      'ANNEX',
      'Firearms trafficking.',
    ]);
  });
});
