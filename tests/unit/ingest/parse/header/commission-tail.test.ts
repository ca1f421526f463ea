import { describe, expect, it } from 'vitest';
import {
  annexesOpenCell,
  annexNumberAt,
  commissionTailLength,
  undashedAnnexes,
  withoutUndashedAnnexes,
} from '../../../../../scripts/ingest/parse/header/commission-tail.ts';

/** The tail read right after the reference `COM(2025) 123 final` (or the text's reference ending at `at`). */
const tail = (text: string, at = text.indexOf('final') + 'final'.length) => text.slice(at, at + commissionTailLength(text, at)).trim();

describe('commissionTailLength', () => {
  it('reads an annex, a range of annexes and a part after the word for final, in several versions', () => {
    expect(tail('COM(2025) 123 final - ANNEX Proposal')).toBe('- ANNEX');
    expect(tail('COM(2025) 123 final - Annexes 1 to 3 COMMISSION')).toBe('- Annexes 1 to 3');
    expect(tail('COM(2025) 123 final ANNEXES 1 to 3 COMMISSION')).toBe('ANNEXES 1 to 3');
    expect(tail('COM(2025) 123 final - ANHÄNGE 1 bis 3 ARBEITSUNTERLAGE')).toBe('- ANHÄNGE 1 bis 3');
    expect(tail('COM(2025) 123 final - ALLEGATI da 1 a 3 DOCUMENTO')).toBe('- ALLEGATI da 1 a 3');
    expect(tail('COM(2025) 123 final - PRILOZI 1. do 3. RADNI')).toBe('- PRILOZI 1. do 3.');
    expect(tail('COM(2025) 123 final - ПРИЛОЖЕНИЯ от 1 до 3 РАБОТЕН')).toBe('- ПРИЛОЖЕНИЯ от 1 до 3');
    expect(tail('SWD(2025) 45 final PART 1/2 COMMISSION')).toBe('PART 1/2');
    expect(tail('COM(2025) 123 endgültig - ANHANG Vorschlag', 'COM(2025) 123 endgültig'.length)).toBe('- ANHANG');
    expect(tail('COM(2025) 123 final/2 - ANNEX Proposal', 'COM(2025) 123 final/2'.length)).toBe('- ANNEX');
  });

  it('reads no tail where the word for annex stands alone without a dash, after a blank line, or not after the word for final', () => {
    expect(tail('COM(2025) 123 final ANNEX to the Proposal')).toBe('');
    expect(tail('COM(2025) 123 final\n\n- ANNEX')).toBe('');
    expect(tail('COM(2025) 123 final - ANNEXED')).toBe('');
    expect(tail('COM(2025) 123 final PART 1 of the report')).toBe('');
    expect(tail('9876/25 - ANNEX', '9876/25'.length)).toBe('');
  });

  it('reads no tail of annexes without a dash before a word in small letters, where they open the subject, nor half a range', () => {
    expect(tail('COM(2025) 123 final ANNEXES 1 to 3 to the Proposal')).toBe('');
    expect(tail('COM(2025) 123 final ANNEXES 1 à 3 de la proposition')).toBe('');
    expect(tail('COM(2025) 123 final PIELIKUMI 1.–3. priekšlikumam')).toBe('');
    expect(tail('COM(2025) 123 final MELLÉKLETEK 1–3. a következőhöz')).toBe('');
    // after a dash they are the document's; a word joining another reference may follow
    expect(tail('COM(2025) 123 final - ANNEXES 1 to 3 to the Proposal')).toBe('- ANNEXES 1 to 3');
    expect(tail('COM(2025) 123 final ANNEXES 1 to 3 and SWD(2025) 45 final')).toBe('ANNEXES 1 to 3');
  });

  it('reads no tail of annexes without a dash on the next line, where the next cell opens with them; after a dash it does', () => {
    expect(tail('COM(2025) 123 final\nANNEXES 1 to 3 COMMISSION STAFF WORKING DOCUMENT')).toBe('');
    expect(tail('COM(2025) 123 final\nPRILOZI 1. do 3. Prijedlogu ODLUKE VIJEĆA')).toBe('');
    expect(tail('COM(2025) 123 final\n- ANNEXES 1 to 3 COMMISSION')).toBe('- ANNEXES 1 to 3');
  });
});

describe('annexesOpenCell', () => {
  it('reads annexes without a dash under a line holding a Commission document alone as the next cell', () => {
    expect(annexesOpenCell('COM(2025) 123 final', 'ANNEXES 1 to 3 COMMISSION STAFF WORKING DOCUMENT …')).toBe(true);
    expect(annexesOpenCell('COM(2025) 123 final/2', 'PRILOZI 1. do 3. Prijedlogu ODLUKE VIJEĆA …')).toBe(true);
    expect(annexesOpenCell('COM(2025) 123 final', 'LISAD 1–3 Ettepanek: NÕUKOGU OTSUS …')).toBe(true);
  });

  it('reads none after a dash, without numbers, under a longer line or a reference without its word for final', () => {
    expect(annexesOpenCell('COM(2025) 123 final', '- ANNEXES 1 to 3')).toBe(false);
    expect(annexesOpenCell('COM(2025) 123 final', 'ANNEX to the Proposal')).toBe(false);
    expect(annexesOpenCell('Ms Thérèse BLANCHET COM(2025) 123 final', 'ANNEXES 1 to 3 COMMISSION')).toBe(false);
    expect(annexesOpenCell('9876/25', 'ANNEXES 1 to 3 COMMISSION')).toBe(false);
    expect(annexesOpenCell('COM(2025) 123', 'ANNEXES 1 to 3 COMMISSION')).toBe(false);
  });
});

describe('annexNumberAt', () => {
  /** Whether the number opening `number` in `text` is read as a Commission document's first annex. */
  const annexNumber = (text: string, number: string) => annexNumberAt(text, text.indexOf(number));

  it('reads the first number of the annexes after the word for annexes, a dotted range in the versions that close an ordinal with a dot', () => {
    expect(annexNumber('Temats: COM(2025) 123 final - PIELIKUMI 1.–3. KOMISIJAS DIENESTU', '1.–3.')).toBe(true);
    expect(annexNumber('COM(2025) 123 final/2 - PRILOZI 1.–3. RADNI DOKUMENT', '1.–3.')).toBe(true);
    expect(annexNumber('COM(2025) 123 final - PRILOZI od 1. do 3. RADNI', '1. do')).toBe(true);
    expect(annexNumber('KOM(2025) 123 endgültig ANHÄNGE 1.-3. ARBEITSUNTERLAGE', '1.-3.')).toBe(true);
  });

  it('reads no annex number after an annex heading or a Council document, nor far from the word for final', () => {
    expect(annexNumber('… as follows. ANNEX 1. Introduction The Presidency …', '1. Intro')).toBe(false);
    expect(annexNumber('9876/25 - ANNEXES 1.–3. Draft', '1.–3.')).toBe(false);
    expect(annexNumber('COM(2025) 123 final set out in the ANNEXES 1. Draft', '1. Draft')).toBe(false);
  });
});

describe('undashedAnnexes and withoutUndashedAnnexes', () => {
  /** A page run into one line: the Commission document's cell, the subject, then `sentence`; the references' run is the cell. */
  const run = (sentence: string) => `COM(2025) 123 final ANNEXES 1 to 3 COMMISSION STAFF WORKING DOCUMENT Evaluation of EC3 ${sentence}`;
  const cell = 'COM(2025) 123 final ANNEXES 1 to 3'.length;

  it('tells the annexes by the sentence naming the document again, with or without them', () => {
    const without = run('Delegations will find attached document COM(2025) 123 final.');
    expect(undashedAnnexes(without, 0, cell)).toEqual({ start: 'COM(2025) 123 final'.length, namedAgain: 'without' });
    expect(withoutUndashedAnnexes(without, 0, cell)).toBe('COM(2025) 123 final'.length);
    const withThem = run('Delegations will find attached document COM(2025) 123 final - ANNEXES 1 to 3.');
    expect(undashedAnnexes(withThem, 0, cell)?.namedAgain).toBe('with');
    expect(withoutUndashedAnnexes(withThem, 0, cell)).toBe(cell);
    // another document named is no naming again, nor another range of its annexes
    expect(undashedAnnexes(run('See COM(2025) 124 final.'), 0, cell)?.namedAgain).toBeNull();
    expect(withoutUndashedAnnexes(run(''), 0, cell)).toBe(cell);
  });

  it('reads none after a dash, at the line’s end, before a label or where no annexes end the reference', () => {
    const line = 'COM(2025) 123 final - ANNEXES 1 to 3 COMMISSION STAFF WORKING DOCUMENT … document COM(2025) 123 final.';
    expect(undashedAnnexes(line, 0, 'COM(2025) 123 final - ANNEXES 1 to 3'.length)).toBeNull();
    expect(undashedAnnexes('COM(2025) 123 final ANNEXES 1 to 3\nCOMMISSION … COM(2025) 123 final.', 0, cell)).toBeNull();
    expect(undashedAnnexes('COM(2025) 123 final ANNEXES 1 to 3 Subject: COMMISSION … COM(2025) 123 final.', 0, cell)).toBeNull();
    expect(undashedAnnexes('COM(2025) 123 final COMMISSION … COM(2025) 123 final.', 0, 'COM(2025) 123 final'.length)).toBeNull();
  });
});
