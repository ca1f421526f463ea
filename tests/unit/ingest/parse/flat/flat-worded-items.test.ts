import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordedCuts } from '../../../../../scripts/ingest/parse/flat/flat-worded-items.ts';
import { ITEM_WORDS, ITEM_WORDS_AFTER, WORDED_NUMBER_CLOSE, WORDED_NUMBER_SOURCE } from '../../../../../scripts/ingest/parse/text/item-numbers.ts';

/** An item's number with its word or bracket anywhere in a text, as the cuts look for it (after a space). */
const WORDED_ANYWHERE = new RegExp(String.raw`(?<=\s)${WORDED_NUMBER_SOURCE}`, 'u');

describe('wordedCuts', () => {
  it('cuts a page run into one line before its items numbered with a word, after the word or in brackets', () => {
    const items = 'Draft agenda Item 1: Adoption of the agenda The agenda was adopted. Item 2: Information from the Presidency COSI took note.';
    expect(wordedCuts(items, null)).toEqual({ cuts: [items.indexOf('Item 1'), items.indexOf('Item 2')], last: 2 });
    const latvian = '… CM 5123/25. 1. punkts: Darba kārtības pieņemšana Pieņemts. 2. punkts: Informācija Komiteja pieņēma zināšanai.';
    expect(wordedCuts(latvian, null).cuts).toEqual([latvian.indexOf('1. punkts'), latvian.indexOf('2. punkts')]);
    const bracketed = 'The agenda was adopted. 2) Information from the Presidency 3) Europol report';
    expect(wordedCuts(bracketed, 1)).toEqual({ cuts: [bracketed.indexOf('2)')], last: 2 });
  });

  it('cuts before questions numbered in brackets after a lead-in’s colon, a Spanish question’s inverted mark after each number', () => {
    const es = 'en la reunión del COSI del 18 de marzo de 2026: 1) ¿Están de acuerdo las delegaciones? 2) ¿En qué resultados debería basarse?';
    expect(wordedCuts(es, null)).toEqual({ cuts: [es.indexOf('1)'), es.indexOf('2)')], last: 2 });
    // a number in brackets inside a sentence, no stop before it, is none (`… agreed 1) ¿…`)
    expect(wordedCuts('El Comité acordó 1) ¿Están de acuerdo?', null).cuts).toEqual([]);
  });

  it('finds nothing in a line whose digits no item number closes, and keeps the number counted before', () => {
    expect(wordedCuts('The Committee met on 12 March 2025 in Brussels and took note of document 7123/25 of the Presidency', 4)).toEqual({ cuts: [], last: 4 });
    expect(wordedCuts('Item one: Adoption of the agenda', null)).toEqual({ cuts: [], last: null });
  });
});

describe('WORDED_NUMBER_CLOSE', () => {
  it('matches every text that holds an item number with its word or bracket, in every form the versions print', () => {
    const before = Object.values(ITEM_WORDS).flat();
    const after = Object.values(ITEM_WORDS_AFTER).flat();
    const piece = fc.oneof(
      fc.constantFrom(...before, ...after, ...after.map((word) => word.toUpperCase())),
      fc.integer({ min: 0, max: 1200 }).map(String),
      fc.constantFrom(' ', '  ', '\t', '\u00a0', '.', ':', ' :', ' – ', ' — ', ' - ', '(', ')', '1.2', 'Adoption', 'A', 'x', '„', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        if (WORDED_ANYWHERE.test(text)) expect(WORDED_NUMBER_CLOSE.test(text), text).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('matches the closes of `Item 1:`, `Point 3 –`, `2. punkts`, `3 darbotvarkės punktas`, `1)` and not a date or a document number', () => {
    for (const text of [' Item 1: A', ' Point 3 – A', ' 2. punkts: A', ' 3 darbotvarkės punktas: A', ' 1) A', ' (12) A', ' Punkt 1.2 : A'])
      expect(WORDED_NUMBER_CLOSE.test(text), text).toBe(true);
    for (const text of ['on 12 March 2025', 'document 7123/25 INIT', 'Item one: Adoption']) expect(WORDED_NUMBER_CLOSE.test(text), text).toBe(false);
  });
});
