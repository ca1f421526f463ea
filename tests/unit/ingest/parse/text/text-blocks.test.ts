import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../../../scripts/ingest/parse/text/text-blocks.ts';

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

  it('keeps a `-` alone right under a list’s item, with no text to set it to (the list’s empty last item), as printed, as it keeps a `–`', () => {
    expect(
      blocks('- In your view, does the communication reflect the expectations?', '  - Which actions should be treated as the highest priority?', '-'),
    ).toEqual([
      [0, 'In your view, does the communication reflect the expectations?'],
      [1, 'Which actions should be treated as the highest priority?'],
      [null, '-'],
    ]);
    expect(blocks('- Which actions should be treated as the highest priority?', '-', 'Presidency report')).toEqual([
      [0, 'Which actions should be treated as the highest priority?'],
      [null, '-'],
      [null, 'Presidency report'],
    ]);
    // The empty item's mark printed first with the others: the heading under the items is no item, one mark stays.
    expect(
      blocks('The Committee took note of:', '-', '-', '-', 'the outcome of the meeting;', 'the state of play.', 'Next steps', 'COSI will return to it.'),
    ).toEqual([
      [null, 'The Committee took note of:'],
      [null, '-'],
      [0, 'the outcome of the meeting;'],
      [0, 'the state of play.'],
      [null, 'Next steps'],
      [null, 'COSI will return to it.'],
    ]);
  });

  it('sets a run of marks to the sentences of the text under it where their counts agree, else keeps all as printed', () => {
    expect(
      blocks(
        'COSI took note of the following:',
        '–',
        '–',
        '–',
        'The Presidency sent a questionnaire on 3 March 2026. By 13 March 2026, 20 Member States had replied. Member States called for closer cooperation, e.g. with Europol.',
        'COSI is invited to take note.',
      ),
    ).toEqual([
      [null, 'COSI took note of the following:'],
      [0, 'The Presidency sent a questionnaire on 3 March 2026.'],
      [0, 'By 13 March 2026, 20 Member States had replied.'],
      [0, 'Member States called for closer cooperation, e.g. with Europol.'],
      [null, 'COSI is invited to take note.'],
    ]);
    // The run's last mark joined to the text (a viewer's copy): `-` / `-` / `- …; …; ….`.
    expect(
      blocks(
        'Der Vorsitz unterrichtete den Ausschuss wie folgt:',
        '-',
        '-',
        '- am 13. März hat der Vorsitz berichtet; 20 Mitgliedstaaten haben geantwortet; der COSI nimmt Kenntnis.',
      ),
    ).toEqual([
      [null, 'Der Vorsitz unterrichtete den Ausschuss wie folgt:'],
      [0, 'am 13. März hat der Vorsitz berichtet;'],
      [0, '20 Mitgliedstaaten haben geantwortet;'],
      [0, 'der COSI nimmt Kenntnis.'],
    ]);
    // 15754/17 item 3: four marks over items that end with commas, two sentences: as printed.
    expect(
      blocks(
        'The Committee took note of',
        '–',
        '–',
        '–',
        '–',
        'the outcome of the meeting, the state of play. At its meeting CATS agreed, the outcome, as set out in 14068/17.',
      ),
    ).toEqual([
      [null, 'The Committee took note of'],
      [null, '–'],
      [null, '–'],
      [null, '–'],
      [null, '–'],
      [null, 'the outcome of the meeting, the state of play. At its meeting CATS agreed, the outcome, as set out in 14068/17.'],
    ]);
  });

  it('sets marks printed each right under its item’s text to the text above (limite-watermark: `Firstly, …` / `–` / `Secondly, …` / `–`)', () => {
    expect(
      blocks(
        'Two of these key points are:',
        'Firstly, some Member States asked for clarifications.',
        '–',
        'Secondly, some Member States questioned the added value.',
        '–',
        '\\*',
        'In conclusion, the Presidency considers …',
      ),
    ).toEqual([
      [null, 'Two of these key points are:'],
      [0, 'Firstly, some Member States asked for clarifications.'],
      [0, 'Secondly, some Member States questioned the added value.'],
      [null, '\\*'],
      [null, 'In conclusion, the Presidency considers …'],
    ]);
    expect(blocks('Two points are:', 'Firstly, the report.', '–', 'Secondly, the outcome.', '–')).toEqual([
      [null, 'Two points are:'],
      [0, 'Firstly, the report.'],
      [0, 'Secondly, the outcome.'],
    ]);
    // The last mark over a text of its own: the marks stand over their items, the first text none.
    expect(blocks('Two points are:', 'First, the report.', '–', 'the outcome;', '–', 'the state of play.')).toEqual([
      [null, 'Two points are:'],
      [null, 'First, the report.'],
      [0, 'the outcome;'],
      [0, 'the state of play.'],
    ]);
  });
});
