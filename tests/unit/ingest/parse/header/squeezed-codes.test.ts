import { describe, expect, it } from 'vitest';
import { squeezedCodes } from '../../../../../scripts/ingest/parse/header/squeezed-codes.ts';

const codes = (text: string) => squeezedCodes(text).map(({ code }) => code);

describe('squeezedCodes', () => {
  it('gives each code of a run back its space, whatever its word', () => {
    expect(codes('LIMITE COEST169 PESC511 JAI319 WTO168')).toEqual(['COEST 169', 'PESC 511', 'JAI 319', 'WTO 168']);
  });

  it('reads a run that a line break cuts in two', () => {
    expect(codes('LIMITE CRIMORG41\nENFOPOL77')).toEqual(['CRIMORG 41', 'ENFOPOL 77']);
  });

  it('reads one squeezed code alone only when its word is a known code', () => {
    expect(codes('9021/19 LIMITE JAI655 NOTE')).toEqual(['JAI 655']);
    expect(codes('the COVID19 pandemic and the G7 summit')).toEqual([]);
  });

  it('takes no footer directorate, decimal or reference for a code', () => {
    expect(codes('JAI.1 DGD1C 2.5 ST9021/19')).toEqual([]);
  });
});
