import { describe, expect, it } from 'vitest';
import { anchoredHeadEnd } from '../../../../../scripts/ingest/parse/header/anchored-head.ts';

/** The header part of `text` as the anchors end it, or null. */
function head(text: string, lead?: number): string | null {
  const end = anchoredHeadEnd(text, lead);
  return end === null ? null : text.slice(0, end);
}

describe('anchoredHeadEnd', () => {
  it('ends a header without labels at its kind, after the Council name split over two lines', () => {
    const text =
      'Council of the\nEuropean Union\n\nBrussels, 18 October 2024\n(OR. en)\n\n14622/24\n\nCRS CRP 36\n\nSUMMARY RECORD\nPERMANENT REPRESENTATIVES COMMITTEE';
    expect(head(text)).toBe('Council of the\nEuropean Union\n\nBrussels, 18 October 2024\n(OR. en)\n\n14622/24\n\nCRS CRP 36\n\nSUMMARY RECORD');
  });

  it('takes a kind line whole, with the words of capitals after the kind on its line', () => {
    const top = 'Council of the\nEuropean Union\n\nBrussels, 18 October 2024\n(OR. en)\n\n14622/24\n\nCRS CRP 36\n\n';
    expect(head(`${top}PROVISIONAL SUMMARY RECORD OF THE MEETING\nPERMANENT REPRESENTATIVES COMMITTEE`)).toBe(
      `${top}PROVISIONAL SUMMARY RECORD OF THE MEETING`,
    );
    expect(head(`${top}COMPTE RENDU SOMMAIRE DE LA RÉUNION\nCOMITÉ DES REPRÉSENTANTS PERMANENTS`)).toBe(`${top}COMPTE RENDU SOMMAIRE DE LA RÉUNION`);
  });

  it('takes a line of capitals set apart under the anchors as the kind line where they reach no kind it knows', () => {
    const top = 'Rat der\nEuropäischen Union\n\nBrüssel, den 18. Oktober 2024\n(OR. en)\n\n14622/24\n\nCRS CRP 36\n\n';
    expect(head(`${top}NOTIZEN ZUR SITZUNG\nAUSSCHUSS DER STÄNDIGEN VERTRETER`)).toBe(`${top}NOTIZEN ZUR SITZUNG`);
    expect(head(`${top}AZ ÜLÉS JEGYZETEI\nÁLLANDÓ KÉPVISELŐK BIZOTTSÁGA`)).toBe(`${top}AZ ÜLÉS JEGYZETEI`);
    // one word of capitals, or a line of text, is no kind line
    expect(head(`${top}INTRODUCTION\nThe Committee met.`)).toBe(top.trimEnd());
    expect(head(`${top}Der Ausschuss nahm die Tagesordnung an.`)).toBe(top.trimEnd());
  });

  it('reads past a parliament stamp before the header of a page run into one line', () => {
    const text =
      '052317/EU XXVII. GP Eingelangt am 15/10/21 Council of the European Union Brussels, 14 October 2021 (OR. en) 12688/21 CRS CRP 38 SUMMARY RECORD PERMANENT REPRESENTATIVES COMMITTEE';
    expect(head(text)).toBe(
      '052317/EU XXVII. GP Eingelangt am 15/10/21 Council of the European Union Brussels, 14 October 2021 (OR. en) 12688/21 CRS CRP 38 SUMMARY RECORD',
    );
  });

  it('ends after the codes when no kind follows, and stops where other text stands between two anchors', () => {
    expect(head('9934/1/15 REV 1 LIMITE PUBLIC PV/CONS 33 JAI 458 COMIX posiedzenie Rady', 0)).toBe('9934/1/15 REV 1 LIMITE PUBLIC PV/CONS 33 JAI 458 COMIX');
    expect(head('8812/19 - Draft conclusions on the way forward for law enforcement cooperation COSI 12', 0)).toBe('8812/19');
  });

  it('is null without a document number, or when the first anchor stands after more than the lead allows', () => {
    expect(head('Council of the European Union Brussels, 3 May 2019 NOTE')).toBeNull();
    expect(head('Draft conclusions 8812/19 COSI 71', 0)).toBeNull();
  });
});
