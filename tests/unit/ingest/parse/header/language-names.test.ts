import { describe, expect, it } from 'vitest';
import { namedLanguages } from '../../../../../scripts/ingest/parse/header/language-names.ts';

describe('namedLanguages', () => {
  it('reads the languages a line names, in each official language, in their case forms', () => {
    const cases: [string, string, string[]][] = [
      ['bg', 'Засяга само английската и френската езикова версия', ['en', 'fr']],
      ['cs', 'Týká se pouze německého a slovenského znění', ['de', 'sk']],
      ['cs', 'Týká se pouze slovinského znění', ['sl']],
      ['da', 'Vedrører kun den svenske og den slovenske sprogversion', ['sv', 'sl']],
      ['de', 'Betrifft nur die englische und die niederländische Sprachfassung', ['en', 'nl']],
      ['el', 'Αφορά μόνο τη γαλλική και τη γερμανική γλωσσική απόδοση', ['fr', 'de']],
      ['en', 'Concerns only the Maltese and Irish language versions', ['mt', 'ga']],
      ['es', 'Afecta únicamente a las versiones inglesa y portuguesa', ['en', 'pt']],
      ['et', 'Puudutab ainult ingliskeelset ja soomekeelset versiooni', ['en', 'fi']],
      ['fi', 'Koskee ainoastaan ranskankielistä ja ruotsinkielistä versiota', ['fr', 'sv']],
      ['fr', 'Concerne uniquement les versions anglaise et allemande', ['en', 'de']],
      ['ga', 'Baineann sé leis an leagan Béarla agus leis an leagan Fraincise amháin', ['en', 'fr']],
      ['hr', 'Odnosi se samo na englesku i slovačku jezičnu verziju', ['en', 'sk']],
      ['hu', 'Csak az angol és a lengyel nyelvi változatot érinti', ['en', 'pl']],
      ['it', 'Riguarda solo le versioni inglese e rumena', ['en', 'ro']],
      ['lt', 'Taikoma tik anglų ir latvių kalbų versijoms', ['en', 'lv']],
      ['lv', 'Attiecas tikai uz angļu un lietuviešu valodas versiju', ['en', 'lt']],
      ['mt', 'Jikkonċerna biss il-verżjonijiet Ingliża u Griega', ['en', 'el']],
      ['nl', 'Betreft alleen de Engelse en de Deense taalversie', ['en', 'da']],
      ['pl', 'Dotyczy wyłącznie angielskiej i czeskiej wersji językowej', ['en', 'cs']],
      ['pt', 'Diz respeito apenas às versões inglesa e búlgara', ['en', 'bg']],
      ['ro', 'Privește doar versiunile în limbile engleză și maghiară', ['en', 'hu']],
      ['sk', 'Týka sa len anglického a estónskeho znenia', ['en', 'et']],
      ['sl', 'Zadeva samo angleško in hrvaško različico', ['en', 'hr']],
      ['sv', 'Gäller endast den engelska och den italienska språkversionen', ['en', 'it']],
    ];
    for (const [language, line, expected] of cases) expect(namedLanguages(line, language), line).toEqual(expected);
  });

  it('reads Slovak and Slovene apart by the language of the line, and codes in capitals only in a line of mixed case', () => {
    expect(namedLanguages('Týká se pouze slovenského znění', 'cs')).toEqual(['sk']);
    expect(namedLanguages('Zadeva samo slovensko različico', 'sl')).toEqual(['sl']);
    expect(namedLanguages('Gäller endast den slovenska språkversionen', 'sv')).toEqual(['sl']);
    expect(namedLanguages('Concerns the EN and FR versions only', 'en')).toEqual(['en', 'fr']);
    expect(namedLanguages('CONCERNE UNIQUEMENT LA VERSION DE LANGUE ANGLAISE', 'fr')).toEqual(['en']);
  });

  it('names none in a line that names no language', () => {
    expect(namedLanguages('concerns all language versions', 'en')).toEqual([]);
    expect(namedLanguages('Betrifft alle Sprachfassungen', 'de')).toEqual([]);
  });
});
