import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../../scripts/ingest/parse/text-blocks.ts';

/** Lines as normalise gives them, numbered from 1. */
function blocks(...texts: string[]): Array<[number | null, string]> {
  const lines = texts.map((text, index) => ({ text, line: index + 1 }));
  return textBlocks(lines, () => () => null).map((block) => [block.list, block.inline.map((node) => ('value' in node ? node.value : '')).join('')]);
}

describe('textBlocks', () => {
  it('reads the bullets Word sets in Symbol and Wingdings as pdftotext prints them (private-use characters) as list bullets, in any language', () => {
    expect(
      blocks('Die Delegationen werden ersucht:', '\uF0D8 die Fragen zu beantworten;', '\uF0B7 den Bericht zu billigen;', '\uF076 ihre Beiträge zu senden.'),
    ).toEqual([
      [null, 'Die Delegationen werden ersucht:'],
      [0, 'die Fragen zu beantworten;'],
      [0, 'den Bericht zu billigen;'],
      [0, 'ihre Beiträge zu senden.'],
    ]);
    expect(blocks('➢ Quelles mesures ?', '❖ Quel calendrier ?')).toEqual([
      [0, 'Quelles mesures ?'],
      [0, 'Quel calendrier ?'],
    ]);
  });

  it('keeps a check mark opening a line, and a private-use character glued to its word, as text', () => {
    expect(blocks('\uF0FC in place', '\uF0B7text')).toEqual([
      [null, '\uF0FC in place'],
      [null, '\uF0B7text'],
    ]);
  });

  it('nests an item by its indent beyond its list’s first, as -layout indents a whole list under its paragraph', () => {
    expect(
      blocks(
        '        \uF0B7    el control del personal:',
        '               o las comprobaciones;',
        '                       \uF0A7    en tres Estados;',
        '        \uF0B7    la cooperación.',
      ),
    ).toEqual([
      [0, 'el control del personal:'],
      [1, 'las comprobaciones;'],
      [1, 'en tres Estados;'],
      [0, 'la cooperación.'],
    ]);
    expect(blocks('- first', '  - nested', 'A paragraph.', '      - a new list, indented')).toEqual([
      [0, 'first'],
      [1, 'nested'],
      [null, 'A paragraph.'],
      [0, 'a new list, indented'],
    ]);
  });
});
