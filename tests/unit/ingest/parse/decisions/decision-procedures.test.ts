import { describe, expect, it } from 'vitest';
import { howAfterComma, trailingHowAt, withoutProcedure } from '../../../../../scripts/ingest/parse/decisions/decision-procedures.ts';

describe('withoutProcedure', () => {
  it.each([
    ['the report by silence procedure', 'the report', 'by silence procedure'],
    ['the draft conclusions through the written procedure', 'the draft conclusions', 'through the written procedure'],
    ['le rapport par procédure écrite', 'le rapport', 'par procédure écrite'],
    ["les conclusions selon la procédure d'approbation tacite", 'les conclusions', "selon la procédure d'approbation tacite"],
    ['der Bericht im schriftlichen Verfahren', 'der Bericht', 'im schriftlichen Verfahren'],
    ['el informe mediante procedimiento escrito', 'el informe', 'mediante procedimiento escrito'],
    ['la relazione con la procedura del silenzio', 'la relazione', 'con la procedura del silenzio'],
    ['het verslag via de schriftelijke procedure', 'het verslag', 'via de schriftelijke procedure'],
    ['o relatório por procedimento escrito', 'o relatório', 'por procedimento escrito'],
    ['sprawozdanie w drodze procedury pisemnej', 'sprawozdanie', 'w drodze procedury pisemnej'],
    ['raportul prin procedură scrisă', 'raportul', 'prin procedură scrisă'],
    ['a jelentést írásbeli eljárás keretében', 'a jelentést', 'írásbeli eljárás keretében'],
    [', by written procedure, the conclusions set out in 9876/25', 'the conclusions set out in 9876/25', 'by written procedure'],
  ])('cuts the procedure off what was decided: %s', (object, rest, procedure) => {
    expect(withoutProcedure(object)).toEqual({ object: rest, procedure });
  });

  it.each([
    ['the draft conclusions by silence procedure on 24 November 2025', 'the draft conclusions', 'by silence procedure on 24 November 2025'],
    ['le projet par procédure écrite le 24 novembre 2025', 'le projet', 'par procédure écrite le 24 novembre 2025'],
    ['der Entwurf am 24. November 2025 im schriftlichen Verfahren', 'der Entwurf', 'am 24. November 2025 im schriftlichen Verfahren'],
    ['el informe mediante procedimiento escrito el 24 de noviembre de 2025', 'el informe', 'mediante procedimiento escrito el 24 de noviembre de 2025'],
    ['projekt w drodze procedury pisemnej w dniu 24 listopada 2025 r.', 'projekt', 'w drodze procedury pisemnej w dniu 24 listopada 2025 r.'],
  ])('keeps the day a procedure ended with it, after or before it: %s', (object, rest, procedure) => {
    expect(withoutProcedure(object)).toEqual({ object: rest, procedure });
  });

  it.each([
    ['the report without amendment', 'the report', 'without amendment'],
    ['le rapport sans modification', 'le rapport', 'sans modification'],
    ['der Bericht ohne Änderungen', 'der Bericht', 'ohne Änderungen'],
    ['el informe sin modificaciones', 'el informe', 'sin modificaciones'],
    ['la relazione senza modifiche', 'la relazione', 'senza modifiche'],
    ['het verslag zonder wijzigingen', 'het verslag', 'zonder wijzigingen'],
    ['sprawozdanie bez zmian', 'sprawozdanie', 'bez zmian'],
    ['slutsatserna utan ändringar', 'slutsatserna', 'utan ändringar'],
    ['the report without amendment by written procedure', 'the report', 'without amendment, by written procedure'],
    ['the report by written procedure without amendment', 'the report', 'by written procedure, without amendment'],
  ])('cuts off that a text was approved unchanged, how as the procedure is: %s', (object, rest, how) => {
    expect(withoutProcedure(object)).toEqual({ object: rest, procedure: how });
  });

  it('leaves a text whose change is what was decided, or unchanged inside the object, whole', () => {
    for (const object of ['the report with amendments', 'the reasons without amendment of the rules', 'sans modification'])
      expect(withoutProcedure(object)).toEqual({ object, procedure: null });
  });

  it('leaves an object that names a procedure inside it, or is only the procedure, whole', () => {
    for (const object of [
      'the report on the written procedure of 2024',
      'the use of the silence procedure for urgent files',
      'by silence procedure',
      'the report',
    ])
      expect(withoutProcedure(object)).toEqual({ object, procedure: null });
  });

  it.each([
    [
      'the draft conclusions, subject to a parliamentary scrutiny reservation by NL',
      'the draft conclusions',
      'subject to a parliamentary scrutiny reservation by NL',
    ],
    ['the report with a scrutiny reservation from AT and DE', 'the report', 'with a scrutiny reservation from AT and DE'],
    ['the report with a general scrutiny reservation (AT, DE)', 'the report', 'with a general scrutiny reservation (AT, DE)'],
    ['the approach with reservations', 'the approach', 'with reservations'],
    [
      "le projet, sous réserve d'une réserve d'examen parlementaire de la délégation NL",
      'le projet',
      "sous réserve d'une réserve d'examen parlementaire de la délégation NL",
    ],
    ['den Entwurf mit einem Parlamentsvorbehalt seitens NL', 'den Entwurf', 'mit einem Parlamentsvorbehalt seitens NL'],
    [
      'the draft conclusions subject to a parliamentary scrutiny reservation by NL by written procedure',
      'the draft conclusions',
      'subject to a parliamentary scrutiny reservation by NL, by written procedure',
    ],
  ])('cuts a reservation the decision was taken subject to off its object: %s', (object, rest, how) => {
    expect(withoutProcedure(object)).toEqual({ object: rest, procedure: how });
  });

  it('leaves a reservation that is what was decided, or inside the object, whole', () => {
    for (const object of [
      'the reservation by NL',
      'the lifting of the parliamentary scrutiny reservation by NL',
      'the reservations of delegations on the text',
    ])
      expect(withoutProcedure(object)).toEqual({ object, procedure: null });
  });
});

describe('howAfterComma and trailingHowAt', () => {
  it('finds a phrase of how after the comma that ends a verb-last clause, up to the end of the sentence', () => {
    const passive = 'De conclusies werden goedgekeurd, onder voorbehoud van een parlementair behandelingsvoorbehoud van NL. Het COSI nam nota.';
    const comma = passive.indexOf(',');
    expect(passive.slice(comma, comma + howAfterComma(passive, comma))).toBe(', onder voorbehoud van een parlementair behandelingsvoorbehoud van NL');
    const separable = 'die Schlussfolgerungen zur Kenntnis, vorbehaltlich eines Parlamentsvorbehalts von NL';
    expect(separable.slice(trailingHowAt(separable))).toBe(', vorbehaltlich eines Parlamentsvorbehalts von NL');
  });

  it('finds none where the comma opens anything else, or the phrase does not end the clause', () => {
    for (const text of [
      ', und der Ausschuss billigte den Bericht.',
      ', onder voorbehoud van een parlementair behandelingsvoorbehoud van NL over de bijlage.',
      'zonder komma',
    ])
      expect(howAfterComma(text)).toBe(0);
    const inside = 'het verslag goed, onder voorbehoud van een voorbehoud van NL over de bijlage';
    expect(trailingHowAt(inside)).toBe(inside.length);
  });
});
