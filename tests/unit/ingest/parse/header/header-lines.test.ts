import { describe, expect, it } from 'vitest';
import { headerLineKind, kindSlug, placeDate } from '../../../../../scripts/ingest/parse/header/header-lines.ts';

describe('headerLineKind', () => {
  it('tells every line of a Council header apart', () => {
    expect(headerLineKind('Brussels, 25 November 2025')).toBe('place-date');
    expect(headerLineKind('(OR. en)')).toBe('language');
    expect(headerLineKind('(Or. fr)')).toBe('language');
    expect(headerLineKind('14470/1/25 REV 1')).toBe('number');
    expect(headerLineKind('REV 1')).toBe('suffix');
    expect(headerLineKind('**LIMITE**')).toBe('limite');
    expect(headerLineKind('COSI 237')).toBe('code');
    expect(headerLineKind('CFSP/PESC 150')).toBe('code');
    expect(headerLineKind('CEPOL')).toBe('code');
    expect(headerLineKind('## OUTCOME OF PROCEEDINGS')).toBe('kind');
    expect(headerLineKind('**NOTE**')).toBe('kind');
    expect(headerLineKind('"I/A" ITEM NOTE')).toBe('kind');
    expect(headerLineKind('Subject:\tOutcome')).toBe('label');
  });

  it('is null for body text', () => {
    expect(headerLineKind('1. Adoption of the agenda')).toBeNull();
    expect(headerLineKind('The agenda was adopted.')).toBeNull();
  });
});

describe('placeDate', () => {
  it('splits the place from the date', () => {
    expect(placeDate('Brussels, 25 November 2025')).toEqual({ place: 'Brussels', date: '2025-11-25' });
    expect(placeDate('Bruxelles, le 25 novembre 2025')).toEqual({ place: 'Bruxelles', date: '2025-11-25' });
    expect(placeDate('Brussels 25 November 2025')).toEqual({ place: 'Brussels', date: '2025-11-25' });
    expect(placeDate('Bryssel den 25 november 2025')).toEqual({ place: 'Bryssel', date: '2025-11-25' });
  });

  it("takes no day of the week for a place (an agenda's day heading)", () => {
    expect(placeDate('Tuesday 25 November 2025')).toBeNull();
    expect(headerLineKind('Tuesday 25 November 2025')).toBeNull();
  });
});

describe('kindSlug', () => {
  it('slugifies the document-type line', () => {
    expect(kindSlug('OUTCOME OF PROCEEDINGS')).toBe('outcome-of-proceedings');
    expect(kindSlug('NOTE')).toBe('note');
    expect(kindSlug('"I/A" ITEM NOTE')).toBe('i-a-item-note');
    expect(kindSlug('COVER NOTE')).toBe('cover-note');
  });
});
