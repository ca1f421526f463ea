import { describe, expect, it } from 'vitest';
import { headerValue, labelLine } from '../../../../../scripts/ingest/parse/header/labels.ts';

describe('labelLine', () => {
  it('reads the labels of the plain-text and Markdown exports', () => {
    expect(labelLine('From:\tGeneral Secretariat of the Council')).toEqual({ field: 'from', value: 'General Secretariat of the Council', language: 'en' });
    expect(labelLine('On: 22 November 2021  ')).toEqual({ field: 'on', value: '22 November 2021', language: 'en' });
    expect(labelLine('No. prev. doc.:\t8451/25')).toEqual({ field: 'previous', value: '8451/25', language: 'en' });
    expect(labelLine('**Subject:** Standing Committee')).toEqual({ field: 'subject', value: 'Standing Committee', language: 'en' });
  });

  it('reads a label that holds a colon of its own, the Finnish Commission document’s, alone or before its value', () => {
    expect(labelLine('Kom:n asiak. nro:')).toEqual({ field: 'commission', value: '', language: 'fi' });
    expect(labelLine('Kom:n asiak. nro:\tSWD(2025) 123 final')).toEqual({ field: 'commission', value: 'SWD(2025) 123 final', language: 'fi' });
    // a label cut at its first colon stays read so: the value may hold a colon (`Subject: Item 3: …`)
    expect(labelLine('Subject: Item 3: Any other business')).toEqual({ field: 'subject', value: 'Item 3: Any other business', language: 'en' });
    expect(labelLine('Note: see below: 3')).toBeNull();
  });

  it('accepts a space before the colon', () => {
    expect(labelLine('Subject : Draft conclusions')).toEqual({ field: 'subject', value: 'Draft conclusions', language: 'en' });
  });

  it('knows header labels the record does not keep', () => {
    expect(labelLine('date of receipt:\t15 September 2023')).toEqual({ field: 'other', value: '15 September 2023', language: 'en' });
    expect(labelLine('Tel./Fax:\t+32 2 281 12 34')).toEqual({ field: 'other', value: '+32 2 281 12 34', language: null });
  });

  it('reads French and German labels and says which language they are in', () => {
    expect(labelLine('Destinataire:\tDélégations')).toEqual({ field: 'to', value: 'Délégations', language: 'fr' });
    // Italian headers print `Origine:` too: the label alone does not tell the language
    expect(labelLine('Origine:\tPrésidence')).toEqual({ field: 'from', value: 'Présidence', language: null });
    expect(labelLine('Betr.:\tEntwurf')).toEqual({ field: 'subject', value: 'Entwurf', language: 'de' });
    expect(labelLine('Date:\t18 November 2025')).toEqual({ field: 'on', value: '18 November 2025', language: null });
  });

  it('reads the Irish labels of the previous document, the Commission’s document and the interinstitutional file', () => {
    expect(labelLine('Uimh. doic. roimhe:\t8812/26')).toEqual({ field: 'previous', value: '8812/26', language: 'ga' });
    expect(labelLine('Uimh. doic. an Choimisiúin:\tCOM(2026) 12 final')).toEqual({ field: 'commission', value: 'COM(2026) 12 final', language: 'ga' });
    expect(labelLine('Comhad Idirinstitiúideach:\t2026/0012(COD)')).toEqual({ field: 'interinstitutional', value: '2026/0012(COD)', language: 'ga' });
  });

  it('reads the Danish cover note’s date of receipt as a label the record keeps as printed', () => {
    expect(labelLine('Modtaget den:\t3. oktober 2025')).toEqual({ field: 'other', value: '3. oktober 2025', language: 'da' });
  });

  it('reads the Danish labels of the previous document and the Commission’s document', () => {
    expect(labelLine('Tidl. dok. nr.:\t8812/26')).toEqual({ field: 'previous', value: '8812/26', language: 'da' });
    expect(labelLine('Komm. dok. nr.:\tCOM(2026) 12 final')).toEqual({ field: 'commission', value: 'COM(2026) 12 final', language: 'da' });
    // the Swedish header prints `Komm. dok. nr:` too: without its last dot the label alone does not tell the language
    expect(labelLine('Komm. dok. nr:\tCOM(2026) 12 final')).toEqual({ field: 'commission', value: 'COM(2026) 12 final', language: null });
  });

  it('is null for a sentence with a colon', () => {
    expect(labelLine('The Presidency concluded that COSI agreed:')).toBeNull();
    expect(labelLine('Two of these key points are:')).toBeNull();
  });
});

describe('headerValue', () => {
  it('drops bold and footnote markers and collapses whitespace', () => {
    expect(headerValue(' **Delegations**\t ')).toBe('Delegations');
    expect(headerValue('Internal Security Strategy¹ - Exchange of views<sup>2</sup>')).toBe('Internal Security Strategy - Exchange of views');
  });
});
