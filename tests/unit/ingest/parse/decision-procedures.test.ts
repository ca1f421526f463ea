import { describe, expect, it } from 'vitest';
import { withoutProcedure } from '../../../../scripts/ingest/parse/decision-procedures.ts';

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

  it('leaves an object that names a procedure inside it, or is only the procedure, whole', () => {
    for (const object of [
      'the report on the written procedure of 2024',
      'the use of the silence procedure for urgent files',
      'by silence procedure',
      'the report',
    ])
      expect(withoutProcedure(object)).toEqual({ object, procedure: null });
  });
});
