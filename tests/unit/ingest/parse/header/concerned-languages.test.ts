import { describe, expect, it } from 'vitest';
import { concernedLanguages } from '../../../../../scripts/ingest/parse/header/concerned-languages.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { expectOk } from '../../../../support/projection.ts';

describe('concernedLanguages: the language versions a part concerns, after its number', () => {
  it('reads the brackets right after the number, on its line or the next', () => {
    expect(concernedLanguages('7402/24 COR 1 (fr)', 13)).toEqual({ start: 14, end: 18, codes: ['fr'], printed: '(fr)' });
    expect(concernedLanguages('7402/24 COR 1\n(de, nl)', 13)?.codes).toEqual(['de', 'nl']);
    expect(concernedLanguages('7402/24 COR 1 (DE,NL)', 13)?.codes).toEqual(['de', 'nl']);
  });

  it('reads no brackets that name no official language, nor any further on', () => {
    expect(concernedLanguages('7402/24 COR 1 (ab)', 13)).toBeNull();
    expect(concernedLanguages('7402/24 COR 1 (OR. fr)', 13)).toBeNull();
    expect(concernedLanguages('7402/24 COR 1 LIMITE (fr)', 13)).toBeNull();
  });
});

/** A corrigendum of one language version, as the Council's header prints it: the brackets after `COR 1`, in the header's shapes. */
interface Version {
  institution: string;
  placeDate: string;
  kind: string;
  labels: [string, string, string];
  values: [string, string, string];
  sentence: string;
}

const VERSIONS: Readonly<Record<string, Version>> = {
  en: {
    institution: 'Council of the European Union',
    placeDate: 'Brussels, 12 March 2024',
    kind: 'CORRIGENDUM TO THE NOTE',
    labels: ['From', 'To', 'Subject'],
    values: ['Presidency', 'Standing Committee on Operational Cooperation on Internal Security', 'Draft Council conclusions on drugs'],
    sentence: 'Concerns the French language version only.',
  },
  fr: {
    institution: "Conseil de l'Union européenne",
    placeDate: 'Bruxelles, le 12 mars 2024',
    kind: 'RECTIFICATIF À LA NOTE',
    labels: ['Origine', 'Destinataire', 'Objet'],
    values: [
      'Présidence',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure',
      'Projet de conclusions du Conseil sur les drogues',
    ],
    sentence: 'Concerne uniquement la version française.',
  },
  de: {
    institution: 'Rat der Europäischen Union',
    placeDate: 'Brüssel, den 12. März 2024',
    kind: 'KORRIGENDUM ZUM VERMERK',
    labels: ['Absender', 'Empfänger', 'Betr.'],
    values: [
      'Vorsitz',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
      'Entwurf von Schlussfolgerungen des Rates zu Drogen',
    ],
    sentence: 'Betrifft nur die deutsche Sprachfassung.',
  },
  pl: {
    institution: 'Rada Unii Europejskiej',
    placeDate: 'Bruksela, 12 marca 2024 r.',
    kind: 'NOTA',
    labels: ['Od', 'Do', 'Dotyczy'],
    values: ['Prezydencja', 'Stały Komitet ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego', 'Projekt konkluzji Rady w sprawie narkotyków'],
    sentence: 'Dotyczy wyłącznie wersji polskiej.',
  },
};

/** Where the brackets stand: after `COR 1` on the number's line, or on the suffix's own line under the number. */
const NUMBERS: Record<string, (brackets: string) => string[]> = {
  'on the number’s line': (brackets) => [`7402/24 COR 1 ${brackets}`],
  'on the suffix’s line': (brackets) => ['7402/24', `COR 1 ${brackets}`],
};

function lines(version: Version, number: string[], right: string): string[] {
  return [
    version.institution,
    '',
    `${right}${version.placeDate}`,
    `${right}(OR. en)`,
    ...number.map((line) => `${right}${line}`),
    '',
    `${right}LIMITE`,
    '',
    `${right}COSI 40`,
    `${right}ENFOPOL 110`,
    '',
    version.kind,
    ...version.labels.map((label, index) => `${label}:${right === '' ? '\t' : '      '}${version.values[index] ?? ''}`),
    '',
    version.sentence,
    '',
  ];
}

const SHAPES: Record<string, (version: Version, number: string[]) => string> = {
  'plain pdftotext': (version, number) => lines(version, number, '').join('\n'),
  'pdftotext -layout': (version, number) => lines(version, number, ' '.repeat(48)).join('\n'),
  'a page run into one line': (version, number) =>
    lines(version, number, '')
      .filter((line) => line !== '')
      .join(' ')
      .concat('\n'),
};

describe('a corrigendum of one language version', () => {
  for (const [shape, print] of Object.entries(SHAPES)) {
    for (const [where, number] of Object.entries(NUMBERS)) {
      for (const [language, version] of Object.entries(VERSIONS)) {
        const brackets = language === 'pl' ? '(PL)' : `(${language})`;
        it(`reads ${brackets} after the number as the language version it concerns (${language}, ${shape}, ${where})`, () => {
          const record = expectOk(parseDocument(print(version, number(brackets)), `cor-${language}.txt`));
          expect({
            number: record.number,
            concernsLanguages: record.concernsLanguages,
            printed: record.printed?.concernsLanguages,
            limite: record.limite,
            codes: record.codes,
            other: record.otherHeaderLines.filter((line) => line !== version.institution),
          }).toEqual({
            number: '7402/24 COR 1',
            concernsLanguages: [language],
            printed: brackets,
            limite: true,
            codes: ['COSI 40', 'ENFOPOL 110'],
            other: [],
          });
        });
      }
    }
  }

  it('reads several languages, the sentence over the text where the brackets name none, and none where neither does', () => {
    const version = VERSIONS['en'];
    if (version === undefined) throw new Error('no English version');
    expect(expectOk(parseDocument(SHAPES['plain pdftotext']?.(version, ['7402/24 COR 1 (de, nl)']) ?? '', 'cor.txt')).concernsLanguages).toEqual(['de', 'nl']);
    // `Concerns the French language version only.` (concerned-versions.ts; before, no brackets read as no language)
    expect(expectOk(parseDocument(SHAPES['plain pdftotext']?.(version, ['7402/24 COR 1']) ?? '', 'cor.txt')).concernsLanguages).toEqual(['fr']);
    const unsaid = { ...version, sentence: 'In paragraph 2, "2024" shall read "2025".' };
    const plain = expectOk(parseDocument(SHAPES['plain pdftotext']?.(unsaid, ['7402/24 COR 1']) ?? '', 'cor.txt'));
    expect('concernsLanguages' in plain).toBe(false);
  });
});
