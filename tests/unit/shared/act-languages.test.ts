import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../src/shared/references.ts';

const EUR_LEX = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=';

/** Each act found: the English id it is linked by, its CELEX number and the text it was read from. */
function acts(text: string): [string, string, string][] {
  return findReferences(text).map((reference) => [reference.id, reference.url.replace(`${EUR_LEX}CELEX:`, ''), text.slice(reference.start, reference.end)]);
}

/** The English id each act of a text is linked by. */
function ids(text: string): string[] {
  return findReferences(text).map((reference) => reference.id);
}

const EUROPOL = ['Regulation (EU) 2016/794'];

describe('acts cited in the Romance languages', () => {
  it('reads the kind and number of the French, Spanish, Italian, Portuguese and Romanian Official Journal', () => {
    expect(ids('modifiant le règlement (UE) 2016/794 en ce qui concerne la coopération')).toEqual(EUROPOL);
    expect(ids('RÈGLEMENT (UE) 2016/794 DU PARLEMENT EUROPÉEN ET DU CONSEIL')).toEqual(EUROPOL);
    expect(ids('por el que se modifica el Reglamento (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('che modifica il regolamento (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('que altera o Regulamento (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('de modificare a Regulamentului (UE) 2016/794 în ceea ce')).toEqual(EUROPOL);
  });

  it('reads decisions with their series tag, framework decisions and directives, and gives the English id', () => {
    expect(acts('la décision 2010/131/UE du Conseil')).toEqual([['Decision 2010/131/EU', '32010D0131', 'décision 2010/131/UE']]);
    expect(acts('la décision-cadre 2002/475/JAI du Conseil')).toEqual([['Framework Decision 2002/475/JHA', '32002F0475', 'décision-cadre 2002/475/JAI']]);
    expect(acts('la Directiva (UE) 2017/541 relativa a la lucha contra el terrorismo')).toEqual([
      ['Directive (EU) 2017/541', '32017L0541', 'Directiva (UE) 2017/541'],
    ]);
    expect(ids('Decisão 2009/371/JAI do Conselho')).toEqual(['Decision 2009/371/JHA']);
    expect(ids('la decisione quadro 2008/977/GAI del Consiglio')).toEqual(['Framework Decision 2008/977/JHA']);
    expect(ids('règlement (CE) n° 1049/2001 du Parlement européen')).toEqual(['Regulation (EC) No 1049/2001']);
    expect(ids('décision (PESC) 2022/351 du Conseil')).toEqual(['Decision (CFSP) 2022/351']);
  });

  it('reads each act of a list after one kind word, as EUR-Lex titles the Europol regulation', () => {
    const text = 'remplaçant et abrogeant les décisions du Conseil 2009/371/JAI, 2009/934/JAI, 2009/935/JAI, 2009/936/JAI et 2009/968/JAI';
    expect(acts(text)).toEqual([
      ['Decision 2009/371/JHA', '32009D0371', 'décisions du Conseil 2009/371/JAI'],
      ['Decision 2009/934/JHA', '32009D0934', '2009/934/JAI'],
      ['Decision 2009/935/JHA', '32009D0935', '2009/935/JAI'],
      ['Decision 2009/936/JHA', '32009D0936', '2009/936/JAI'],
      ['Decision 2009/968/JHA', '32009D0968', '2009/968/JAI'],
    ]);
  });

  it("reads the form printed between the kind and the number (`règlement d'exécution`)", () => {
    expect(ids("le règlement d'exécution (UE) 2019/1799 de la Commission")).toEqual(['Regulation (EU) 2019/1799']);
  });
});

describe('acts cited in the Germanic languages', () => {
  it('reads German, Dutch, Danish and Swedish kinds', () => {
    expect(ids('zur Änderung der Verordnung (EU) 2016/794')).toEqual(EUROPOL);
    expect(acts('Beschluss 2010/131/EU des Rates')).toEqual([['Decision 2010/131/EU', '32010D0131', 'Beschluss 2010/131/EU']]);
    expect(acts('Richtlinie (EU) 2017/541 des Europäischen Parlaments')).toEqual([['Directive (EU) 2017/541', '32017L0541', 'Richtlinie (EU) 2017/541']]);
    expect(ids('Rahmenbeschluss 2002/475/JI des Rates')).toEqual(['Framework Decision 2002/475/JHA']);
    expect(ids('Verordnung (EG) Nr. 1049/2001')).toEqual(['Regulation (EC) No 1049/2001']);
    expect(ids('tot wijziging van Verordening (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Kaderbesluit 2008/977/JBZ van de Raad')).toEqual(['Framework Decision 2008/977/JHA']);
    expect(ids('om ændring af forordning (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Rådets afgørelse 2009/371/RIA')).toEqual(['Decision 2009/371/JHA']);
    expect(ids('om ändring av förordning (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('direktiv (EU) 2016/680 och rådets beslut 2009/371/RIF')).toEqual(['Directive (EU) 2016/680', 'Decision 2009/371/JHA']);
  });
});

describe('acts cited in the Slavic languages', () => {
  it('reads Czech and Slovak, with the authors printed between kind and number', () => {
    expect(acts('kterým se mění nařízení (EU) 2016/794, pokud jde')).toEqual([['Regulation (EU) 2016/794', '32016R0794', 'nařízení (EU) 2016/794']]);
    expect(acts('Nařízení Evropského parlamentu a Rady (EU) 2016/794 ze dne 11. května 2016')).toEqual([
      ['Regulation (EU) 2016/794', '32016R0794', 'Nařízení Evropského parlamentu a Rady (EU) 2016/794'],
    ]);
    expect(ids('rozhodnutí Rady 2009/371/SVV')).toEqual(['Decision 2009/371/JHA']);
    expect(ids('nařízení (ES) č. 1049/2001')).toEqual(['Regulation (EC) No 1049/2001']);
    expect(ids('ktorým sa mení nariadenie (EÚ) 2016/794')).toEqual(EUROPOL);
    expect(ids('smernica (EÚ) 2017/541')).toEqual(['Directive (EU) 2017/541']);
  });

  it('reads Polish, Slovenian, Croatian and Bulgarian in their cases', () => {
    expect(ids('zmieniające rozporządzenie (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('rozporządzenia (WE) nr 1049/2001')).toEqual(['Regulation (EC) No 1049/2001']);
    expect(ids('decyzji ramowej Rady 2002/475/WSiSW')).toEqual(['Framework Decision 2002/475/JHA']);
    expect(ids('o spremembi Uredbe (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Sklep Sveta 2009/371/PNZ')).toEqual(['Decision 2009/371/JHA']);
    expect(ids('o izmjeni Uredbe (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Direktiva (EU) 2017/541 Europskog parlamenta')).toEqual(['Directive (EU) 2017/541']);
    expect(ids('за изменение на Регламент (ЕС) 2016/794')).toEqual(EUROPOL);
    expect(ids('Решение 2009/371/ПВР на Съвета')).toEqual(['Decision 2009/371/JHA']);
  });
});

describe('acts cited in the Baltic, Finno-Ugric, Greek, Maltese and Irish versions', () => {
  it('reads Latvian and Lithuanian, whose (ES) is the Union', () => {
    expect(ids('ar ko groza Regulu (ES) 2016/794')).toEqual(EUROPOL);
    expect(ids('kuriuo iš dalies keičiamas Reglamentas (ES) 2016/794')).toEqual(EUROPOL);
    expect(ids('Direktyva (ES) 2017/541')).toEqual(['Directive (EU) 2017/541']);
  });

  it('reads Finnish and Estonian in their cases', () => {
    expect(ids('asetuksen (EU) 2016/794 muuttamisesta')).toEqual(EUROPOL);
    expect(ids('Euroopan parlamentin ja neuvoston asetus (EU) 2016/794')).toEqual(EUROPOL);
    expect(acts('neuvoston päätöksen (EU) 2015/1601 mukaisten')).toEqual([['Decision (EU) 2015/1601', '32015D1601', 'päätöksen (EU) 2015/1601']]);
    expect(ids('sillä kumottiin neuvoston puitepäätös 2008/977/YOS')).toEqual(['Framework Decision 2008/977/JHA']);
    expect(ids('päätöksessä (EU, Euratom) 2015/443')).toEqual(['Decision (EU, Euratom) 2015/443']);
    expect(ids('määruse (EL) 2016/794 muutmise kohta')).toEqual(EUROPOL);
  });

  it('reads Hungarian, the number before the kind, with the authors between', () => {
    expect(acts('az (EU) 2016/794 rendeletnek az Europol')).toEqual([['Regulation (EU) 2016/794', '32016R0794', '(EU) 2016/794 rendeletnek']]);
    expect(ids('Az (EU) 2016/680 irányelv hatályon kívül helyezte')).toEqual(['Directive (EU) 2016/680']);
    expect(acts('a 2008/977/IB tanácsi kerethatározatot')).toEqual([['Framework Decision 2008/977/JHA', '32008F0977', '2008/977/IB tanácsi kerethatározatot']]);
    expect(ids('A Tanács 2009/371/IB határozata')).toEqual(['Decision 2009/371/JHA']);
    // The nearest kind word names the act, not one further on.
    expect(ids('az (EU) 2016/794 rendelet és a tanácsi határozat')).toEqual(EUROPOL);
  });

  it('reads Greek, Maltese and Irish', () => {
    expect(ids('για την τροποποίηση του κανονισμού (ΕΕ) 2016/794')).toEqual(EUROPOL);
    expect(ids('ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2016/794')).toEqual(EUROPOL);
    expect(ids('απόφαση-πλαίσιο 2002/475/ΔΕΥ του Συμβουλίου')).toEqual(['Framework Decision 2002/475/JHA']);
    expect(ids('li jemenda r-Regolament (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('lena leasaítear Rialachán (AE) 2016/794')).toEqual(EUROPOL);
  });
});

describe('what stays unread in other languages, as in English', () => {
  it('takes no act without its bracketed or series tag, nor a kind word far from the number', () => {
    expect(ids('le règlement 2016/794, la directive 2017/541')).toEqual([]);
    expect(ids('nařízení o ochraně osobních údajů, které Komise navrhla v roce 2016 (EU) 2016/794')).toEqual([]);
    expect(ids('Návrh NAŘÍZENÍ EVROPSKÉHO PARLAMENTU A RADY, kterým se mění')).toEqual([]);
  });

  it('names an act by the kind word nearest before it, never across another kind word', () => {
    expect(acts('la directive et la décision (UE) 2016/680')).toEqual([['Decision (EU) 2016/680', '32016D0680', 'décision (UE) 2016/680']]);
    expect(acts('the directive and Regulation (EU) 2016/794')).toEqual([['Regulation (EU) 2016/794', '32016R0794', 'Regulation (EU) 2016/794']]);
  });

  it('leaves the English readings as they were', () => {
    expect(ids('Council Decision 2010/131/EU and Regulation (EC) No 1049/2001')).toEqual(['Council Decision 2010/131/EU', 'Regulation (EC) No 1049/2001']);
  });
});
