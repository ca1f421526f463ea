import { describe, expect, it } from 'vitest';
import { markPlainFootnotes } from '../../../../../scripts/ingest/parse/footnotes/plain-footnotes.ts';

describe('markPlainFootnotes', () => {
  it('marks a plain footnote under the rule and its call above it, every line break kept', () => {
    const text =
      'Subject:\tEU Security Union Strategy1\r\nDelegations will find attached the report.\r\n____________________\r\n1\tThe first report (14317/20).\r\n';
    expect(markPlainFootnotes(text)).toBe(
      'Subject:\tEU Security Union Strategy^1\r\nDelegations will find attached the report.\r\n____________________\r\n^1\tThe first report (14317/20).\r\n',
    );
  });

  it('marks the call after a closing quote or bracket, and only the last call above the rule', () => {
    const text = 'the 2020 conclusions”2 and (COSI),2 again\n___\n2 Doc. 8812/20.';
    expect(markPlainFootnotes(text)).toBe('the 2020 conclusions”2 and (COSI),^2 again\n___\n^2 Doc. 8812/20.');
  });

  it('marks the footnote of a call a text file keeps in superscript digits, the call left as printed (English, Italian)', () => {
    const en = 'Subject:\tEU Security Union Strategy¹\nDelegations will find attached the report.\n____________________\n1\tThe first report (14317/20).\n';
    expect(markPlainFootnotes(en)).toBe(
      'Subject:\tEU Security Union Strategy¹\nDelegations will find attached the report.\n____________________\n^1\tThe first report (14317/20).\n',
    );
    const it = 'Il comitato ha preso atto della relazione (doc. 9876/25)¹².\n___\n12 Vedi anche WK 4321/2025.';
    expect(markPlainFootnotes(it)).toBe('Il comitato ha preso atto della relazione (doc. 9876/25)¹².\n___\n^12 Vedi anche WK 4321/2025.');
  });

  it('leaves a numbered line under the rule alone when no call of its number stands above it', () => {
    const text = 'Delegations will find attached the report.\n____________________\n2 JAI.1 LIMITE EN\n';
    expect(markPlainFootnotes(text)).toBe(text);
  });

  it('does not take a number inside a year or a code for a call', () => {
    const text = 'COSI 71 met in 2021 and JAI 1 too.\n___\n1 The meeting.\n';
    expect(markPlainFootnotes(text)).toBe(text);
  });

  it('takes no directorate’s code on the page before for the call (`JAI.1` of its footer), but the call after the year’s full stop (`2015.1`), in plain pdftotext, -layout and a viewer’s copy', () => {
    const second = 'The Committee approved the report for the period July 2014 - December 2015.1\n________________________\n1 Doc. 5299/16.\n';
    const plain = `The Presidency presented the report.\n\n6350/26\nJAI.1\n\nTR/kl\nLIMITE\n\n1\nEN\n\f${second}\n6350/26\nJAI.1\n\nTR/kl\nLIMITE\n\n2\nEN\n\f`;
    const layout = `The Presidency presented the report.\n\n6350/26            TR/kl              1\nJAI.1              LIMITE             EN\n\f${second}6350/26            TR/kl              2\nJAI.1              LIMITE             EN\n\f`;
    const viewer = plain.replaceAll('\f', '').replaceAll('\n\n', '\n');
    for (const text of [plain, layout, viewer]) {
      const marked = markPlainFootnotes(text);
      expect(marked).not.toContain('JAI.^1');
      expect(marked).toContain('December 2015.^1\n');
      expect(marked).toContain('^1 Doc. 5299/16.');
    }
  });

  it('looks for calls only on the page above the rule, not above an earlier rule', () => {
    const text = 'first page word1\n___\n1 Footnote of page one.\nsecond page without call\n___\n1 Not a footnote of this page.\n';
    expect(markPlainFootnotes(text)).toBe('first page word^1\n___\n^1 Footnote of page one.\nsecond page without call\n___\n1 Not a footnote of this page.\n');
  });
});
