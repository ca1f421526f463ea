import { describe, expect, it } from 'vitest';
import { droppedLetter, restoreLetter, restoreLetterInCapitals } from '../../../../../scripts/ingest/parse/text/dropped-letter.ts';

/** A 2012 header as `pdftotext -layout` prints it: the Council's name over two lines, the place and date beside its first. */
function layoutHead(first: string, second: string, dated: string): string {
  return [
    `${first.padEnd(59)}${dated}`,
    `${second.padEnd(59)}(OR. en)`,
    '',
    `${''.padEnd(59)}9698/12`,
    `${''.padEnd(59)}LIMITE`,
    `${''.padEnd(59)}JAI 301`,
    `${''.padEnd(59)}COSI 33`,
    '',
    'NOTE',
  ].join('\n');
}

describe('droppedLetter', () => {
  it('finds no dropped letter where the Council’s name is printed whole over two lines with the date beside it', () => {
    // every letter of the name is there: no font dropped one, whatever the date and codes beside it
    expect(droppedLetter(layoutHead('CONSEIL DE', "L'UNION EUROPÉENNE", 'Bruxelles, le 10 mai 2012 (11.05)'))).toBeNull();
    expect(droppedLetter(layoutHead('CONSEJO DE', 'LA UNIÓN EUROPEA', 'Bruselas, 22 de noviembre de 2010 (23.11)'))).toBeNull();
    expect(droppedLetter(layoutHead('COUNCIL OF', 'THE EUROPEAN UNION', 'Brussels, 10 May 2012 (11.05)'))).toBeNull();
  });

  it('names the letter where the name is printed with every N left out, spaces where the glyphs stood', () => {
    expect(droppedLetter(layoutHead('COUC IL OF', 'THE EUROPEA  U IO', 'Brussels, 10 May 2012 (11.05)'))).toEqual({
      letter: 'N',
      printed: 'COUC IL OF THE EUROPEA U IO',
    });
  });
});

describe('restoreLetter', () => {
  it('puts the letter back only in the header vocabulary’s words of capitals', () => {
    expect(restoreLetter('OTE\nE FOPOL 188\nThe Presidency i vites delegatio s', 'N')).toBe('NOTE\nENFOPOL 188\nThe Presidency i vites delegatio s');
  });

  it('puts it back in the two languages of a bilingual footer, wherever its line goes on', () => {
    expect(restoreLetter('17075/11 lb 2 DQPG E/FR\n17075/11 lb 3 DQPG E /FR 1. Adoption\n17075/11 lb 4 DQPG FR/E', 'N')).toBe(
      '17075/11 lb 2 DQPG EN/FR\n17075/11 lb 3 DQPG EN/FR 1. Adoption\n17075/11 lb 4 DQPG FR/EN',
    );
    // a word of the text is no language mark
    expect(restoreLetter('the E/F ratio', 'N')).toBe('the E/F ratio');
  });
});

describe('restoreLetterInCapitals', () => {
  it('puts the letter back in a heading’s words where it stood in their spaces or at their ends', () => {
    expect(restoreLetterInCapitals('I. I TRODUCTIO \nII. STATE OF PLAY A D  EXT STEPS\nCO CLUSIO S', 'N')).toBe(
      'I. INTRODUCTION\nII. STATE OF PLAY AND NEXT STEPS\nCONCLUSIONS',
    );
    expect(restoreLetterInCapitals('EI LEITU G\nSACHSTA D U D WEITERES VORGEHE ', 'N')).toBe('EINLEITUNG\nSACHSTAND UND WEITERES VORGEHEN');
    // the glyph's space after a word whose letter was put back at its end goes, a real space before the next word stays
    expect(restoreLetterInCapitals('EU ACTIO  PLA  and the action plan', 'N')).toBe('EU ACTION PLAN and the action plan');
  });

  it('puts it back inside a word printed without a space where the glyph stood, once or twice', () => {
    expect(restoreLetterInCapitals('2385th meeting of the PERMAET REPRESETATIVES COMMITTEE', 'N')).toBe(
      '2385th meeting of the PERMANENT REPRESENTATIVES COMMITTEE',
    );
    expect(restoreLetterInCapitals('2385e réunion du COMITÉ DES REPRÉSETATS PERMAETS', 'N')).toBe('2385e réunion du COMITÉ DES REPRÉSENTANTS PERMANENTS');
  });

  it('reads a word that gives two words of a committee’s name as the name goes on, and a contents’ heading in any version', () => {
    // `STÄNDIGE` is a word of COSI's German name too: the name of Coreper goes on with `STÄNDIGEN` after `DER`, before `VERTRETER`
    expect(restoreLetterInCapitals('2386. Tagung des AUSSCHUSSES DER STÄDIGE VERTRETER', 'N')).toBe('2386. Tagung des AUSSCHUSSES DER STÄNDIGEN VERTRETER');
    expect(restoreLetterInCapitals('2386. Tagung des AUSSCHUSSES DER STÄ DIGE  VERTRETER', 'N')).toBe('2386. Tagung des AUSSCHUSSES DER STÄNDIGEN VERTRETER');
    expect(restoreLetterInCapitals('I HALT\nÍDICE\nI HOUD', 'N')).toBe('INHALT\nÍNDICE\nINHOUD');
  });

  it('puts it back in a word of capitals the document spells whole in small letters', () => {
    expect(restoreLetterInCapitals('EU ACTIO  PLA \nThe action plan was endorsed.', 'N')).toBe('EU ACTION PLAN\nThe action plan was endorsed.');
    // nowhere spelt whole, and no heading's word: left as printed
    expect(restoreLetterInCapitals('EU ACTIO  PLA \nThe Committee took note.', 'N')).toBe('EU ACTIO  PLA \nThe Committee took note.');
  });

  it('leaves words apart by real spaces, words in small letters and known words as printed', () => {
    expect(restoreLetterInCapitals('STATE OF PLAY\nEMPACT\nThe Presidency i vites delegatio s', 'N')).toBe(
      'STATE OF PLAY\nEMPACT\nThe Presidency i vites delegatio s',
    );
    // `ONE` is a word of the document: no `NONE`
    expect(restoreLetterInCapitals('ONE PRIORITY\nonly one priority', 'N')).toBe('ONE PRIORITY\nonly one priority');
  });
});
