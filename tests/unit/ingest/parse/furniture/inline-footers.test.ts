import { describe, expect, it } from 'vitest';
import { footerMatches, insideFooter, removeBareFooterAtPageEnd, removeInlineFooters } from '../../../../../scripts/ingest/parse/furniture/inline-footers.ts';

describe('removeInlineFooters', () => {
  it('takes a footer out of running text and joins the sentences around it', () => {
    expect(removeInlineFooters('… of the Member States. 8812/1/19 REV 1 AB/cd 1 JAI.1 LIMITE EN The Presidency then …')).toEqual({
      text: '… of the Member States. The Presidency then …',
      endsPage: false,
    });
  });

  it('takes the marking the next page prints at its top right after a footer that prints it (9927/1/16 REV 1 run into one line)', () => {
    expect(removeInlineFooters('… and for a structured 9927/1/16 REV 1 EB, FR/dk 1 DGD 1C LIMITE EN LIMITE approach to the interoperability …')).toEqual({
      text: '… and for a structured approach to the interoperability …',
      endsPage: false,
    });
    expect(
      removeInlineFooters('… was discussed. 11432/07 AB/cs 1 DG C II RESTREINT UE/EU RESTRICTED SV RESTREINT UE/EU RESTRICTED Ordförandeskapet …'),
    ).toEqual({
      text: '… was discussed. Ordförandeskapet …',
      endsPage: false,
    });
    // a footer without the marking: the word after it is the text's
    expect(removeInlineFooters('… as follows: 14470/25 TR/kl 1 JAI.1 EN LIMITE documents are …')).toEqual({
      text: '… as follows: LIMITE documents are …',
      endsPage: false,
    });
  });

  it('says a page ends where a footer ends the line, also one whose number the copy cut', () => {
    expect(removeInlineFooters('… confirmed this /1/18 REV 1 GK/cr 1 JAI.1 LIMITE EN')).toEqual({ text: '… confirmed this', endsPage: true });
    expect(removeInlineFooters('… of the draft Directive /15 UM/nj 2')).toEqual({ text: '… of the draft Directive', endsPage: true });
    expect(removeInlineFooters('/23 VH/lr 2')).toEqual({ text: '', endsPage: true });
  });

  it('takes a footer whose pieces a wide -layout page set up to some 140 spaces apart (6543/25’s first page)', () => {
    const footer = `6543/25${' '.repeat(61)}MK/ps${' '.repeat(72)}1 JAI.1${' '.repeat(139)}EN`;
    expect(removeInlineFooters(`COSI itself usually meets twice every ${footer} semester for formal meetings.`)).toEqual({
      text: 'COSI itself usually meets twice every semester for formal meetings.',
      endsPage: false,
    });
  });

  it('takes a footer that holds the Austrian Parliament’s stamp among its pieces, as plain pdftotext prints them (14342/21)', () => {
    expect(removeInlineFooters('… is deemed essential. 14342/21 JAI.1 RS/sl www.parlament.gv.at 1 EN')).toEqual({
      text: '… is deemed essential.',
      endsPage: true,
    });
  });

  it('takes the next page number with a footer in the middle of a line, and reads directorates and notices', () => {
    expect(removeInlineFooters('end of page. 6643/15 NM/mvk 1 DG D 2B EN 2 Start of page.')).toEqual({ text: 'end of page. Start of page.', endsPage: false });
    expect(removeInlineFooters('4. AOB CM 1893/25 1 EN')).toEqual({ text: '4. AOB', endsPage: true });
  });

  it('takes the one-line footer of a summary record of 2011 inside a page run into one line, its two languages with it', () => {
    expect(removeInlineFooters('… in Brussels on 23 and 24 November 2011 17812/11 lb 1 DQPG EN/FR SUMMARY Page 1. Adoption')).toEqual({
      text: '… in Brussels on 23 and 24 November 2011 SUMMARY Page 1. Adoption',
      endsPage: false,
    });
    expect(removeInlineFooters('preparation of the Council. 17812/11 lb 3 DQPG DE')).toEqual({ text: 'preparation of the Council.', endsPage: true });
  });

  it('takes the footers of summary records, of declassified versions and of a page that lost its page number, and the parliament address after them', () => {
    expect(removeInlineFooters('The Committee took note. 13307/20 1 GIP.1 EN www.parlament.gv.at 4. Regulation')).toEqual({
      text: 'The Committee took note. 4. Regulation',
      endsPage: false,
    });
    expect(removeInlineFooters('identisk med föregående version. 9710/16 DCL 1 lr 1 DGF 2C SV')).toEqual({
      text: 'identisk med föregående version.',
      endsPage: true,
    });
    expect(removeInlineFooters('an outcome report of the meeting. 9456/16 GD/mvk')).toEqual({ text: 'an outcome report of the meeting.', endsPage: true });
  });

  it('takes the footer of a -layout page flattened to one line, its columns apart by wide gaps, in any language', () => {
    const french = `document 12045/22. 13250/22${' '.repeat(45)}LM/vv${' '.repeat(35)}1 JAI.1${' '.repeat(47)}LIMITE${' '.repeat(34)}FR`;
    expect(removeInlineFooters(french)).toEqual({ text: 'document 12045/22.', endsPage: true });
    const notice = `systems 1      This item will be discussed. CM 1234/24${' '.repeat(45)}SC/mr${' '.repeat(52)}1 JAI.1${' '.repeat(106)}EN`;
    expect(removeInlineFooters(notice)).toEqual({ text: 'systems 1      This item will be discussed.', endsPage: true });
  });

  it('takes a two-line footer run into the line row by row or column by column, on an annex page too, in any language', () => {
    // plain pdftotext reads the footer's table column by column: number over unit, initials over LIMITE, page over language
    expect(removeInlineFooters('… in Dokument 13802/25. 6890/26 JAI.1 TR/kl LIMITE 1 DE')).toEqual({ text: '… in Dokument 13802/25.', endsPage: true });
    expect(removeInlineFooters('… de l’approche 6890/26 JAI.1 TR/kl LIMITE 1 FR 2 exposée dans le document.')).toEqual({
      text: '… de l’approche exposée dans le document.',
      endsPage: false,
    });
    // an annex page: the annex's word under the number, the unit under the initials
    expect(removeInlineFooters('Co-driven by Romania since 2024. 14470/25 ANNEX JV/ab JAI.1 2 EN')).toEqual({
      text: 'Co-driven by Romania since 2024.',
      endsPage: true,
    });
    expect(removeInlineFooters('seit 2024 gemeinsam geleitet. 6512/25 JV/mk 3 ANLAGE II JAI.1 LIMITE DE')).toEqual({
      text: 'seit 2024 gemeinsam geleitet.',
      endsPage: true,
    });
    expect(removeInlineFooters('współprowadzony od 2024 r. 6512/25 ZAŁĄCZNIK JAI.1 JV/mk LIMITE 2 PL')).toEqual({
      text: 'współprowadzony od 2024 r.',
      endsPage: true,
    });
    expect(removeInlineFooters('από το 2024. 6512/25 ΠΑΡΑΡΤΗΜΑ ΔΠ/γομ JAI.1 LIMITE 2 EL')).toEqual({ text: 'από το 2024.', endsPage: true });
    expect(removeInlineFooters('depuis 2024. 16012/25 GIP.B ML/ab 4 FR 5 Le comité …')).toEqual({ text: 'depuis 2024. Le comité …', endsPage: false });
  });

  it('leaves text alone: a number in a sentence, and a whole number-initials-page line that may be text', () => {
    expect(removeInlineFooters('The agenda set out in 14260/1/17 REV 1 was adopted.')).toEqual({
      text: 'The agenda set out in 14260/1/17 REV 1 was adopted.',
      endsPage: false,
    });
    expect(removeInlineFooters('15214/19 VL/MV 1')).toEqual({ text: '15214/19 VL/MV 1', endsPage: false });
    // a reference and codes without initials are no footer
    expect(removeInlineFooters('set out in 13802/25 ANNEX JAI 1 EN version')).toEqual({ text: 'set out in 13802/25 ANNEX JAI 1 EN version', endsPage: false });
  });

  it('takes a footer plain pdftotext glued to the word the page break cut off the end of a page, the word taking back its hyphen', () => {
    expect(removeInlineFooters('… The importance of boost9267/25 JAI.1 GG/mr LIMITE 2 EN')).toEqual({ text: '… The importance of boost-', endsPage: true });
    expect(removeInlineFooters('… die Bedeutung der Zusammen6890/26 GIP.B TR/kl 2 DE')).toEqual({ text: '… die Bedeutung der Zusammen-', endsPage: true });
    expect(removeInlineFooters('… τη σημασία της συνερ9267/25 DG D 2B ΔΠ/γομ LIMITE 3 EL')).toEqual({ text: '… τη σημασία της συνερ-', endsPage: true });
    expect(removeInlineFooters('… la importancia de la coopeCM 1893/25 1 ES')).toEqual({ text: '… la importancia de la coope-', endsPage: true });
    // a page that ends in another footer before: both out
    expect(removeInlineFooters('… end of page. 6643/15 NM/mvk 1 DG D 2B EN 2 Start and coopé6643/15 NM/mvk 2 DG D 2B FR')).toEqual({
      text: '… end of page. Start and coopé-',
      endsPage: true,
    });
  });

  it('leaves a number glued to a word where no footer follows it to the line’s end', () => {
    for (const text of [
      'as set out in Dokument9876/25',
      'as set out in Dokument9876/25 and in its addendum.',
      // a footer's pieces without its language or page: no footer ends the line
      '… The importance of boost9267/25 JAI.1 LIMITE 2',
    ])
      expect(removeInlineFooters(text)).toEqual({ text, endsPage: false });
  });
});

describe('removeBareFooterAtPageEnd', () => {
  it('takes a footer of number and page only off the end of a page when the next page opens with the next page number', () => {
    const seen = new Set<string>();
    expect(removeBareFooterAtPageEnd('The Council adopted the agenda. 10112/22 2', '3 1. Adoption of the agenda', seen)).toEqual({
      text: 'The Council adopted the agenda.',
      endsPage: true,
    });
    expect(removeBareFooterAtPageEnd('held in Luxembourg on 9 and /22 1', '2 CONTENTS', seen)).toEqual({ text: 'held in Luxembourg on 9 and', endsPage: true });
  });

  it('takes the last page footer off only when an earlier page closed with a footer of the same number', () => {
    expect(removeBareFooterAtPageEnd('The Presidency informed the Council. 10112/22 3', '', new Set(['10112/22']))).toEqual({
      text: 'The Presidency informed the Council.',
      endsPage: true,
    });
    expect(removeBareFooterAtPageEnd('The Presidency informed the Council. 10112/22 3', '', new Set())).toBeNull();
  });

  it('leaves a reference and a count alone when the next line does not open with the next page number', () => {
    expect(removeBareFooterAtPageEnd('The Council adopted the items listed in 9951/22 2', '4 delegations abstained.', new Set())).toBeNull();
    expect(removeBareFooterAtPageEnd('The Council adopted the items listed in 9951/22 2', 'The Presidency informed the Council.', new Set())).toBeNull();
  });
});

describe('footerMatches', () => {
  it('finds footers run together, cut and after a reference, and no reference or count', () => {
    const text = '… listed in 9951/22. 8812/1/19 REV 1 AB/cd 1 JAI.1 LIMITE EN The /15 UM/nj 2 JAI.1 LIMITE EN 3 and CM 1893/25 1 EN';
    expect(footerMatches(text).map((match) => match[0])).toEqual(['8812/1/19 REV 1 AB/cd 1 JAI.1 LIMITE EN', '/15 UM/nj 2 JAI.1 LIMITE EN', 'CM 1893/25 1 EN']);
  });
});

describe('insideFooter', () => {
  const text = '- Billigung 1. Der Vorsitz hat den Entwurf überarbeitet. 10391/23 ST/ml 1 JAI.1 DE 2 2. Der Ausschuss wird ersucht.';
  it('says a footer’s page number inside a text run into one line across its pages stands in the footer', () => {
    expect(insideFooter(text, text.indexOf('ST/ml 1') + 'ST/ml '.length)).toBe(true);
    const limite = '… management 1. INTRODUCTION … structured 9927/1/16 REV 1 EB, FR/dk 1 DGD 1C LIMITE EN LIMITE approach';
    expect(insideFooter(limite, limite.indexOf('FR/dk 1') + 'FR/dk '.length)).toBe(true);
    expect(insideFooter(limite, limite.indexOf('1. INTRODUCTION'))).toBe(false);
  });

  it('says a number of the text outside any footer does not', () => {
    expect(insideFooter(text, text.indexOf('1. Der'))).toBe(false);
    expect(insideFooter(text, text.indexOf('2. Der'))).toBe(false);
    expect(insideFooter('Delegations will find 17 replies of the Member States in 9951/22.', 22)).toBe(false);
  });
});
