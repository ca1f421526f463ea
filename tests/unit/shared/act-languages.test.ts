import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../src/shared/references.ts';

const EUR_LEX = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=';

/** Each act found: the English id it is linked by, its CELEX number and the text it was read from. */
function acts(text: string): [string, string, string][] {
  return findReferences(text).map((reference) => [
    reference.id,
    (reference.url ?? '').replace(`${EUR_LEX}CELEX:`, ''),
    text.slice(reference.start, reference.end),
  ]);
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
    expect(acts('la décision 2010/131/UE du Conseil')).toEqual([['Council Decision 2010/131/EU', '32010D0131', 'décision 2010/131/UE du Conseil']]);
    expect(acts('la décision-cadre 2002/475/JAI du Conseil')).toEqual([
      ['Council Framework Decision 2002/475/JHA', '32002F0475', 'décision-cadre 2002/475/JAI du Conseil'],
    ]);
    expect(acts('la Directiva (UE) 2017/541 relativa a la lucha contra el terrorismo')).toEqual([
      ['Directive (EU) 2017/541', '32017L0541', 'Directiva (UE) 2017/541'],
    ]);
    expect(ids('Decisão 2009/371/JAI do Conselho')).toEqual(['Council Decision 2009/371/JHA']);
    expect(ids('la decisione quadro 2008/977/GAI del Consiglio')).toEqual(['Council Framework Decision 2008/977/JHA']);
    expect(ids('règlement (CE) n° 1049/2001 du Parlement européen')).toEqual(['Regulation (EC) No 1049/2001']);
    expect(ids('décision (PESC) 2022/351 du Conseil')).toEqual(['Council Decision (CFSP) 2022/351']);
  });

  it('reads each act of a list after one kind word, as EUR-Lex titles the Europol regulation', () => {
    const text = 'remplaçant et abrogeant les décisions du Conseil 2009/371/JAI, 2009/934/JAI, 2009/935/JAI, 2009/936/JAI et 2009/968/JAI';
    expect(acts(text)).toEqual([
      ['Council Decision 2009/371/JHA', '32009D0371', 'décisions du Conseil 2009/371/JAI'],
      ['Council Decision 2009/934/JHA', '32009D0934', '2009/934/JAI'],
      ['Council Decision 2009/935/JHA', '32009D0935', '2009/935/JAI'],
      ['Council Decision 2009/936/JHA', '32009D0936', '2009/936/JAI'],
      ['Council Decision 2009/968/JHA', '32009D0968', '2009/968/JAI'],
    ]);
  });

  it("reads the form printed between the kind and the number (`règlement d'exécution`), and the author after the number, as English names them", () => {
    expect(acts("le règlement d'exécution (UE) 2019/1799 de la Commission")).toEqual([
      ['Commission Implementing Regulation (EU) 2019/1799', '32019R1799', "règlement d'exécution (UE) 2019/1799 de la Commission"],
    ]);
  });
});

describe('acts cited in the Germanic languages', () => {
  it('reads German, Dutch, Danish and Swedish kinds', () => {
    expect(ids('zur Änderung der Verordnung (EU) 2016/794')).toEqual(EUROPOL);
    expect(acts('Beschluss 2010/131/EU des Rates')).toEqual([['Council Decision 2010/131/EU', '32010D0131', 'Beschluss 2010/131/EU des Rates']]);
    expect(acts('Richtlinie (EU) 2017/541 des Europäischen Parlaments')).toEqual([['Directive (EU) 2017/541', '32017L0541', 'Richtlinie (EU) 2017/541']]);
    expect(ids('Rahmenbeschluss 2002/475/JI des Rates')).toEqual(['Council Framework Decision 2002/475/JHA']);
    expect(ids('Verordnung (EG) Nr. 1049/2001')).toEqual(['Regulation (EC) No 1049/2001']);
    expect(ids('tot wijziging van Verordening (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Kaderbesluit 2008/977/JBZ van de Raad')).toEqual(['Council Framework Decision 2008/977/JHA']);
    expect(ids('om ændring af forordning (EU) 2016/794')).toEqual(EUROPOL);
    expect(acts('Rådets afgørelse 2009/371/RIA')).toEqual([['Council Decision 2009/371/JHA', '32009D0371', 'Rådets afgørelse 2009/371/RIA']]);
    expect(ids('om ändring av förordning (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('direktiv (EU) 2016/680 och rådets beslut 2009/371/RIF')).toEqual(['Directive (EU) 2016/680', 'Council Decision 2009/371/JHA']);
  });
});

describe('acts cited in the Slavic languages', () => {
  it('reads Czech and Slovak, with the authors printed between kind and number', () => {
    expect(acts('kterým se mění nařízení (EU) 2016/794, pokud jde')).toEqual([['Regulation (EU) 2016/794', '32016R0794', 'nařízení (EU) 2016/794']]);
    expect(acts('Nařízení Evropského parlamentu a Rady (EU) 2016/794 ze dne 11. května 2016')).toEqual([
      ['Regulation (EU) 2016/794', '32016R0794', 'Nařízení Evropského parlamentu a Rady (EU) 2016/794'],
    ]);
    expect(ids('rozhodnutí Rady 2009/371/SVV')).toEqual(['Council Decision 2009/371/JHA']);
    expect(ids('nařízení (ES) č. 1049/2001')).toEqual(['Regulation (EC) No 1049/2001']);
    expect(ids('ktorým sa mení nariadenie (EÚ) 2016/794')).toEqual(EUROPOL);
    expect(ids('smernica (EÚ) 2017/541')).toEqual(['Directive (EU) 2017/541']);
  });

  it('reads Polish, Slovenian, Croatian and Bulgarian in their cases', () => {
    expect(ids('zmieniające rozporządzenie (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('rozporządzenia (WE) nr 1049/2001')).toEqual(['Regulation (EC) No 1049/2001']);
    expect(ids('decyzji ramowej Rady 2002/475/WSiSW')).toEqual(['Council Framework Decision 2002/475/JHA']);
    expect(ids('o spremembi Uredbe (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Sklep Sveta 2009/371/PNZ')).toEqual(['Council Decision 2009/371/JHA']);
    expect(ids('o izmjeni Uredbe (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Direktiva (EU) 2017/541 Europskog parlamenta')).toEqual(['Directive (EU) 2017/541']);
    expect(ids('за изменение на Регламент (ЕС) 2016/794')).toEqual(EUROPOL);
    expect(acts('Решение 2009/371/ПВР на Съвета')).toEqual([['Council Decision 2009/371/JHA', '32009D0371', 'Решение 2009/371/ПВР на Съвета']]);
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
    expect(acts('neuvoston päätöksen (EU) 2015/1601 mukaisten')).toEqual([
      ['Council Decision (EU) 2015/1601', '32015D1601', 'neuvoston päätöksen (EU) 2015/1601'],
    ]);
    expect(ids('sillä kumottiin neuvoston puitepäätös 2008/977/YOS')).toEqual(['Council Framework Decision 2008/977/JHA']);
    expect(ids('päätöksessä (EU, Euratom) 2015/443')).toEqual(['Decision (EU, Euratom) 2015/443']);
    expect(ids('määruse (EL) 2016/794 muutmise kohta')).toEqual(EUROPOL);
  });

  it('reads Hungarian, the number before the kind, with the authors between', () => {
    expect(acts('az (EU) 2016/794 rendeletnek az Europol')).toEqual([['Regulation (EU) 2016/794', '32016R0794', '(EU) 2016/794 rendeletnek']]);
    expect(ids('Az (EU) 2016/680 irányelv hatályon kívül helyezte')).toEqual(['Directive (EU) 2016/680']);
    expect(acts('a 2008/977/IB tanácsi kerethatározatot')).toEqual([
      ['Council Framework Decision 2008/977/JHA', '32008F0977', '2008/977/IB tanácsi kerethatározatot'],
    ]);
    expect(acts('A Tanács 2009/371/IB határozata')).toEqual([['Council Decision 2009/371/JHA', '32009D0371', 'Tanács 2009/371/IB határozata']]);
    // The nearest kind word names the act, not one further on.
    expect(ids('az (EU) 2016/794 rendelet és a tanácsi határozat')).toEqual(EUROPOL);
  });

  it('reads Greek, Maltese and Irish', () => {
    expect(ids('για την τροποποίηση του κανονισμού (ΕΕ) 2016/794')).toEqual(EUROPOL);
    expect(ids('ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2016/794')).toEqual(EUROPOL);
    expect(ids('απόφαση-πλαίσιο 2002/475/ΔΕΥ του Συμβουλίου')).toEqual(['Council Framework Decision 2002/475/JHA']);
    expect(ids('li jemenda r-Regolament (UE) 2016/794')).toEqual(EUROPOL);
    expect(ids('lena leasaítear Rialachán (AE) 2016/794')).toEqual(EUROPOL);
  });
});

describe('the author and form an act of another language prints, named as English names them (`Council Decision`, `Commission Implementing Regulation`)', () => {
  const IMPLEMENTING = 'Commission Implementing Regulation (EU) 2019/1799';

  it('reads the Commission and the implementing form wherever a language prints them: after the number, between, before the kind', () => {
    expect(acts('Durchführungsverordnung (EU) 2019/1799 der Kommission')).toEqual([
      [IMPLEMENTING, '32019R1799', 'Durchführungsverordnung (EU) 2019/1799 der Kommission'],
    ]);
    expect(ids('Reglamento de Ejecución (UE) 2019/1799 de la Comisión')).toEqual([IMPLEMENTING]);
    expect(ids('regolamento di esecuzione (UE) 2019/1799 della Commissione')).toEqual([IMPLEMENTING]);
    expect(ids('Uitvoeringsverordening (EU) 2019/1799 van de Commissie')).toEqual([IMPLEMENTING]);
    expect(ids('Regulamentul de punere în aplicare (UE) 2019/1799 al Comisiei')).toEqual([IMPLEMENTING]);
    expect(acts('prováděcí nařízení Komise (EU) 2019/1799')).toEqual([[IMPLEMENTING, '32019R1799', 'prováděcí nařízení Komise (EU) 2019/1799']]);
    expect(ids('rozporządzenie wykonawcze Komisji (UE) 2019/1799')).toEqual([IMPLEMENTING]);
    expect(acts('Kommissionens gennemførelsesforordning (EU) 2019/1799')).toEqual([
      [IMPLEMENTING, '32019R1799', 'Kommissionens gennemførelsesforordning (EU) 2019/1799'],
    ]);
    expect(ids('komission täytäntöönpanoasetus (EU) 2019/1799')).toEqual([IMPLEMENTING]);
    expect(ids('Komisijas Īstenošanas regula (ES) 2019/1799')).toEqual([IMPLEMENTING]);
    expect(acts('εκτελεστικός κανονισμός (ΕΕ) 2019/1799 της Επιτροπής')).toEqual([
      [IMPLEMENTING, '32019R1799', 'εκτελεστικός κανονισμός (ΕΕ) 2019/1799 της Επιτροπής'],
    ]);
    expect(ids('(EU) 2019/1799 bizottsági végrehajtási rendelet')).toEqual([IMPLEMENTING]);
    expect(ids('Rialachán Cur Chun Feidhme (AE) 2019/1799 ón gCoimisiún')).toEqual([IMPLEMENTING]);
    expect(ids('règlement délégué (UE) 2019/945 de la Commission')).toEqual(['Commission Delegated Regulation (EU) 2019/945']);
  });

  it('names no author for an act of the European Parliament and of the Council, as English does', () => {
    expect(ids('Europa-Parlamentets og Rådets forordning (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Europaparlamentets och rådets förordning (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('Euroopan parlamentin ja neuvoston asetus (EU) 2016/794')).toEqual(EUROPOL);
    expect(ids('az Európai Parlament és a Tanács (EU) 2016/794 rendelete')).toEqual(EUROPOL);
    expect(acts('règlement (UE) 2016/794 du Parlement européen et du Conseil')).toEqual([
      ['Regulation (EU) 2016/794', '32016R0794', 'règlement (UE) 2016/794'],
    ]);
    expect(ids('Verordnung (EU) 2016/794 des Europäischen Parlaments und des Rates')).toEqual(EUROPOL);
  });

  it('links one act under one id in English and in the other languages', () => {
    const english = ids('Council Decision 2009/371/JHA');
    for (const text of [
      'décision 2009/371/JAI du Conseil',
      'Beschluss 2009/371/JI des Rates',
      'Decisión 2009/371/JAI del Consejo',
      'Besluit 2009/371/JBZ van de Raad',
      'rozhodnutie Rady 2009/371/SVV',
      'Tarybos sprendimas 2009/371/TVR',
      'nõukogu otsus 2009/371/JSK',
      'Deċiżjoni tal-Kunsill 2009/371/ĠAI',
      'Odluka Vijeća 2009/371/PUP',
    ]) {
      expect(ids(text), text).toEqual(english);
    }
  });

  it('reads no author where the European Council adopted the act', () => {
    expect(ids('décision 2009/371/JAI du Conseil européen')).toEqual(['Decision 2009/371/JHA']);
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
