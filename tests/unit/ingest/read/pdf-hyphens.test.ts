import { describe, expect, it } from 'vitest';
import type { Line } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { documentWords, joinLineBreak } from '../../../../scripts/ingest/read/pdf-hyphens.ts';

function line(text: string): Line {
  return { page: 0, y: 700, x: 70, xEnd: 520, size: 12, segments: [{ text, gap: '', x: 70, xEnd: 520, bold: false, sup: false }] };
}

/** The text a break gives: the line end cut as the join says, then what it inserts, then the next line (its first letter as the join spells it). */
function joined(before: string, after: string, words: ReadonlySet<string>): string {
  const join = joinLineBreak(before, after, words);
  return `${before.slice(0, before.length - join.cut)}${join.insert}${join.first ?? after.slice(0, 1)}${after.slice(1)}`;
}

describe('documentWords', () => {
  it('lists the words of the document in lower case without their punctuation', () => {
    expect([...documentWords([line('The Public-Private (partnership), EMPACT.')])]).toEqual(['the', 'public-private', 'partnership', 'empact']);
  });

  it('leaves out the piece a line ends on before a hyphen, whether the hyphen touches it or not', () => {
    expect([...documentWords([line('the state of play of negoti -'), line('ations on the inter-')])]).toEqual(['the', 'state', 'of', 'play', 'ations', 'on']);
  });
});

describe('joinLineBreak', () => {
  const none = new Set<string>();

  it('puts a space between the words of an ordinary line break', () => {
    expect(joined('the Committee', 'endorsed', none)).toBe('the Committee endorsed');
  });

  it('mends a word the word processor hyphenated, with no other evidence', () => {
    expect(joined('strengthening inter-', 'national cooperation', none)).toBe('strengthening international cooperation');
  });

  it('keeps the hyphen a Dutch or French version writes in a compound, and joins a word cut in German or Danish, its second part a word', () => {
    const dutch = documentWords([
      line('Het Comité bespreekt de werking van het netwerk voor de politie, dat ook niet wordt gewijzigd, naar het verslag bij de Raad.'),
    ]);
    expect(joined('de samenwerking tussen de politie-', 'eenheden van de lidstaten', dutch)).toBe(
      'de samenwerking tussen de politie-eenheden van de lidstaten',
    );
    expect(joined('de samen-', 'werking tussen', dutch)).toBe('de samenwerking tussen');
    const french = documentWords([
      line('Le Comité a examiné les travaux pour la réunion, dans une note sur les frontières aux pays avec le sud. Il a été informé.'),
    ]);
    expect(joined('avec les pays des régions sud-', 'orientales et le', french)).toBe('avec les pays des régions sud-orientales et le');
    const german = documentWords([line('Der Ausschuss für die Arbeit der Gruppe wird sich mit einer Aussprache und nicht zur Lage befassen.')]);
    expect(joined('die operative Zusammen-', 'arbeit im Bereich', german)).toBe('die operative Zusammenarbeit im Bereich');
  });

  it('keeps the hyphen of two adjectives side by side, once where the next line repeats it, and none of a closed compound (German, Czech)', () => {
    const german = documentWords([line('Der Ausschuss für die Arbeit der Gruppe wird sich mit einer Aussprache und nicht zur Lage befassen.')]);
    expect(joined('der Tagung zur deutsch-', 'französischen Zusammenarbeit', german)).toBe('der Tagung zur deutsch-französischen Zusammenarbeit');
    expect(joined('mit den deutsch-', 'sprachigen Behörden', german)).toBe('mit den deutschsprachigen Behörden');
    const czech = documentWords([line('Výbor se zabýval prací, které jsou také podle plánu pro tuto skupinu jako podklad mezi jednáními této skupiny.')]);
    expect(joined('setkání česko-', 'německého o spolupráci', czech)).toBe('setkání česko-německého o spolupráci');
    expect(joined('setkání česko-', '-německého o spolupráci', none)).toBe('setkání česko-německého o spolupráci');
  });

  it('makes whole a Finnish, Estonian or Hungarian word cut before a word of the document, and keeps Finnish’s hyphen where a vowel meets itself', () => {
    const finnish = documentWords([line('Kokouksessa, jossa käsiteltiin myös muita asioita, jotka ovat tärkeitä, sekä Europol, joka on kanssa.')]);
    expect(joined('joka käsitteli sisä-', 'asioita ja rajavalvontaa', finnish)).toBe('joka käsitteli sisäasioita ja rajavalvontaa');
    expect(joined('esitteli katsauksen maa-', 'alueen turvallisuudesta', finnish)).toBe('esitteli katsauksen maa-alueen turvallisuudesta');
    const estonian = documentWords([
      line('Kohtumisel, kus käsitleti ka muude asjade seisu, osales Europol, mis esitas ülevaate ning selle kohta, kui ei ole oma.'),
    ]);
    expect(joined('kus arutati ka sise-', 'asjade ja piirivalve', estonian)).toBe('kus arutati ka siseasjade ja piirivalve');
    const hungarian = documentWords([
      line('Az ülésen, amely más ügyekkel is foglalkozott, a tagállamok egy elemzést, amely nem végleges, valamint hogy kell.'),
    ]);
    expect(joined('határellenőrzéssel és a bel-', 'ügyekkel foglalkozó', hungarian)).toBe('határellenőrzéssel és a belügyekkel foglalkozó');
    expect(joined('a tagállamok az Europol-', 'lal és', hungarian)).toBe('a tagállamok az Europollal és');
    expect(joined('és a COSI-', 'val együttműködve', hungarian)).toBe('és a COSI-val együttműködve');
  });

  it('puts back the diaeresis Dutch hyphenation drops where it cuts a word at it, and keeps a Dutch compound’s hyphen', () => {
    const dutch = documentWords([line('Het verslag wordt naar de Raad gestuurd en blijft niet bij de werkgroep; het is ook voor de coördinatie.')]);
    expect(joined('haar werkzaamheden wil be-', 'eindigen. De', dutch)).toBe('haar werkzaamheden wil beëindigen. De');
    expect(joined('voortgezet, met financi-', 'ele steun', dutch)).toBe('voortgezet, met financiële steun');
    expect(joined('voor een betere co-', 'ordinatie van', dutch)).toBe('voor een betere coördinatie van');
    expect(joined('tussen de politie-', 'eenheden van', dutch)).toBe('tussen de politie-eenheden van');
  });

  it('keeps Maltese’s article’s hyphen in a Maltese document, not an English syllable’s', () => {
    const maltese = new Set(['il-kumitat', 'tar-rapport', 'tal-presidenza', 'l-passi']);
    expect(joined('miksub fir-', 'rigward tal-implimentazzjoni', maltese)).toBe('miksub fir-rigward tal-implimentazzjoni');
    expect(joined('it-tisħiħ tal-', 'kooperazzjoni operattiva', maltese)).toBe('it-tisħiħ tal-kooperazzjoni operattiva');
    expect(joined('the is-', 'sue of', new Set(['the', 'in-depth', 'report']))).toBe('the issue of');
  });

  it('keeps the hyphen after a lone letter, which no hyphenation leaves: Maltese `l-`, `d-` before their word', () => {
    expect(joined('Il-ġlieda kontra l-', 'kriminalità organizzata', none)).toBe('Il-ġlieda kontra l-kriminalità organizzata');
    expect(joined('iċ-ċittadini u d-', 'drittijiet', none)).toBe('iċ-ċittadini u d-drittijiet');
  });

  it('keeps the hyphen of a compound the document writes with its hyphen elsewhere, in any case', () => {
    expect(joined('through public-', 'private partnerships', new Set(['public-private']))).toBe('through public-private partnerships');
    expect(joined('on counter-', 'terrorism', new Set(['counter-terrorism', 'counterterrorism']))).toBe('on counter-terrorism');
  });

  it('mends a word the document writes whole elsewhere, even when it could be a known compound', () => {
    expect(joined('operational co-', 'operation', new Set(['cooperation']))).toBe('operational cooperation');
    expect(joined('the EM-', 'PACT cycle', new Set(['empact']))).toBe('the EMPACT cycle');
  });

  it('keeps the hyphen of a known compound the document does not write otherwise', () => {
    expect(joined('enhanced cross-', 'border cooperation', none)).toBe('enhanced cross-border cooperation');
    expect(joined('a whole-of-', 'society approach', none)).toBe('a whole-of-society approach');
  });

  it('keeps a hyphen before a capital or a digit, and a slash, joining without a space', () => {
    expect(joined('the EU-', 'CLASI meeting', none)).toBe('the EU-CLASI meeting');
    expect(joined('the cycle 2022-', '2025', none)).toBe('the cycle 2022-2025');
    expect(joined('package (AML/', 'CFT)', none)).toBe('package (AML/CFT)');
  });

  it('mends a word whose hyphen the PDF set apart when its piece is no word of the document, and keeps a spaced dash otherwise', () => {
    expect(joined('the state of play of negoti -', 'ations on', new Set(['state', 'of']))).toBe('the state of play of negotiations on');
    expect(joined('serious crime -', 'including fraud', new Set(['crime', 'including']))).toBe('serious crime - including fraud');
    expect(joined('the European Union -', 'Ukraine', new Set(['union']))).toBe('the European Union - Ukraine');
    // a subject's dash at its first line's end, the word before it no other word of the document: a capital goes on
    expect(joined("the security of the Union's ports -", 'Positions of delegations', new Set(['the', 'security']))).toBe(
      "the security of the Union's ports - Positions of delegations",
    );
  });

  it('runs a web address on where it was broken, its own hyphens kept unless the document writes the word whole', () => {
    expect(joined('see https://www.europol.europa.eu/', 'publications', none)).toBe('see https://www.europol.europa.eu/publications');
    expect(joined('https://www.eulisa.europa.eu/JHAAN%20Final%20report', '%202023.pdf', none)).toBe(
      'https://www.eulisa.europa.eu/JHAAN%20Final%20report%202023.pdf',
    );
    expect(joined('https://www.europol.europa.eu/other-side-of-coin-analysis-of-financial-and-', 'economic-crime', none)).toBe(
      'https://www.europol.europa.eu/other-side-of-coin-analysis-of-financial-and-economic-crime',
    );
    expect(joined('https://www.europol.europa.eu/decoding-eus-most-threatening-criminal-net-', 'works', new Set(['networks']))).toBe(
      'https://www.europol.europa.eu/decoding-eus-most-threatening-criminal-networks',
    );
    expect(joined('see https://www.europol.europa.eu', 'for details', none)).toBe('see https://www.europol.europa.eu for details');
  });

  it('mends a word broken at the soft hyphen Word prints at a line end, even where the document writes the compound with a hyphen', () => {
    expect(joined('the interopera\u00AD', 'bility of systems', new Set())).toBe('the interoperability of systems');
    expect(joined('the counter\u00AD', 'terrorism coordinator', new Set(['counter-terrorism']))).toBe('the counterterrorism coordinator');
  });

  it('leaves out of the document’s words the piece a line ends on before a soft hyphen', () => {
    expect([...documentWords([line('the interopera\u00AD')])]).toEqual(['the']);
  });
});
