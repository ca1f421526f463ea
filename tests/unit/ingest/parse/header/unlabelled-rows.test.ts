import { describe, expect, it } from 'vitest';
import { isPersonLine } from '../../../../../scripts/ingest/parse/header/unlabelled-rows.ts';

describe('isPersonLine', () => {
  it('takes a cover note’s sender or recipient: a surname in capitals after a comma or closing the line with its given name', () => {
    expect(isPersonLine('Secretary-General of the European Commission, signed by Ms Martine DEPREZ, Director')).toBe(true);
    expect(isPersonLine('Thérèse BLANCHET, az Európai Unió Tanácsának főtitkára')).toBe(true);
    // the versions that print the office first and the signatory last print no comma
    expect(isPersonLine('Europos Komisijos generalinės sekretorės vardu – direktorė Martine DEPREZ')).toBe(true);
    expect(isPersonLine('Euroopan komission pääsihteerin puolesta johtaja Martine DEPREZ')).toBe(true);
    expect(isPersonLine('Eiropas Komisijas ģenerālsekretāres vārdā – direktore Jean-Luc AYET PUIGARNAU')).toBe(true);
  });

  it('leaves lines that close on capitals but on no given name and surname, or that end a sentence', () => {
    expect(isPersonLine('Report on the implementation of the EU SOCTA')).toBe(false);
    expect(isPersonLine('KOMISSION YKSIKÖIDEN VALMISTELUASIAKIRJA')).toBe(false);
    expect(isPersonLine('The delegations thanked Martine DEPREZ.')).toBe(false);
    expect(isPersonLine('Europol and EU SOCTA')).toBe(false);
  });
});
