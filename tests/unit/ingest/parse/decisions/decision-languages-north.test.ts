import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';

/** Who decided what, as triples, in order. */
/** The item's title, which the item itself returned to stands for. */
const ITEM = 'Any item';

function statements(text: string): Array<[string | null, string, string]> {
  return findDecisions(text, ITEM).decisions.map(({ by, verb, object }) => [by, verb, object]);
}

/**
 * Sentences as the Danish, Swedish, Finnish, Estonian, Latvian, Lithuanian, Maltese and Irish versions of an outcome
 * print them (written by hand: the committee, the delegations as subjects, the verb second after an opening word, a
 * verb whose particle ends its clause, a decision to come back to a matter in a month, the passive), each with who
 * decided what.
 */
const SENTENCES: Record<string, ReadonlyArray<readonly [string, [string | null, string, string]]>> = {
  da: [
    ['Komitéen noterede sig Europols rapport.', ['COSI', 'took-note', 'Europols rapport']],
    ['Komitéen tog orienteringen til efterretning.', ['COSI', 'took-note', 'orienteringen']],
    ['Derefter godkendte Komitéen udkastet til konklusioner.', ['COSI', 'approved', 'udkastet til konklusioner']],
    ['Komitéen besluttede at vende tilbage til spørgsmålet i september.', ['COSI', 'agreed', 'at vende tilbage til spørgsmålet i september']],
    ['Konklusionerne blev godkendt af Udvalget.', ['COSI', 'approved', 'konklusionerne']],
  ],
  sv: [
    ['Kommittén noterade Europols rapport.', ['COSI', 'took-note', 'Europols rapport']],
    ['Därefter godkände kommittén utkastet till slutsatser.', ['COSI', 'approved', 'utkastet till slutsatser']],
    ['Kommittén beslutade att återkomma till frågan i september.', ['COSI', 'agreed', 'att återkomma till frågan i september']],
    ['Delegationerna välkomnade ordförandeskapets initiativ.', ['Delegations', 'welcomed', 'ordförandeskapets initiativ']],
    ['Slutsatserna antogs.', [null, 'adopted', 'slutsatserna']],
  ],
  fi: [
    ['Komitea pani merkille Europolin raportin.', ['COSI', 'took-note', 'Europolin raportin']],
    ['Komitea päätti palata asiaan syyskuussa.', ['COSI', 'agreed', 'palata asiaan syyskuussa']],
    ['Valtuuskunnat suhtautuivat myönteisesti puheenjohtajavaltion aloitteeseen.', ['Delegations', 'welcomed', 'puheenjohtajavaltion aloitteeseen']],
    ['Päätelmät hyväksyttiin.', [null, 'approved', 'päätelmät']],
  ],
  et: [
    ['Komitee võttis Europoli aruande teadmiseks.', ['COSI', 'took-note', 'Europoli aruande']],
    ['Komitee otsustas küsimuse juurde septembris tagasi tulla.', ['COSI', 'agreed', 'küsimuse juurde septembris tagasi tulla']],
    ['Komitee kiitis järeldused heaks.', ['COSI', 'approved', 'järeldused']],
    ['Järeldused kiideti heaks.', [null, 'approved', 'järeldused']],
  ],
  lv: [
    ['Komiteja pieņēma zināšanai Eiropola ziņojumu.', ['COSI', 'took-note', 'Eiropola ziņojumu']],
    ['Komiteja nolēma atgriezties pie šā jautājuma septembrī.', ['COSI', 'agreed', 'atgriezties pie šā jautājuma septembrī']],
    ['Delegācijas atzinīgi novērtēja prezidentvalsts iniciatīvu.', ['Delegations', 'welcomed', 'prezidentvalsts iniciatīvu']],
    ['Secinājumi tika apstiprināti.', [null, 'approved', 'secinājumi']],
  ],
  lt: [
    ['Komitetas atsižvelgė į Europolo ataskaitą.', ['COSI', 'took-note', 'Europolo ataskaitą']],
    ['Komitetas nusprendė grįžti prie šio klausimo rugsėjo mėnesį.', ['COSI', 'agreed', 'grįžti prie šio klausimo rugsėjo mėnesį']],
    [
      'Delegacijos palankiai įvertino pirmininkaujančiosios valstybės narės iniciatyvą.',
      ['Delegations', 'welcomed', 'pirmininkaujančiosios valstybės narės iniciatyvą'],
    ],
    ['Išvados patvirtintos.', [null, 'approved', 'išvados']],
  ],
  mt: [
    ['Il-Kumitat ħa nota tar-rapport tal-Europol.', ['COSI', 'took-note', 'tar-rapport tal-Europol']],
    ["Il-Kumitat iddeċieda li jerġa' lura għall-kwistjoni f'Settembru.", ['COSI', 'agreed', "li jerġa' lura għall-kwistjoni f'Settembru"]],
    ['Il-konklużjonijiet ġew approvati mill-Kumitat.', ['COSI', 'approved', 'il-konklużjonijiet']],
    ['Id-delegazzjonijiet laqgħu l-inizjattiva tal-Presidenza.', ['Delegations', 'welcomed', 'l-inizjattiva tal-Presidenza']],
  ],
  ga: [
    ['Thug an Coiste dá aire tuarascáil Europol.', ['COSI', 'took-note', 'tuarascáil Europol']],
    ['Chinn an Coiste filleadh ar an gceist i mí Mheán Fómhair.', ['COSI', 'agreed', 'filleadh ar an gceist i mí Mheán Fómhair']],
    ["D'fhormheas an Coiste na conclúidí.", ['COSI', 'approved', 'na conclúidí']],
    ['Chuir na toscaireachtaí fáilte roimh thionscnamh na hUachtaránachta.', ['Delegations', 'welcomed', 'thionscnamh na hUachtaránachta']],
  ],
};

describe('decisions in Danish, Swedish, Finnish, Estonian, Latvian, Lithuanian, Maltese and Irish', () => {
  for (const [language, sentences] of Object.entries(SENTENCES)) {
    it(`reads who decided what in the ${language} version's sentences, the object as printed`, () => {
      for (const [sentence, statement] of sentences) expect(statements(sentence), sentence).toEqual([statement]);
    });
  }

  it('reads no decision where a participle only describes a noun (`Komisijos priimtas komunikatas`)', () => {
    expect(statements('Komisijos priimtas komunikatas buvo aptartas.')).toEqual([]);
  });
});

/**
 * A return the Presidency reports it will make, as each version prints it after a verb of saying and its `that`
 * (written by hand; the English `The Presidency said that it would revert to this item`): the object what the clause
 * names besides the verb of returning and the pronoun that opens it.
 */
const REPORTED_RETURNS: ReadonlyArray<readonly [string, string]> = [
  ['Formandskabet oplyste, at det ville vende tilbage til dette punkt.', ITEM],
  ['Ordförandeskapet meddelade att det skulle återkomma till denna punkt.', ITEM],
  ['Puheenjohtajavaltio totesi, että se palaa asiaan.', ITEM],
  ['Puheenjohtajavaltio ilmoitti palaavansa asiaan myöhemmin.', `${ITEM} myöhemmin`],
  ['Eesistujariik teatas, et naaseb selle punkti juurde.', ITEM],
  ['Eesistujariik teatas, et ta naaseb selle punkti juurde.', ITEM],
  ['Prezidentvalsts norādīja, ka tā atgriezīsies pie šā punkta.', ITEM],
  ['Pirmininkaujanti valstybė narė nurodė, kad grįš prie šio klausimo.', ITEM],
  ["Il-Presidenza indikat li se terġa' lura għal dan il-punt.", ITEM],
  ['Dúirt an Uachtaránacht go bhfillfeadh sí ar an mír seo.', ITEM],
  ['Thug an Uachtaránacht le fios go bhfillfeadh sí ar an mír seo ag an gcéad chruinniú eile.', `${ITEM} ag an gcéad chruinniú eile`],
];

describe('a return the Presidency reports it will make, in Danish, Swedish, Finnish, Estonian, Latvian, Lithuanian, Maltese and Irish', () => {
  it("reads `said that it would return to this item` as the Presidency's return, its object the item's title (what is returned to) and when after it", () => {
    for (const [sentence, object] of REPORTED_RETURNS) expect(statements(sentence), sentence).toEqual([['the Presidency', 'will-return', object]]);
  });

  it("reads no return where what was said is something else, and a decision reported after `that` as its own body's", () => {
    expect(statements('Dúirt an Uachtaránacht go raibh an tuarascáil tábhachtach.')).toEqual([]);
    expect(statements('Formandskabet oplyste, at rapporten snart ville foreligge.')).toEqual([]);
    expect(statements('Formandskabet oplyste, at Komitéen godkendte konklusionerne.')).toEqual([['COSI', 'approved', 'konklusionerne']]);
  });
});
