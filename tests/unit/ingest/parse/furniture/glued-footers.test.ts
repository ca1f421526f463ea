import { describe, expect, it } from 'vitest';
import { ungluedFooterNumbers } from '../../../../../scripts/ingest/parse/furniture/glued-footers.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';

const lines = (texts: readonly string[]) => texts.map((text, index) => ({ text, line: index + 1 }));
const texts = (input: readonly string[]): string[] => normalise(input.join('\n')).map((entry) => entry.text);

describe('ungluedFooterNumbers: a footer number plain pdftotext ran onto a word cut by the page break', () => {
  it('sets the number apart, the cut word taking back its hyphen, where the lines below are the footer’s pieces', () => {
    const page = ['The importance of boost9267/25', 'JAI.1', '', 'GG/mr', 'LIMITE', '', '2', 'EN', '', 'ing cooperation was stressed.'];
    expect(ungluedFooterNumbers(lines(page)).map((entry) => [entry.text, entry.line])).toEqual([
      ['The importance of boost-', 1],
      ['9267/25', 1],
      ...page.slice(1).map((text, index) => [text, index + 2]),
    ]);
  });

  it('leaves a number glued to a word where no footer follows it', () => {
    const page = lines(['as set out in Dokument9876/25', 'and in its addendum.']);
    expect(ungluedFooterNumbers(page)).toBe(page);
  });
});

describe('normalise, a word cut by a page break whose footer plain pdftotext glued to it', () => {
  it('joins the word whole and drops the footer, in English, French and German', () => {
    expect(
      texts([
        'The importance of boost9267/25',
        'JAI.1',
        '',
        'GG/mr',
        'LIMITE',
        '',
        '2',
        'EN',
        '',
        'ing cooperation with third countries, and boosting trust, was stressed.',
      ]),
    ).toEqual(['The importance of boosting cooperation with third countries, and boosting trust, was stressed.']);
    expect(
      texts([
        'Le Comité a souligné l’importance de la coopé14470/25',
        'JAI.1',
        '',
        'TR/kl',
        '',
        '3',
        'FR',
        '',
        'ration avec les pays tiers et de la coopération policière.',
      ]),
    ).toEqual(['Le Comité a souligné l’importance de la coopération avec les pays tiers et de la coopération policière.']);
    expect(
      texts([
        'Der Ausschuss betonte die Bedeutung der Zusammen6890/26',
        'GIP.B',
        '',
        'TR/kl',
        'LIMITE',
        '',
        '2',
        'DE',
        '',
        'arbeit mit Drittstaaten und der Zusammenarbeit der Polizei.',
      ]),
    ).toEqual(['Der Ausschuss betonte die Bedeutung der Zusammenarbeit mit Drittstaaten und der Zusammenarbeit der Polizei.']);
  });
});
