import { describe, expect, it } from 'vitest';
import { contentsLines } from '../../../../../scripts/ingest/parse/items/contents-lines.ts';

const lines = (texts: readonly string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('contentsLines', () => {
  it('gives the lines from the first entry with dot leaders to the item numbered afresh under them', () => {
    const texts = [
      'SUMMARY',
      'Page 1. Adoption of the provisional agenda ........................ 3',
      '2. Report on the work of the Standing Committee ........ 4',
      '3. Judgments of the Court of Justice',
      '(1 July to 31 December 2011) 4. Preparation of the Council ...... 5',
      '1. Adoption of the provisional agenda',
      'The Committee adopted the agenda.',
      '2. Report on the work of the Standing Committee',
    ];
    expect([...contentsLines(lines(texts))]).toEqual([1, 2, 3, 4]);
  });

  it('takes the contents whose heading and column’s word a page run into one line printed before the first entry (`TARTALOM Oldal 1. …`)', () => {
    const texts = [
      'TARTALOM Oldal 1. Az ideiglenes napirend elfogadása ........................ 3 2. Jelentés a bizottság munkájáról ........ 4 3. Az Európai Unió Bíróságának ítéletei (2011. július 1. – december 31.)',
      '',
      '4. A Bel- és Igazságügyi Tanács ülésének előkészítése ........ 5',
      '1. Az ideiglenes napirend elfogadása',
      'A bizottság elfogadta az ideiglenes napirendet.',
    ];
    expect([...contentsLines(lines(texts))]).toEqual([0, 1, 2]);
    // three words before the number are a sentence's, no heading's
    expect([...contentsLines(lines([`A bizottság elfogadta 1. ${texts[0]?.slice(15) ?? ''}`, ...texts.slice(1)]))]).toEqual([]);
  });

  it('takes the entry whose title wraps above its leaders', () => {
    const texts = ['1. Adoption of the provisional', 'agenda ......... 3', '2. Report ........ 4', '', '1. Adoption of the provisional agenda'];
    expect([...contentsLines(lines(texts))]).toEqual([0, 1, 2, 3]);
  });

  it('takes entries whose pages a tab set right under a contents heading, as -layout prints them without leaders', () => {
    const texts = [
      'INHALT',
      'Seite',
      '1. Annahme der Tagesordnung            3',
      '2. Bericht des Ausschusses            4',
      '1. Annahme der Tagesordnung',
      'Der Ausschuss nahm die Tagesordnung an.',
    ];
    expect([...contentsLines(lines(texts))]).toEqual([2, 3]);
    // without the heading, pages after a gap are no contents (a table's last column)
    expect(contentsLines(lines(texts.slice(2))).size).toBe(0);
  });

  it('takes those entries in a viewer’s copy, each page one space after its title', () => {
    const texts = [
      'ÍNDICE',
      'Página',
      '1. Aprobación del orden del día 3',
      '2. Informe sobre los trabajos del Comité 4',
      '1. Aprobación del orden del día',
      'El Comité aprobó el orden del día.',
    ];
    expect([...contentsLines(lines(texts))]).toEqual([2, 3]);
    expect(contentsLines(lines(texts.slice(2))).size).toBe(0);
    // a page run into one line sets the heading and the column's word on one line
    const flat = ['ÍNDICE Página', '', ...texts.slice(2)];
    expect([...contentsLines(lines(flat))]).toEqual([2, 3]);
  });

  it('gives none where no item restarts the numbering, or only one line holds leaders', () => {
    expect(contentsLines(lines(['1. Adoption ....... 3', '2. Report ........ 4', 'The Committee adopted the agenda.'])).size).toBe(0);
    expect(contentsLines(lines(['1. Adoption ....... 3', '2. Report', '1. Adoption'])).size).toBe(0);
    // a sentence's ellipsis before a figure is no leader
    expect(contentsLines(lines(['1. The figures... 3 of them', '2. Report ... 4', '1. Adoption'])).size).toBe(0);
  });
});
