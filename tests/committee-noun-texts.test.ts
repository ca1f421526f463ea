import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { outcomeHead, outcomeText, type OutcomeVersion } from './support/outcome-versions.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * An outcome of COSI (16240/25) in Slovak, Czech, Polish, Slovenian and Croatian whose sentences name the committee by
 * its noun before its acronym, as these versions print it where no article stands before a subject (`Výbor COSI vzal na
 * vedomie …`, `Komitet COSI przyjął do wiadomości …`, `Odbor COSI se je seznanil …`), under titles ending in a capital
 * (`… v prístavoch EÚ`, `… w portach UE`) or in a word in small letters: the Council's name over its place and date, the
 * number, LIMITE and codes, the kind, the three labels with their values, three numbered items and the two-line footer
 * (the version's words as tests/fixtures/outcome-languages prints them). As plain `pdftotext` and `-layout` print it,
 * each page run into one line, and a viewer's copy. Each item's title must end before the committee's noun, which
 * opens its text, and what the committee did read off each sentence. Written by hand.
 */
const head = (institution: string, placeDate: string, kind: string): string[] =>
  outcomeHead({ number: '16240/25', codes: ['COSI 256', 'JAI 1772'] }, [institution], placeDate, kind);

const VERSIONS: Record<string, OutcomeVersion> = {
  sk: {
    head: head('Rada Európskej únie', 'Brusel 3. decembra 2025', 'VÝSLEDOK ROKOVANIA'),
    labels: ['Od', 'Komu', 'Predmet'],
    values: [
      'Generálny sekretariát Rady',
      'Delegácie',
      'Výsledok zasadnutia Stáleho výboru pre operatívnu spoluprácu v oblasti vnútornej bezpečnosti (COSI) 26. novembra 2025',
    ],
    items: [
      {
        title: 'Schválenie programu',
        text: 'Program bol schválený v znení dokumentu CM 5390/25.',
        decisions: [[null, 'adopted', 'program v znení dokumentu CM 5390/25']],
      },
      {
        title: 'Boj proti obchodovaniu s drogami v prístavoch EÚ',
        text: 'Výbor COSI vzal na vedomie informácie predsedníctva.',
        decisions: [['COSI', 'took-note', 'informácie predsedníctva']],
      },
      {
        title: 'Priority EÚ v boji proti závažnej a organizovanej trestnej činnosti',
        text: 'Výbor COSI schválil závery uvedené v dokumente 15944/25.',
        decisions: [['COSI', 'approved', 'závery uvedené v dokumente 15944/25']],
      },
    ],
  },
  cs: {
    head: head('Rada Evropské unie', 'Brusel 3. prosince 2025', 'VÝSLEDEK JEDNÁNÍ'),
    labels: ['Odesílatel', 'Příjemce', 'Předmět'],
    values: [
      'Generální sekretariát Rady',
      'Delegace',
      'Výsledek zasedání Stálého výboru pro operativní spolupráci v oblasti vnitřní bezpečnosti (COSI) dne 26. listopadu 2025',
    ],
    items: [
      {
        title: 'Schválení pořadu jednání',
        text: 'Pořad jednání byl schválen ve znění dokumentu CM 5390/25.',
        decisions: [[null, 'adopted', 'pořad jednání ve znění dokumentu CM 5390/25']],
      },
      {
        title: 'Boj proti obchodu s drogami v přístavech EU',
        text: 'Výbor COSI vzal na vědomí informace předsednictví.',
        decisions: [['COSI', 'took-note', 'informace předsednictví']],
      },
      {
        title: 'Priority EU v boji proti závažné a organizované trestné činnosti',
        text: 'Výbor COSI schválil závěry uvedené v dokumentu 15944/25.',
        decisions: [['COSI', 'approved', 'závěry uvedené v dokumentu 15944/25']],
      },
    ],
  },
  pl: {
    head: head('Rada Unii Europejskiej', 'Bruksela, 3 grudnia 2025 r.', 'WYNIK PRAC'),
    labels: ['Od', 'Do', 'Dotyczy'],
    values: [
      'Sekretariat Generalny Rady',
      'Delegacje',
      'Wynik posiedzenia Stałego Komitetu ds. Współpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego (COSI) w dniu 26 listopada 2025 r.',
    ],
    items: [
      {
        title: 'Przyjęcie porządku obrad',
        text: 'Porządek obrad został przyjęty w brzmieniu dokumentu CM 5390/25.',
        decisions: [[null, 'adopted', 'porządek obrad w brzmieniu dokumentu CM 5390/25']],
      },
      {
        title: 'Zwalczanie handlu narkotykami w portach UE',
        text: 'Komitet COSI przyjął do wiadomości informacje prezydencji.',
        decisions: [['COSI', 'took-note', 'informacje prezydencji']],
      },
      {
        title: 'Priorytety UE w walce z poważną i zorganizowaną przestępczością',
        text: 'Komitet COSI zatwierdził konkluzje zawarte w dokumencie 15944/25.',
        decisions: [['COSI', 'approved', 'konkluzje zawarte w dokumencie 15944/25']],
      },
    ],
  },
  sl: {
    head: head('Svet Evropske unije', 'Bruselj, 3. december 2025', 'IZID POSVETOVANJ'),
    labels: ['Pošiljatelj', 'Prejemnik', 'Zadeva'],
    values: [
      'generalni sekretariat Sveta',
      'delegacije',
      'Izid seje Stalnega odbora za operativno sodelovanje na področju notranje varnosti (COSI) 26. novembra 2025',
    ],
    items: [
      {
        title: 'Sprejetje dnevnega reda',
        text: 'Dnevni red je bil sprejet, kot je določen v dokumentu CM 5390/25.',
        decisions: [[null, 'adopted', 'dnevni red, kot je določen v dokumentu CM 5390/25']],
      },
      {
        title: 'Boj proti trgovini z drogami v pristaniščih EU',
        text: 'Odbor COSI se je seznanil z informacijami predsedstva.',
        decisions: [['COSI', 'took-note', 'informacijami predsedstva']],
      },
      {
        title: 'Prednostne naloge EU v boju proti hudim oblikam organiziranega kriminala',
        text: 'Odbor COSI je odobril sklepe iz dokumenta 15944/25.',
        decisions: [['COSI', 'approved', 'sklepe iz dokumenta 15944/25']],
      },
    ],
  },
  hr: {
    head: head('Vijeće Europske unije', 'Bruxelles, 3. prosinca 2025.', 'ISHOD POSTUPAKA'),
    labels: ['Od', 'Za', 'Predmet'],
    values: [
      'Glavno tajništvo Vijeća',
      'Delegacije',
      'Ishod sastanka Stalnog odbora za operativnu suradnju u području unutarnje sigurnosti (COSI) održanog 26. studenoga 2025.',
    ],
    items: [
      {
        title: 'Donošenje dnevnog reda',
        text: 'Dnevni red donesen je kako je naveden u dokumentu CM 5390/25.',
        decisions: [[null, 'adopted', 'dnevni red kako je naveden u dokumentu CM 5390/25']],
      },
      {
        title: 'Borba protiv trgovine drogom u lukama EU-a',
        text: 'Odbor COSI je primio na znanje informacije predsjedništva.',
        decisions: [['COSI', 'took-note', 'informacije predsjedništva']],
      },
      {
        title: 'Prioriteti EU-a u borbi protiv teškog i organiziranog kriminala',
        text: 'Odbor COSI je odobrio zaključke iz dokumenta 15944/25.',
        decisions: [['COSI', 'approved', 'zaključke iz dokumenta 15944/25']],
      },
    ],
  },
};

/** The two-line footer of each page, as the register prints it. */
const FOOTER = '16240/25\t\tTR/kl\t1\nJAI.1\tLIMITE\t';

describe.each(Object.entries(VERSIONS))('an outcome in %s whose sentences name the committee by its noun before its acronym', (language, version) => {
  it.each(TEXT_SHAPES)('ends each item’s title before the committee’s noun, which opens its text (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(outcomeText(FOOTER, language, version, layout), flat), `content/sources/committee-noun-${language}.txt`));
    expect([record.number, record.kind, record.language]).toEqual(['16240/25', 'outcome-of-proceedings', language]);
    expect(record.items.map((item) => [item.number, item.title, item.decisions.map(({ by, verb, object }) => [by, verb, object])])).toEqual(
      version.items.map(({ title, decisions }, index) => [String(index + 1), title, decisions]),
    );
    for (const [index, item] of record.items.entries()) {
      const first = item.text[0]?.inline[0];
      expect(first?.type === 'text' ? first.value : null).toBe(version.items[index]?.text);
    }
  });
});
