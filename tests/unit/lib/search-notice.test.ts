import { describe, expect, it } from 'vitest';
import { searchNotice } from '../../../src/lib/search-notice.ts';

const words = { number: null, widened: false, missing: [], suggestion: null, total: 5 };

describe('searchNotice', () => {
  it('says nothing of a query whose words all occur', () => {
    expect(searchNotice({ ...words, typed: 'Mediterranean' })).toBeNull();
  });

  it('says that a word occurs nowhere when Pagefind lists pages with similar words', () => {
    expect(searchNotice({ ...words, typed: 'Statewatch', missing: ['Statewatch'] })).toEqual({
      text: 'No exact match for “Statewatch”; showing similar words.',
      suggestion: null,
    });
    expect(searchNotice({ ...words, typed: 'Statewatch Frontx', missing: ['Statewatch', 'Frontx'], suggestion: 'Statewatch Frontex' })?.text).toBe(
      'No exact match for “Statewatch” and “Frontx”; showing similar words.',
    );
  });

  it('only offers the correction when nothing is found', () => {
    expect(searchNotice({ ...words, typed: 'Mediteranean', missing: ['Mediteranean'], suggestion: 'Mediterranean', total: 0 })).toEqual({
      text: '',
      suggestion: 'Mediterranean',
    });
  });

  it('says how a number typed in another spelling was read, and when only its bare number found anything', () => {
    const number = { search: '15912/25', bare: '15912' };
    expect(searchNotice({ ...words, typed: 'ST 15912 2025', number })?.text).toBe('Searched for the document number 15912/25.');
    expect(searchNotice({ ...words, typed: '15912/25', number })).toBeNull();
    expect(searchNotice({ ...words, typed: '15912/24', number: { search: '15912/24', bare: '15912' }, widened: true })?.text).toBe(
      'No document numbered 15912/24; showing documents numbered 15912.',
    );
  });
});
