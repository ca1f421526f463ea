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

  it('sets each mark alone on its line to the text under it, as plain pdftotext prints a dash list (the mark, a blank line, the text)', () => {
    expect(
      blocks(
        'Der Vorsitz unterrichtete den Ausschuss wie folgt:',
        '-',
        '',
        'der Vorsitz hat den Delegationen einen Fragebogen übermittelt;',
        '-',
        '',
        'bis zum 13. März haben 20 Mitgliedstaaten geantwortet.',
        'Der COSI wird ersucht, den Sachstand zur Kenntnis zu nehmen.',
      ),
    ).toEqual([
      [null, 'Der Vorsitz unterrichtete den Ausschuss wie folgt:'],
      [0, 'der Vorsitz hat den Delegationen einen Fragebogen übermittelt;'],
      [0, 'bis zum 13. März haben 20 Mitgliedstaaten geantwortet.'],
      [null, 'Der COSI wird ersucht, den Sachstand zur Kenntnis zu nehmen.'],
    ]);
  });

  it('sets a run of marks to as many texts under it, in order, the paragraph after the list its own', () => {
    expect(
      blocks('The Committee took note of:', '–', '', '–', '', 'the outcome of the meeting;', '', 'the state of play.', '', 'COSI will return to the matter.'),
    ).toEqual([
      [null, 'The Committee took note of:'],
      [0, 'the outcome of the meeting;'],
      [0, 'the state of play.'],
      [null, 'COSI will return to the matter.'],
    ]);
  });

  it('sets the marks of a list printed in runs between its texts where as many marks as texts follow the first (council-pdf/000, item 12)', () => {
    expect(
      blocks('–', 'Estonia proposed a blacklist.', 'Poland informed about the meeting.', '–', '–', 'The Commission informed about the negotiations.'),
    ).toEqual([
      [0, 'Estonia proposed a blacklist.'],
      [0, 'Poland informed about the meeting.'],
      [0, 'The Commission informed about the negotiations.'],
    ]);
  });

  it('keeps marks it cannot place as printed, never dropped: a run over fewer texts, a heading after an empty last item, an item’s rest over a page break', () => {
    // Four items run into one paragraph (council-pdf/004, item 3): which text each mark opens cannot be told.
    expect(
      blocks('The Committee took note of', '–', '–', '–', 'the outcome of the meeting, the state of play, the outcome of the ministerial, the discussions.'),
    ).toEqual([
      [null, 'The Committee took note of'],
      [null, '–'],
      [null, '–'],
      [null, '–'],
      [null, 'the outcome of the meeting, the state of play, the outcome of the ministerial, the discussions.'],
    ]);
    expect(
      blocks('–     From your perspective, which actions should be treated as the highest priority?', '–', 'Presidency report', 'The Presidency considers …'),
    ).toEqual([
      [0, 'From your perspective, which actions should be treated as the highest priority?'],
      [null, '–'],
      [null, 'Presidency report'],
      [null, 'The Presidency considers …'],
    ]);
    expect(blocks('–     Firstly, some Member States asked for clarifications, also in relation', '–', 'with the mandate of Europol.', 'Secondly, …')).toEqual([
      [0, 'Firstly, some Member States asked for clarifications, also in relation'],
      [null, '–'],
      [null, 'with the mandate of Europol.'],
      [null, 'Secondly, …'],
    ]);
    expect(blocks('A paragraph.', '–')).toEqual([
      [null, 'A paragraph.'],
      [null, '–'],
    ]);
  });

  it('reads a `-` alone right under a list’s item, with no text to set it to, as the list’s empty last item (the PDF reader’s and Markdown’s)', () => {
    expect(
      blocks('- In your view, does the communication reflect the expectations?', '  - Which actions should be treated as the highest priority?', '-'),
    ).toEqual([
      [0, 'In your view, does the communication reflect the expectations?'],
      [1, 'Which actions should be treated as the highest priority?'],
    ]);
  });
});
