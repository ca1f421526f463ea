import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose decisions set what was decided first, as the versions
 * whose word order is free write them to stress it: item 2 the committee's note of the Presidency's information, then
 * its approval of the Presidency's report with the verb and the committee after it (`Poročilo predsedstva (14470/1/25 REV
 * 1) je odobril Odbor.`, or the committee between the Slovenian auxiliary and its participle, `… je Odbor odobril.`, `Den Bericht des Vorsitzes (14470/1/25 REV 1) billigte der Ausschuss.`); item 3 the approval of
 * the conclusions with the committee before its verb at the clause's end (`Závěry uvedené v dokumentu 13802/25 výbor
 * schválil.`, `Zaključke iz dokumenta 13802/25 Odbor je odobrio.`), or after it (`Die Schlussfolgerungen in Dokument
 * 13802/25 billigte der Ausschuss.`). Written by hand in 13 versions, and the Finnish and Polish passives that open with
 * their object after a title on a page run into one line (`Puheenjohtajavaltion tiedotus Asiakirjassa 13802/25 oleva
 * kertomus hyväksyttiin.`). Each decision is read with what was decided as printed (its first letter in lower case, as
 * the passives write their subjects), never the item's title.
 */
interface Case {
  language: string;
  /** Item 2's sentence after the committee's note, and who approved what in it. */
  report: string;
  reportRead: [string | null, string];
  /** Item 3's one sentence, and who approved what in it. */
  conclusions: string;
  conclusionsRead: [string | null, string];
}

const CASES: Case[] = [
  {
    language: 'sl',
    report: 'Poročilo predsedstva (14470/1/25 REV 1) je odobril Odbor.',
    reportRead: ['COSI', 'poročilo predsedstva (14470/1/25 REV 1)'],
    conclusions: 'Sklepe iz dokumenta 13802/25 je odobril Odbor.',
    conclusionsRead: ['COSI', 'sklepe iz dokumenta 13802/25'],
  },
  {
    language: 'sl',
    report: 'Poročilo predsedstva (14470/1/25 REV 1) je Odbor odobril.',
    reportRead: ['COSI', 'poročilo predsedstva (14470/1/25 REV 1)'],
    conclusions: 'Sklepe iz dokumenta 13802/25 je Odbor odobril.',
    conclusionsRead: ['COSI', 'sklepe iz dokumenta 13802/25'],
  },
  {
    language: 'hr',
    report: 'Izvješće predsjedništva (14470/1/25 REV 1) odobrio je Odbor.',
    reportRead: ['COSI', 'izvješće predsjedništva (14470/1/25 REV 1)'],
    conclusions: 'Zaključke iz dokumenta 13802/25 Odbor je odobrio.',
    conclusionsRead: ['COSI', 'zaključke iz dokumenta 13802/25'],
  },
  {
    language: 'cs',
    report: 'Zprávu předsednictví (14470/1/25 REV 1) schválil výbor.',
    reportRead: ['COSI', 'zprávu předsednictví (14470/1/25 REV 1)'],
    conclusions: 'Závěry uvedené v dokumentu 13802/25 výbor schválil.',
    conclusionsRead: ['COSI', 'závěry uvedené v dokumentu 13802/25'],
  },
  {
    language: 'sk',
    report: 'Správu predsedníctva (14470/1/25 REV 1) schválil výbor.',
    reportRead: ['COSI', 'správu predsedníctva (14470/1/25 REV 1)'],
    conclusions: 'Závery uvedené v dokumente 13802/25 výbor schválil.',
    conclusionsRead: ['COSI', 'závery uvedené v dokumente 13802/25'],
  },
  {
    language: 'fi',
    report: 'Puheenjohtajavaltion kertomuksen (14470/1/25 REV 1) hyväksyi komitea.',
    reportRead: ['COSI', 'puheenjohtajavaltion kertomuksen (14470/1/25 REV 1)'],
    conclusions: 'Asiakirjassa 13802/25 esitetyt päätelmät komitea hyväksyi.',
    conclusionsRead: ['COSI', 'asiakirjassa 13802/25 esitetyt päätelmät'],
  },
  {
    language: 'fi',
    report: 'Asiakirjassa 14470/1/25 REV 1 oleva kertomus hyväksyttiin.',
    reportRead: [null, 'asiakirjassa 14470/1/25 REV 1 oleva kertomus'],
    conclusions: 'Asiakirjassa 13802/25 esitetyt päätelmät hyväksyttiin.',
    conclusionsRead: [null, 'asiakirjassa 13802/25 esitetyt päätelmät'],
  },
  {
    language: 'de',
    report: 'Den Bericht des Vorsitzes (14470/1/25 REV 1) billigte der Ausschuss.',
    reportRead: ['COSI', 'den Bericht des Vorsitzes (14470/1/25 REV 1)'],
    conclusions: 'Die Schlussfolgerungen in Dokument 13802/25 billigte der Ausschuss.',
    conclusionsRead: ['COSI', 'die Schlussfolgerungen in Dokument 13802/25'],
  },
  {
    language: 'nl',
    report: 'Het verslag van het voorzitterschap (14470/1/25 REV 1) keurde het comité goed.',
    reportRead: ['COSI', 'het verslag van het voorzitterschap (14470/1/25 REV 1)'],
    conclusions: 'De conclusies in document 13802/25 keurde het comité goed.',
    conclusionsRead: ['COSI', 'de conclusies in document 13802/25'],
  },
  {
    language: 'pl',
    report: 'Sprawozdanie prezydencji (14470/1/25 REV 1) zatwierdził Komitet.',
    reportRead: ['COSI', 'sprawozdanie prezydencji (14470/1/25 REV 1)'],
    conclusions: 'Konkluzje zawarte w dokumencie 13802/25 Komitet zatwierdził.',
    conclusionsRead: ['COSI', 'konkluzje zawarte w dokumencie 13802/25'],
  },
  {
    language: 'pl',
    report: 'Sprawozdanie zawarte w dokumencie 14470/1/25 REV 1 zostało zatwierdzone.',
    reportRead: [null, 'sprawozdanie zawarte w dokumencie 14470/1/25 REV 1'],
    conclusions: 'Konkluzje zawarte w dokumencie 13802/25 zostały zatwierdzone przez Komitet.',
    conclusionsRead: ['COSI', 'konkluzje zawarte w dokumencie 13802/25'],
  },
  {
    language: 'hu',
    report: 'Az elnökség jelentését (14470/1/25 REV 1) jóváhagyta a bizottság.',
    reportRead: ['COSI', 'az elnökség jelentését (14470/1/25 REV 1)'],
    conclusions: 'A 13802/25 dokumentumban foglalt következtetéseket a bizottság jóváhagyta.',
    conclusionsRead: ['COSI', 'a 13802/25 dokumentumban foglalt következtetéseket'],
  },
  {
    language: 'el',
    report: 'Την έκθεση της Προεδρίας (14470/1/25 REV 1) ενέκρινε η Μόνιμη Επιτροπή.',
    reportRead: ['COSI', 'την έκθεση της Προεδρίας (14470/1/25 REV 1)'],
    conclusions: 'Τα συμπεράσματα του εγγράφου 13802/25 ενέκρινε η Μόνιμη Επιτροπή.',
    conclusionsRead: ['COSI', 'τα συμπεράσματα του εγγράφου 13802/25'],
  },
  {
    language: 'et',
    report: 'Eesistujariigi aruande (14470/1/25 REV 1) kiitis heaks komitee.',
    reportRead: ['COSI', 'eesistujariigi aruande (14470/1/25 REV 1)'],
    conclusions: 'Dokumendis 13802/25 esitatud järeldused kiitis komitee heaks.',
    conclusionsRead: ['COSI', 'dokumendis 13802/25 esitatud järeldused'],
  },
  {
    language: 'lv',
    report: 'Prezidentvalsts ziņojumu (14470/1/25 REV 1) apstiprināja komiteja.',
    reportRead: ['COSI', 'prezidentvalsts ziņojumu (14470/1/25 REV 1)'],
    conclusions: 'Dokumentā 13802/25 izklāstītos secinājumus komiteja apstiprināja.',
    conclusionsRead: ['COSI', 'dokumentā 13802/25 izklāstītos secinājumus'],
  },
  {
    language: 'lt',
    report: 'Pirmininkaujančiosios valstybės narės ataskaitą (14470/1/25 REV 1) patvirtino komitetas.',
    reportRead: ['COSI', 'pirmininkaujančiosios valstybės narės ataskaitą (14470/1/25 REV 1)'],
    conclusions: 'Dokumente 13802/25 pateiktas išvadas komitetas patvirtino.',
    conclusionsRead: ['COSI', 'dokumente 13802/25 pateiktas išvadas'],
  },
];

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe.each(CASES)(
  'the outcome 14470/25 in $language whose decisions set their object first: $report',
  ({ language, report, reportRead, conclusions, conclusionsRead }) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const sentences = [outcome.sentences[0] ?? '', `${outcome.sentences[1] ?? ''} ${report}`, conclusions];
    it.each(SHAPES)('reads each approval with what was approved, the titles whole (%s)', (shape) => {
      const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [], sentences }), `content/sources/object-first-${language}.txt`));
      expect(record.items.map((item) => item.title)).toEqual(outcome.items);
      const [, noted, approved] = record.items;
      expect(noted?.decisions.map(({ by, verb }) => [by, verb])).toEqual([
        ['COSI', 'took-note'],
        [reportRead[0], 'approved'],
      ]);
      expect(noted?.decisions[1]?.object).toBe(reportRead[1]);
      expect(noted?.decisions[1]?.references).toEqual(['14470/1/25 REV 1']);
      expect(approved?.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])).toEqual([
        [conclusionsRead[0], 'approved', conclusionsRead[1], ['13802/25']],
      ]);
    });
  },
);

describe('the Slovenian outcome whose item 2 approves the Presidency’s report set first, the committee between the auxiliary and the participle', () => {
  const outcome = outcomes.sl;
  if (outcome === undefined) throw new Error('no outcome in sl');
  it.each(SHAPES)('reads the report as what was approved, and an adverbial set first as none (%s)', (shape) => {
    const sentences = [outcome.sentences[0] ?? '', `${outcome.sentences[1] ?? ''} Poročilo predsedstva je Odbor odobril.`, 'Na koncu je Odbor odobril.'];
    const record = expectOk(parseDocument(outcomePage(outcome, 'sl', shape, { foot: [], sentences }), 'content/sources/object-first-clitic-sl.txt'));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [, noted, approved] = record.items;
    expect(noted?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([
      ['COSI', 'took-note', 'informacijami predsedstva (14470/1/25 REV 1)'],
      ['COSI', 'approved', 'poročilo predsedstva'],
    ]);
    // the adverbial (`Na koncu`, at the end) is no object: the committee approved what the item is about, its title
    expect(approved?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([['COSI', 'approved', outcome.items[2]]]);
  });
});

/**
 * The same Slovenian outcome whose item 2 sets the object of the reflexive `se je seznanil z …` first, its preposition
 * with it, the committee between the clitics and the participle (`Z informacijami predsedstva se je Odbor seznanil.`),
 * and whose item 3 sets the object between the committee and the participle (`Nato je Odbor sklepe iz dokumenta
 * 13802/25 odobril.`) and, after the auxiliary, between it and the participle (`Odbor je poročilo predsedstva
 * odobril.`). Written by hand. What was noted is the information without its preposition, as the same verb after its
 * object reads it (`Odbor se je seznanil z informacijami predsedstva …`); what was approved, the words before the
 * participle; an adverbial set first with `z` (`Z zadovoljstvom je Odbor odobril.`) is none.
 */
describe('the Slovenian outcome whose objects stand before the reflexive clitics, and between the committee and the participle', () => {
  const outcome = outcomes.sl;
  if (outcome === undefined) throw new Error('no outcome in sl');
  it.each(SHAPES)('reads what was noted and approved, and an adverbial set first with `z` as none (%s)', (shape) => {
    const sentences = [
      outcome.sentences[0] ?? '',
      'Z informacijami predsedstva se je Odbor seznanil.',
      'Nato je Odbor sklepe iz dokumenta 13802/25 odobril. Odbor je poročilo predsedstva odobril. Z zadovoljstvom je Odbor odobril.',
    ];
    const record = expectOk(parseDocument(outcomePage(outcome, 'sl', shape, { foot: [], sentences }), 'content/sources/object-inside-sl.txt'));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [, noted, approved] = record.items;
    expect(noted?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([['COSI', 'took-note', 'informacijami predsedstva']]);
    expect(approved?.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])).toEqual([
      ['COSI', 'approved', 'sklepe iz dokumenta 13802/25', ['13802/25']],
      ['COSI', 'approved', 'poročilo predsedstva', []],
      ['COSI', 'approved', outcome.items[2], []],
    ]);
  });
});

/**
 * The Estonian outcome whose items 2 and 3 decide in the impersonal passive with the committee as its agent between the
 * verb and its particle (`Eesistujariigi teave võeti komitee poolt teadmiseks.`, `Dokumendis 13802/25 esitatud järeldused
 * kiideti komitee poolt heaks.`), beside the agent after the particle (`… kiideti heaks komitee poolt`, read before).
 * Written by hand. What was decided stands before the verb; the committee decided it; the particle is no part of the
 * object.
 */
describe('the Estonian outcome whose impersonal passives set the committee between the verb and its particle', () => {
  const outcome = outcomes.et;
  if (outcome === undefined) throw new Error('no outcome in et');
  it.each(SHAPES)('reads what the committee noted and approved (%s)', (shape) => {
    const sentences = [
      outcome.sentences[0] ?? '',
      'Eesistujariigi teave (14470/1/25 REV 1) võeti komitee poolt teadmiseks.',
      'Dokumendis 13802/25 esitatud järeldused kiideti komitee poolt heaks. Eesistujariigi aruanne kiideti heaks komitee poolt.',
    ];
    const record = expectOk(parseDocument(outcomePage(outcome, 'et', shape, { foot: [], sentences }), 'content/sources/impersonal-agent-et.txt'));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [, noted, approved] = record.items;
    expect(noted?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([['COSI', 'took-note', 'eesistujariigi teave (14470/1/25 REV 1)']]);
    expect(approved?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([
      ['COSI', 'approved', 'dokumendis 13802/25 esitatud järeldused'],
      ['COSI', 'approved', 'eesistujariigi aruanne'],
    ]);
  });
});

/**
 * The Estonian outcome whose items 2 and 3 postpone and agree in the impersonal passive (`lükati … edasi`, `lepiti …
 * kokku`), the committee as its agent between the verb and its particle, before the verb with what was decided after
 * it (`Komitee poolt lepiti kokku …`), or not named. Written by hand. What was decided stands before the verb, or after
 * it where the agent stands first; the committee decided it where it is named; the particle is no part of the object.
 */
describe('the Estonian outcome whose impersonal passives postpone and agree', () => {
  const outcome = outcomes.et;
  if (outcome === undefined) throw new Error('no outcome in et');
  it.each(SHAPES)('reads what was postponed and agreed, and who did (%s)', (shape) => {
    const sentences = [
      outcome.sentences[0] ?? '',
      'Eesistujariigi ettepaneku arutelu lükati komitee poolt edasi. Punkti arutelu lükati edasi.',
      'Dokumendis 13802/25 esitatud järeldustes lepiti komitee poolt kokku. Komitee poolt lepiti kokku eesistujariigi aruandes.',
    ];
    const record = expectOk(parseDocument(outcomePage(outcome, 'et', shape, { foot: [], sentences }), 'content/sources/impersonal-particles-et.txt'));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [, postponed, agreed] = record.items;
    expect(postponed?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([
      ['COSI', 'postponed', 'eesistujariigi ettepaneku arutelu'],
      [null, 'postponed', 'punkti arutelu'],
    ]);
    expect(agreed?.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])).toEqual([
      ['COSI', 'agreed', 'dokumendis 13802/25 esitatud järeldustes', ['13802/25']],
      ['COSI', 'agreed', 'eesistujariigi aruandes', []],
    ]);
  });
});

/**
 * The Irish outcome whose item 3 adopts with `Ghlac … le` (`Ghlac an Coiste leis an tuarascáil …`) and its autonomous
 * form (`Glacadh leis na conclúidí.`), as item 1 adopts the agenda (`Glacadh leis an gclár oibre …`). Written by hand.
 * What was adopted is what follows the preposition the verb takes, without it.
 */
describe('the Irish outcome whose adoptions take their object after `le`', () => {
  const outcome = outcomes.ga;
  if (outcome === undefined) throw new Error('no outcome in ga');
  it.each(SHAPES)('reads what was adopted without the preposition (%s)', (shape) => {
    const sentences = [
      outcome.sentences[0] ?? '',
      outcome.sentences[1] ?? '',
      'Ghlac an Coiste leis an tuarascáil atá leagtha amach in 13802/25. Glacadh leis na conclúidí.',
    ];
    const record = expectOk(parseDocument(outcomePage(outcome, 'ga', shape, { foot: [], sentences }), 'content/sources/accepted-ga.txt'));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [agenda, , adopted] = record.items;
    expect(agenda?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([
      [null, 'adopted', 'an gclár oibre mar atá leagtha amach in CM 5123/25'],
    ]);
    expect(adopted?.decisions.map(({ by, verb, object, references }) => [by, verb, object, references])).toEqual([
      ['COSI', 'adopted', 'an tuarascáil atá leagtha amach in 13802/25', ['13802/25']],
      [null, 'adopted', 'na conclúidí', []],
    ]);
  });
});
