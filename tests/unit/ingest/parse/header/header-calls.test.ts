import { describe, expect, it } from 'vitest';
import { headerCalls } from '../../../../../scripts/ingest/parse/header/header-calls.ts';
import { headerValue } from '../../../../../scripts/ingest/parse/header/labels.ts';

/** The calls of a value as the header reader reads it. */
const calls = (value: string) => headerCalls(value, headerValue(value));

describe('headerCalls', () => {
  it('places a call printed after the last word of a subject (`Strategy^1`, as foot-footnotes.ts marks `Strategy1`) after that word', () => {
    const value = 'COMMISSION STAFF WORKING DOCUMENT Fifth progress report on the\n                       implementation of the EU Security Union Strategy^1';
    expect(calls(value)).toEqual([{ mark: '1', at: headerValue(value).length }]);
    expect(headerValue(value).endsWith('Strategy')).toBe(true);
  });

  it('places a call inside a subject over two paragraphs after its word, the rest after it (`… mot barn^1` / `– Lägesrapport`)', () => {
    const value = 'Förslag till förordning om sexuella övergrepp mot barn^1\n– Lägesrapport';
    expect(calls(value)).toEqual([{ mark: '1', at: 'Förslag till förordning om sexuella övergrepp mot barn'.length }]);
  });

  it('reads superscript digits, `<sup>` and a marker of several calls, in bold too', () => {
    expect(calls('**Projet de conclusions du Conseil**¹')).toEqual([{ mark: '1', at: 'Projet de conclusions du Conseil'.length }]);
    expect(calls('Entwurf von Schlussfolgerungen<sup>2</sup>')).toEqual([{ mark: '2', at: 'Entwurf von Schlussfolgerungen'.length }]);
    expect(calls('Proyecto de Conclusiones^{1, 2} del Consejo')).toEqual([
      { mark: '1', at: 'Proyecto de Conclusiones'.length },
      { mark: '2', at: 'Proyecto de Conclusiones'.length },
    ]);
  });

  it('reads a call one space after its word before a punctuation mark as glued to it, the value keeping no blank there (`… 2015 ^2.`)', () => {
    const value = 'Conclusions of 16 June 2015 ^2. Report';
    expect(headerValue(value)).toBe('Conclusions of 16 June 2015. Report');
    expect(calls(value)).toEqual([{ mark: '2', at: 'Conclusions of 16 June 2015'.length }]);
    expect(headerValue('Internal Security Strategy ¹: Report')).toBe('Internal Security Strategy: Report');
    expect(calls('Internal Security Strategy ^{1, 2}, Report')).toEqual([
      { mark: '1', at: 'Internal Security Strategy'.length },
      { mark: '2', at: 'Internal Security Strategy'.length },
    ]);
    // between words the blank is the words'
    expect(headerValue('Strategy ^1 Report')).toBe('Strategy Report');
    expect(calls('Strategy ^1 Report')).toEqual([{ mark: '1', at: 'Strategy'.length }]);
  });

  it('gives none for a value without calls, or whose text is not the value as read', () => {
    expect(calls('Draft Council conclusions on internal security')).toEqual([]);
    expect(headerCalls('Draft conclusions^1', 'Draft Council conclusions')).toEqual([]);
  });
});
