import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';
import { closeLoneNumbers } from '../../../../../scripts/ingest/parse/items/lone-numbers.ts';
import { withheldAfterTitle, withoutLeadingRedactions } from '../../../../../scripts/ingest/parse/text/redactions.ts';

/** Each decision as who, verb, object and the documents it carries. */
function decisions(text: string): [string | null, string, string, string[]][] {
  return findDecisions(text, 'Title').decisions.map(({ by, verb, object, references }) => [by, verb, object, references]);
}

describe('withoutLeadingRedactions: the marks a public version prints where a passage is withheld', () => {
  it('steps over the marks that open a sentence, in each form the register prints them', () => {
    expect(withoutLeadingRedactions('[…] The Committee approved the report.')).toBe('The Committee approved the report.');
    expect(withoutLeadingRedactions('[...] DELETED Le Comité a pris note du rapport.')).toBe('Le Comité a pris note du rapport.');
    expect(withoutLeadingRedactions('[ … ]\nDer Ausschuss nahm den Bericht zur Kenntnis.')).toBe('Der Ausschuss nahm den Bericht zur Kenntnis.');
  });

  it('leaves a sentence no mark opens, and marks inside it', () => {
    expect(withoutLeadingRedactions('COSI took note of […] and of the report.')).toBe('COSI took note of […] and of the report.');
    expect(withoutLeadingRedactions('[see annex] The Committee approved it.')).toBe('[see annex] The Committee approved it.');
    expect(withoutLeadingRedactions('DELETEDS approved')).toBe('DELETEDS approved');
  });
});

describe('findDecisions around passages withheld', () => {
  it('reads the decision of a sentence that follows a passage withheld, in English, French and German', () => {
    expect(decisions('COSI took note of the report. […] The Committee approved the conclusions (14470/25 + COR 1). DELETED')).toEqual([
      ['COSI', 'took-note', 'the report', []],
      ['COSI', 'approved', 'the conclusions (14470/25 + COR 1)', ['14470/25', '14470/25 COR 1']],
    ]);
    expect(decisions('La Commission a présenté le rapport. [...] Le Comité a approuvé le projet de conclusions.')).toEqual([
      ['COSI', 'approved', 'le projet de conclusions', []],
    ]);
    expect(decisions('Der Vorsitz berichtete. DELETED Der Ausschuss nahm den Bericht (9876/25 + ADD 1) zur Kenntnis.')).toEqual([
      ['COSI', 'took-note', 'den Bericht (9876/25 + ADD 1)', ['9876/25', '9876/25 ADD 1']],
    ]);
  });

  it('keeps a decision whose object is withheld, as printed', () => {
    expect(decisions('COSI took note of […] and approved the report (9876/25 + ADD 1).')).toEqual([
      ['COSI', 'took-note', '[…]', []],
      ['COSI', 'approved', 'the report (9876/25 + ADD 1)', ['9876/25', '9876/25 ADD 1']],
    ]);
  });
});

describe('findDecisions on documents listed with the versions added to them', () => {
  it.each([
    ['The Committee took note of documents 9876/25 + ADD 1 and 14470/25 + COR 1.', 'documents 9876/25 + ADD 1 and 14470/25 + COR 1'],
    ['Le Comité a pris note des documents 9876/25 + ADD 1 et 14470/25 + COR 1.', 'des documents 9876/25 + ADD 1 et 14470/25 + COR 1'],
    ['Der Ausschuss nahm die Dokumente 9876/25 + ADD 1 und 14470/25 + COR 1 zur Kenntnis.', 'die Dokumente 9876/25 + ADD 1 und 14470/25 + COR 1'],
    ['El Comité tomó nota de los documentos 9876/25 + ADD 1 y 14470/25 + COR 1.', 'los documentos 9876/25 + ADD 1 y 14470/25 + COR 1'],
    ['Il Comitato ha preso atto dei documenti 9876/25 + ADD 1 e 14470/25 + COR 1.', 'dei documenti 9876/25 + ADD 1 e 14470/25 + COR 1'],
    ['Het Comité nam nota van de documenten 9876/25 + ADD 1 en 14470/25 + COR 1.', 'de documenten 9876/25 + ADD 1 en 14470/25 + COR 1'],
    ['Komitet przyjął do wiadomości dokumenty 9876/25 + ADD 1 i 14470/25 + COR 1.', 'dokumenty 9876/25 + ADD 1 i 14470/25 + COR 1'],
    ['O Comité tomou nota dos documentos 9876/25 + ADD 1 e 14470/25 + COR 1.', 'dos documentos 9876/25 + ADD 1 e 14470/25 + COR 1'],
  ])('carries each document and the version added to it: %s', (sentence, object) => {
    expect(decisions(sentence)).toEqual([['COSI', 'took-note', object, ['9876/25', '9876/25 ADD 1', '14470/25', '14470/25 COR 1']]]);
  });

  it('carries a document cited alone as itself only', () => {
    expect(decisions('COSI endorsed the report (9876/25) and took note of 9877/25 ADD 1.')).toEqual([
      ['COSI', 'endorsed', 'the report (9876/25)', ['9876/25']],
      ['COSI', 'took-note', '9877/25 ADD 1', ['9877/25 ADD 1']],
    ]);
    expect(decisions("COSI approved the plan and took note of Europol's report.")).toEqual([
      ['COSI', 'approved', 'the plan', []],
      ['COSI', 'took-note', "Europol's report", []],
    ]);
  });
});

describe('closeLoneNumbers on an item withheld whole', () => {
  it('sets the number plain pdftotext prints alone back before its title withheld (`3.`, blank, `[…]`)', () => {
    const read = closeLoneNumbers(['3.', '', '[…]', '', '[…]', '4.', '', '[...]', '5.', '', 'DELETED'].map((text, index) => ({ text, line: index + 1 })));
    expect(read.map((entry) => entry.text)).toEqual(['3.\t[…]', '', '[…]', '4.\t[...]', '5.\tDELETED']);
  });

  it('leaves a number that a bracket of another kind follows', () => {
    const kept = ['3.', '', '[Annex]'].map((text, index) => ({ text, line: index + 1 }));
    expect(closeLoneNumbers(kept).map((entry) => entry.text)).toEqual(['3.', '', '[Annex]']);
  });
});

describe('withheldAfterTitle: the marks after a title run into one line with its withheld text', () => {
  it('finds the marks after the title’s first word, a title withheld whole being its first mark', () => {
    expect(withheldAfterTitle('Informations de la présidence […]')).toEqual({ at: 30, end: 33, inTitle: false });
    expect(withheldAfterTitle('[...] [...]')).toEqual({ at: 6, end: 11, inTitle: false });
    expect(withheldAfterTitle('Sonstiges DELETED DELETED')).toEqual({ at: 10, end: 25, inTitle: false });
  });

  it('says where the marks withhold the title’s own rest, after its colon or dash', () => {
    expect(withheldAfterTitle('Sitzung im engeren Kreis: […]')).toEqual({ at: 26, end: 29, inTitle: true });
    expect(withheldAfterTitle('Strengthen the exchange of informa- DELETED tion')?.inTitle).toBe(true);
  });

  it('finds none in a title without marks', () => {
    expect(withheldAfterTitle('Adoption of the agenda')).toBeNull();
    expect(withheldAfterTitle('[…]')).toBeNull();
  });
});
