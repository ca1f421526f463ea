import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { isPronounObject, withAntecedent } from '../../../../../scripts/ingest/parse/decisions/pronoun-objects.ts';
import { OUTCOME_HEADER_15990 } from '../../../../support/outcome-header.ts';

/** The decisions (by, verb, object) and recording sentences of an outcome's one item whose text is `text`. */
function decisions(text: string): { decisions: string[][]; sentences: string[] } {
  const record = parseDocument(`${OUTCOME_HEADER_15990}\n1. Counter-terrorism\n${text}\n2. Drugs\nCOSI took note of the presentation.\n`, 'outcome.txt');
  if (record.status !== 'ok') throw new Error(record.error.message);
  const item = record.items[0];
  return { decisions: (item?.decisions ?? []).map(({ by, verb, object }) => [by ?? '', verb, object]), sentences: item?.sentences ?? [] };
}

describe('a decision whose object is a pronoun', () => {
  it('names what the pronoun stands for: the object of the decision before it', () => {
    const read = decisions('COSI took note of the presentations. They were endorsed by COSI.');
    expect(read.decisions).toEqual([
      ['COSI', 'took-note', 'the presentations'],
      ['COSI', 'endorsed', 'they [the presentations]'],
    ]);
    // the sentences stay as printed
    expect(read.sentences).toEqual(['COSI took note of the presentations.', 'They were endorsed by COSI.']);
  });

  it('names what a part of the pronoun stands for too (`all of them`, `most of them`), in its own sentence or after a semicolon', () => {
    expect(decisions('COSI took note of the presentations; all of them were endorsed.').decisions).toEqual([
      ['COSI', 'took-note', 'the presentations'],
      ['', 'endorsed', 'all of them [the presentations]'],
    ]);
    expect(decisions('COSI took note of the presentations. Most of them were endorsed by the Committee.').decisions).toEqual([
      ['COSI', 'took-note', 'the presentations'],
      ['COSI', 'endorsed', 'most of them [the presentations]'],
    ]);
    expect(isPronounObject('all of them')).toBe(true);
    expect(isPronounObject('all of the reports')).toBe(false);
  });

  it('names the same antecedent for a pronoun after a pronoun, never a bracket inside a bracket', () => {
    expect(decisions('COSI took note of the presentations. They were endorsed by COSI. They were approved by COSI.').decisions).toEqual([
      ['COSI', 'took-note', 'the presentations'],
      ['COSI', 'endorsed', 'they [the presentations]'],
      ['COSI', 'approved', 'they [the presentations]'],
    ]);
  });

  it('names the documents the item cites where no decision before it names anything', () => {
    expect(decisions('The Presidency presented 14006/25 and 14007/25. These were endorsed by COSI.').decisions).toEqual([
      ['COSI', 'endorsed', 'these [14006/25, 14007/25]'],
    ]);
  });

  it('is read in the versions that write the passive with a pronoun subject', () => {
    expect(decisions('Le rapport 14001/25 a été approuvé par le COSI. Ils ont été approuvés par le COSI.').decisions.at(-1)).toEqual([
      'COSI',
      'approved',
      'ils [le rapport 14001/25]',
    ]);
    expect(decisions('Der Bericht 14003/25 wurde vom Ausschuss gebilligt. Sie wurden vom Ausschuss gebilligt.').decisions.at(-1)).toEqual([
      'COSI',
      'approved',
      'sie [der Bericht 14003/25]',
    ]);
    expect(decisions('De documenten 14002/25 werden besproken. Ze werden door het Comité goedgekeurd.').decisions).toEqual([
      ['COSI', 'approved', 'ze [14002/25]'],
    ]);
    expect(decisions('O COSI tomou nota do relatório 14009/25. Estes foram aprovados pelo COSI.').decisions.at(-1)).toEqual([
      'COSI',
      'approved',
      'estes [do relatório 14009/25]',
    ]);
  });

  it('stays as it is where nothing before it names anything', () => {
    expect(withAntecedent('They', null, [])).toBe('They');
    expect(isPronounObject('they [the presentations]')).toBe(false);
    expect(isPronounObject('the reports')).toBe(false);
  });
});
