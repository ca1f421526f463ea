import { describe, expect, it } from 'vitest';
import { concernedVersions } from '../../../../../scripts/ingest/parse/header/concerned-versions.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { expectOk } from '../../../../support/projection.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 30 }));
const CORRECTION = 'In Article 7(2) of the Annex, the words "within 24 hours" shall be replaced by "within 48 hours".';

describe('concernedVersions', () => {
  it('reads the languages an English corrigendum names over its text, by their English names, bold or not', () => {
    expect(concernedVersions(lines('concerns the English language version only', CORRECTION), 'en')).toEqual(['en']);
    expect(concernedVersions(lines('**Concerns only the French and German language versions**', CORRECTION), 'en')).toEqual(['fr', 'de']);
    expect(concernedVersions(lines('', 'This corrigendum concerns the Slovenian version only.', CORRECTION), 'en')).toEqual(['sl']);
  });

  it('reads the version a corrigendum in another language names by its own name', () => {
    const cases: [string, string][] = [
      ['fr', 'concerne uniquement la version française'],
      ['fr', 'ne concerne que la version française'],
      ['de', 'betrifft nur die deutsche Sprachfassung'],
      ['it', 'riguarda solo la versione italiana'],
      ['es', 'afecta únicamente a la versión española'],
      ['nl', 'betreft alleen de Nederlandse taalversie'],
      ['pl', 'dotyczy wyłącznie polskiej wersji językowej'],
      ['sv', 'gäller endast den svenska språkversionen'],
    ];
    for (const [language, sentence] of cases) expect(concernedVersions(lines(sentence, CORRECTION), language), sentence).toEqual([language]);
  });

  it('reads the other versions a corrigendum in any of the 24 languages names, by their names in its language', () => {
    const cases: [string, string, string[]][] = [
      ['bg', 'Засяга само английската езикова версия.', ['en']],
      ['cs', 'Týká se pouze anglického znění.', ['en']],
      ['da', 'Vedrører kun den engelske sprogversion.', ['en']],
      ['de', 'Betrifft nur die französische Fassung.', ['fr']],
      ['el', 'Αφορά μόνο την αγγλική γλωσσική απόδοση.', ['en']],
      ['es', 'Afecta únicamente a la versión inglesa.', ['en']],
      ['et', 'Puudutab ainult ingliskeelset versiooni.', ['en']],
      ['fi', 'Koskee ainoastaan englanninkielistä versiota.', ['en']],
      ['fr', 'Concerne uniquement la version anglaise.', ['en']],
      ['fr', 'Ne concerne que les versions allemande et néerlandaise.', ['de', 'nl']],
      ['ga', 'Baineann sé leis an leagan Béarla amháin.', ['en']],
      ['hr', 'Odnosi se samo na englesku jezičnu verziju.', ['en']],
      ['hu', 'Csak az angol nyelvi változatot érinti.', ['en']],
      ['it', 'Riguarda solo la versione inglese.', ['en']],
      ['lt', 'Taikoma tik anglų kalbos versijai.', ['en']],
      ['lv', 'Attiecas tikai uz angļu valodas versiju.', ['en']],
      ['mt', 'Jikkonċerna biss il-verżjoni Ingliża.', ['en']],
      ['nl', 'Betreft alleen de Engelse taalversie.', ['en']],
      ['pl', 'Dotyczy wyłącznie angielskiej wersji językowej.', ['en']],
      ['pt', 'Diz respeito apenas à versão inglesa.', ['en']],
      ['ro', 'Privește doar versiunea în limba engleză.', ['en']],
      ['sk', 'Týka sa len anglického znenia.', ['en']],
      ['sl', 'Zadeva samo angleško različico.', ['en']],
      ['sv', 'Gäller endast den engelska språkversionen.', ['en']],
    ];
    for (const [language, sentence, expected] of cases) expect(concernedVersions(lines(sentence, CORRECTION), language), sentence).toEqual(expected);
  });

  it('names none for all versions, or for a sentence far into the text or too long to be that line', () => {
    expect(concernedVersions(lines('concerns all language versions', CORRECTION), 'en')).toEqual([]);
    expect(concernedVersions(lines('concerne toutes les versions linguistiques', CORRECTION), 'fr')).toEqual([]);
    expect(concernedVersions(lines('1. Introduction', 'Text.', 'More text.', 'concerns the English language version only'), 'en')).toEqual([]);
    expect(
      concernedVersions(lines(`${CORRECTION} Only the English version of the Annex is corrected by this document, which replaces the earlier text.`), 'en'),
    ).toEqual([]);
    expect(concernedVersions(lines('betrifft alle Sprachfassungen', CORRECTION), 'de')).toEqual([]);
  });
});

describe('parseDocument: the versions a corrigendum concerns, said over its text', () => {
  const document = (kindLine: string, number: string, first: string) =>
    [
      'Council of the European Union',
      '',
      'Brussels, 10 June 2025',
      '(OR. en)',
      '',
      number,
      '',
      'COSI 98',
      'JAI 788',
      '',
      kindLine,
      '',
      'From:\tGeneral Secretariat of the Council',
      'To:\tDelegations',
      'Subject:\tDraft Council conclusions on the security of the external borders',
      '',
      first,
      '',
      CORRECTION,
      '',
    ].join('\n');

  it('reads them into concernsLanguages for a corrigendum, by its kind line or its number', () => {
    expect(expectOk(parseDocument(document('CORRIGENDUM', '9876/25 COR 1', 'concerns the English language version only'), 'x.txt')).concernsLanguages).toEqual([
      'en',
    ]);
    expect(expectOk(parseDocument(document('NOTE', '9876/25 COR 2', 'Concerns only the Danish version.'), 'x.txt')).concernsLanguages).toEqual(['da']);
  });

  it('reads nothing of such a sentence in a document that is no corrigendum', () => {
    expect(expectOk(parseDocument(document('NOTE', '9876/25', 'concerns the English language version only'), 'x.txt')).concernsLanguages).toBeUndefined();
  });
});

describe('the versions line right under a wrapped subject, no blank line between (a copy out of a viewer)', () => {
  const copy = (subject: readonly string[], first: string) =>
    [
      'Council of the European Union',
      'Brussels, 10 June 2025',
      '(OR. en)',
      '9876/25',
      'COR 1',
      'COSI 98',
      'CORRIGENDUM TO NOTE',
      'From:\tGeneral Secretariat of the Council',
      'To:\tDelegations',
      `Subject:\t${subject[0] ?? ''}`,
      ...subject.slice(1),
      first,
      CORRECTION,
    ].join('\n');

  it.each([
    ['en', ['Draft Council conclusions on the security', 'of the external borders'], 'concerns the English language version only'],
    ['en', ['Draft Council conclusions on the security', 'of the external borders'], 'concerns all language versions'],
    ['fr', ['Projet de conclusions du Conseil sur la sécurité', 'des frontières extérieures'], 'concerne uniquement la version française'],
    ['de', ['Entwurf von Schlussfolgerungen des Rates zur Sicherheit', 'der Außengrenzen'], 'betrifft nur die deutsche Sprachfassung'],
  ])('is no part of the %s subject: %j / %s', (_language, subject, first) => {
    const record = expectOk(parseDocument(copy(subject, first), 'x.txt'));
    expect(record.subject).toBe(subject.join(' '));
  });
});
