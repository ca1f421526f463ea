import { describe, expect, it } from 'vitest';
import { calledNote, markedLineCalls, splitNotes, titleMark } from '../../../../../scripts/ingest/parse/items/item-marks.ts';
import { NOTE_BLOCK } from '../../../../../scripts/ingest/parse/text/vocabulary.ts';

const cut = (texts: string[]) => {
  const { agenda, closing, marked } = splitNotes(
    texts.map((text, index) => ({ text, line: index + 1 })),
    (line) => line.text,
    (text) => NOTE_BLOCK.test(text),
  );
  return { agenda: agenda.map((line) => line.text), closing: closing.map((line) => line.text), marked: marked.map(({ mark, text }) => [mark, text]) };
};

describe('titleMark: the mark after an item’s title that calls a note under the items', () => {
  it('reads the mark in every form a word processor and pdftotext print it', () => {
    expect(titleMark('Terrorist threat assessment – presentation by INTCEN (*)')).toEqual({
      mark: '*',
      title: 'Terrorist threat assessment – presentation by INTCEN',
    });
    expect(titleMark('Migrant smuggling: operational cooperation with third countries*')?.title).toBe(
      'Migrant smuggling: operational cooperation with third countries',
    );
    expect(titleMark('Trafic de migrants^{*}')).toEqual({ mark: '*', title: 'Trafic de migrants' });
    expect(titleMark('Bewertung der Bedrohung (**)')).toEqual({ mark: '**', title: 'Bewertung der Bedrohung' });
    expect(titleMark('Ocena zagrożenia terrorystycznego *)')).toEqual({ mark: '*', title: 'Ocena zagrożenia terrorystycznego' });
    expect(titleMark('Valutazione della minaccia(*)')).toEqual({ mark: '*', title: 'Valutazione della minaccia' });
  });

  it('reads the mark printed before the title, after the item’s number, the point’s label or the possible and pro memoria marks', () => {
    expect(titleMark('(*) Terrorist threat assessment – presentation by INTCEN')).toEqual({
      mark: '*',
      title: 'Terrorist threat assessment – presentation by INTCEN',
    });
    expect(titleMark('* Trafic de migrants')).toEqual({ mark: '*', title: 'Trafic de migrants' });
    expect(titleMark('3. (**) Bewertung der Bedrohung')).toEqual({ mark: '**', title: '3. Bewertung der Bedrohung' });
    expect(titleMark('b) ** Stan prac')).toEqual({ mark: '**', title: 'b) Stan prac' });
    expect(titleMark('(poss.) (*) Valutazione della minaccia')).toEqual({ mark: '*', title: '(poss.) Valutazione della minaccia' });
    expect(titleMark('7. (p.m.) *) Ponto da situação')).toEqual({ mark: '*', title: '7. (p.m.) Ponto da situação' });
    expect(titleMark('^{*} Κατάσταση')).toEqual({ mark: '*', title: 'Κατάσταση' });
  });

  it('reads a bracketed mark glued to the title before it (`3. (*)Terrorist …`), but no bare star glued to a word', () => {
    expect(titleMark('(*)Terrorist threat assessment')).toEqual({ mark: '*', title: 'Terrorist threat assessment' });
    expect(titleMark('3. (**)Évaluation de la menace')).toEqual({ mark: '**', title: '3. Évaluation de la menace' });
    expect(titleMark('b) (*)Stan prac')).toEqual({ mark: '*', title: 'b) Stan prac' });
    expect(titleMark('(poss.) (*)Valutazione della minaccia')).toEqual({ mark: '*', title: '(poss.) Valutazione della minaccia' });
    expect(titleMark('3. *Europol* and Eurojust')).toBeNull();
    expect(titleMark('**Bold** title')).toBeNull();
  });

  it('reads no mark in a title without one, or a title that is only the mark', () => {
    expect(titleMark('Any other business')).toBeNull();
    expect(titleMark('3. *Europol* and Eurojust')).toBeNull();
    expect(titleMark('see the item marked (*).')).toBeNull();
    expect(titleMark('(*)')).toBeNull();
  });
});

describe('splitNotes: the notes that close a notice and those on the items it marks are no item’s text', () => {
  it('cuts before the NB block, in English, French and German', () => {
    expect(cut(['5.\tAny other business', '', 'NB: Please send to conference@consilium.europa.eu the names …', 'Delegates will receive …'])).toEqual({
      agenda: ['5.\tAny other business', ''],
      closing: ['NB: Please send to conference@consilium.europa.eu the names …', 'Delegates will receive …'],
      marked: [],
    });
    expect(cut(['5.\tDivers', 'N.B.: Veuillez communiquer …']).closing).toEqual(['N.B.: Veuillez communiquer …']);
  });

  it('keeps an NB paragraph above the first item in the agenda (a revised notice’s word on its meeting), in English and French', () => {
    const lines = ['NB: The meeting will start at 9.30.', '', '1.\tAdoption of the agenda', '2.\tAOB', 'NB: Please send …'];
    expect(cut(lines)).toEqual({ agenda: lines.slice(0, 4), closing: ['NB: Please send …'], marked: [] });
    expect(cut(['N.B.: La réunion est annulée.', '1.\tAdoption de l’ordre du jour']).agenda).toEqual([
      'N.B.: La réunion est annulée.',
      '1.\tAdoption de l’ordre du jour',
    ]);
  });

  it('takes the note on the items marked (*) out of the agenda and the closing notes, before or after the NB block', () => {
    const lines = [
      '3.\tThreat assessment (*)',
      '6.\tAny other business',
      '(*) This item will be discussed at the level CONFIDENTIEL UE/EU CONFIDENTIAL.',
      'NB: Please send …',
    ];
    expect(cut(lines)).toEqual({
      agenda: lines.slice(0, 2),
      closing: ['NB: Please send …'],
      marked: [['*', 'This item will be discussed at the level CONFIDENTIEL UE/EU CONFIDENTIAL.']],
    });
    expect(cut(['3.\tBewertung (*)', '6.\tSonstiges', 'NB: Bitte …', '(*) Dieser Punkt wird im engeren Kreis erörtert.'])).toEqual({
      agenda: ['3.\tBewertung (*)', '6.\tSonstiges'],
      closing: ['NB: Bitte …'],
      marked: [['*', 'Dieser Punkt wird im engeren Kreis erörtert.']],
    });
  });

  it('reads a bare mark’s note only where a title above ends with that mark; else a `*` line stays where it is', () => {
    const called = cut([
      '4.\tMigrant smuggling: cooperation with third countries*',
      '5.\tAny other business',
      '',
      '* Item on which a procedural decision may be taken.',
    ]);
    expect(called.marked).toEqual([['*', 'Item on which a procedural decision may be taken.']]);
    expect(called.agenda).toEqual(['4.\tMigrant smuggling: cooperation with third countries*', '5.\tAny other business', '']);
    const uncalled = ['3.\tSchengen', '* first point', '* second point', '4.\tAny other business'];
    expect(cut(uncalled)).toEqual({ agenda: uncalled, closing: [], marked: [] });
    expect(cut(['3.\tThreat (**)', '4.\tAOB', '**) Point examiné en session restreinte.']).marked).toEqual([['**', 'Point examiné en session restreinte.']]);
  });

  it('reads a note at a page’s foot with items after it without cutting the agenda there', () => {
    const lines = ['2.\tThreat assessment (*)', '', '(*) This item will be discussed in restricted session.', '', '3.\tSchengen', '4.\tAny other business'];
    expect(cut(lines)).toEqual({
      agenda: ['2.\tThreat assessment (*)', '', '', '3.\tSchengen', '4.\tAny other business'],
      closing: [],
      marked: [['*', 'This item will be discussed in restricted session.']],
    });
  });

  it('joins a note’s wrapped lines, a word in capitals cut by hyphenation made whole where the notice spells it whole', () => {
    const lines = [
      '3.\tBewertung (*)',
      '6.\tSonstiges',
      '(*) Dieser Punkt wird auf der Geheimhaltungsstufe CONFIDENTIEL UE/EU CONFIDEN-',
      'TIAL erörtert.',
      '',
      'Nur Delegierte mit CONFIDENTIEL UE/EU CONFIDENTIAL …',
    ];
    expect(cut(lines).marked).toEqual([['*', 'Dieser Punkt wird auf der Geheimhaltungsstufe CONFIDENTIEL UE/EU CONFIDENTIAL erörtert.']]);
    expect(cut(lines).closing).toEqual(['', 'Nur Delegierte mit CONFIDENTIEL UE/EU CONFIDENTIAL …']);
  });

  it('leaves a title marked (*) and a line that only holds the mark inside it in the agenda', () => {
    const lines = ['3.\tThreat assessment (*)', 'see the note (*) below', '(*)', '4.\tAny other business'];
    expect(cut(lines)).toEqual({ agenda: lines, closing: [], marked: [] });
  });

  it('reads the note a call glued inside a wrapped title calls, in English and German, but no bullet list', () => {
    const english = [
      '2.\tThreat assessment presented by INTCEN* and follow-up',
      'to the Council conclusions',
      '3.\tAny other business',
      '',
      '* Restricted session.',
    ];
    expect(cut(english)).toEqual({ agenda: english.slice(0, 4), closing: [], marked: [['*', 'Restricted session.']] });
    const german = [
      '2.\tBewertung der Bedrohung durch INTCEN** und Folgemaßnahmen',
      'zu den Schlussfolgerungen',
      '3.\tSonstiges',
      '** Sitzung im engeren Kreis.',
    ];
    expect(cut(german).marked).toEqual([['**', 'Sitzung im engeren Kreis.']]);
    const bullets = ['2.\tThreat assessment by INTCEN* on:', '* returning fighters;', '* online radicalisation.', '3.\tAny other business'];
    expect(cut(bullets)).toEqual({ agenda: bullets, closing: [], marked: [] });
  });
});

describe('calledNote: the note an item’s title calls', () => {
  const notes = [
    { mark: '*', label: 'asterisk', text: [{ list: null, inline: [{ type: 'text' as const, value: 'Restricted session.' }] }] },
    { mark: '**', label: 'asterisk2', text: [{ list: null, inline: [{ type: 'text' as const, value: 'Procedural decision.' }] }] },
  ];
  it('reads a call glued inside a title its wrapped lines were joined into, the title without it, in several languages', () => {
    const read = (title: string) => {
      const called = calledNote(title, notes);
      return called === null ? null : [called.text, called.note.label];
    };
    expect(read('Threat assessment presented by INTCEN* and follow-up to the Council conclusions')).toEqual([
      'Threat assessment presented by INTCEN and follow-up to the Council conclusions',
      'asterisk',
    ]);
    expect(read('Bewertung der Bedrohung durch INTCEN** und Folgemaßnahmen')).toEqual(['Bewertung der Bedrohung durch INTCEN und Folgemaßnahmen', 'asterisk2']);
    expect(read('Évaluation de la menace(*), présentation par l’INTCEN')).toEqual(['Évaluation de la menace, présentation par l’INTCEN', 'asterisk']);
    // the mark at the end or the start is read first, as before
    expect(read('Valutazione della minaccia (**)')).toEqual(['Valutazione della minaccia', 'asterisk2']);
  });

  it('reads no call where the notice prints no note of that mark, or the title has none', () => {
    expect(calledNote('Threat assessment by INTCEN*** and follow-up', notes)).toBeNull();
    expect(calledNote('Any other business', notes)).toBeNull();
    expect(calledNote('Threat assessment by INTCEN* and follow-up', [])).toBeNull();
  });
});

describe('markedLineCalls: a sub-point’s mark read as the call of the note it marks', () => {
  const notes = [
    { mark: '*', label: 'asterisk', text: [{ list: null, inline: [{ type: 'text' as const, value: 'Restricted session.' }] }] },
    { mark: '**', label: 'asterisk2', text: [{ list: null, inline: [{ type: 'text' as const, value: 'Procedural decision.' }] }] },
  ];
  const line = (value: string) => ({ list: null, inline: [{ type: 'text' as const, value }] });
  const shown = (values: string[]) =>
    markedLineCalls(values.map(line), notes).map((block) => block.inline.map((part) => (part.type === 'footnote' ? `[^${part.label}]` : part.value)).join(''));

  it('takes the mark off a line in every form a word processor and pdftotext print it, the call of its note after the line', () => {
    expect(shown(['a) État des lieux (*)', 'b) Sachstand*', 'c) Stan prac *)', 'd) Ponto da situação^{**}', '(ii) Κατάσταση(**)'])).toEqual([
      'a) État des lieux[^asterisk]',
      'b) Sachstand[^asterisk]',
      'c) Stan prac[^asterisk]',
      'd) Ponto da situação[^asterisk2]',
      '(ii) Κατάσταση[^asterisk2]',
    ]);
  });

  it('takes the mark printed before a point’s title off its line, the call of its note after the line', () => {
    expect(shown(['a) (*) État des lieux', 'b) * Sachstand', '(ii) (**) Κατάσταση', 'c) (poss.) ** Stan prac'])).toEqual([
      'a) État des lieux[^asterisk]',
      'b) Sachstand[^asterisk]',
      '(ii) Κατάσταση[^asterisk2]',
      'c) (poss.) Stan prac[^asterisk2]',
    ]);
  });

  it('leaves a line whose mark calls no note the notice prints, and a line without a mark, as they are', () => {
    expect(shown(['a) Hetkeseis (***)', 'b) Way forward', '5512/26'])).toEqual(['a) Hetkeseis (***)', 'b) Way forward', '5512/26']);
    expect(markedLineCalls([line('a) Status (*)')], [])).toEqual([line('a) Status (*)')]);
  });
});
