import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose item 2 records, after the committee's note, that the
 * delegations as a whole supported the approach put to them, as the register's outcomes write it (`Delegations generally
 * supported the idea of a regular EU internal security threat analysis …`, 15912/25 item 3): `Delegations generally
 * supported the approach set out in 13802/25.`, `Les délégations ont, dans l'ensemble, soutenu …`, `Die Delegationen
 * unterstützten weitgehend …`, `Thacaigh na toscaireachtaí go ginearálta le …`. Written by hand in the 24 versions. The
 * delegations' support is their position, not a decision of the committee: item 2 keeps the committee's one decision
 * and gains the position, named by the subject as printed; item 3 keeps the committee's approval and has no position.
 * Then the English item 3 as 15912/25 item 5 writes it, a pronoun for the delegations after their agreement (`They
 * broadly supported …`): their agreement stays a decision, their support a position of the delegations.
 */
const SUPPORT: Record<string, [subject: string, sentence: string]> = {
  en: ['Delegations', 'Delegations generally supported the approach set out in 13802/25.'],
  fr: ['Les délégations', "Les délégations ont, dans l'ensemble, soutenu l'approche exposée dans le document 13802/25."],
  de: ['Die Delegationen', 'Die Delegationen unterstützten weitgehend den in Dokument 13802/25 dargelegten Ansatz.'],
  es: ['Las delegaciones', 'Las delegaciones apoyaron en general el enfoque expuesto en el documento 13802/25.'],
  it: ['Le delegazioni', "Le delegazioni hanno sostenuto in linea di massima l'approccio illustrato nel documento 13802/25."],
  nl: ['De delegaties', 'De delegaties steunden in grote lijnen de in document 13802/25 uiteengezette aanpak.'],
  pt: ['As delegações', 'As delegações apoiaram de um modo geral a abordagem apresentada no documento 13802/25.'],
  pl: ['Delegacje', 'Delegacje zasadniczo poparły podejście przedstawione w dokumencie 13802/25.'],
  sv: ['Delegationerna', 'Delegationerna stödde i stort sett den strategi som anges i dokument 13802/25.'],
  da: ['Delegationerne', 'Delegationerne støttede generelt den tilgang, der er beskrevet i dokument 13802/25.'],
  fi: ['Valtuuskunnat', 'Valtuuskunnat tukivat yleisesti asiakirjassa 13802/25 esitettyä lähestymistapaa.'],
  cs: ['Delegace', 'Delegace obecně podpořily přístup uvedený v dokumentu 13802/25.'],
  sk: ['Delegácie', 'Delegácie vo všeobecnosti podporili prístup uvedený v dokumente 13802/25.'],
  sl: ['Delegacije', 'Delegacije so na splošno podprle pristop iz dokumenta 13802/25.'],
  hr: ['Izaslanstva', 'Izaslanstva su općenito podržala pristup iz dokumenta 13802/25.'],
  ro: ['Delegațiile', 'Delegațiile au sprijinit în general abordarea prezentată în documentul 13802/25.'],
  bg: ['Делегациите', 'Делегациите като цяло подкрепиха подхода, изложен в документ 13802/25.'],
  el: ['Οι αντιπροσωπίες', 'Οι αντιπροσωπίες υποστήριξαν γενικά την προσέγγιση που παρουσιάζεται στο έγγραφο 13802/25.'],
  hu: ['A delegációk', 'A delegációk általánosságban támogatták a 13802/25 dokumentumban ismertetett megközelítést.'],
  et: ['Delegatsioonid', 'Delegatsioonid toetasid üldiselt dokumendis 13802/25 esitatud lähenemisviisi.'],
  lv: ['Delegācijas', 'Delegācijas kopumā atbalstīja dokumentā 13802/25 izklāstīto pieeju.'],
  lt: ['Delegacijos', 'Delegacijos iš esmės pritarė dokumente 13802/25 išdėstytam požiūriui.'],
  mt: ['Id-delegazzjonijiet', "Id-delegazzjonijiet b'mod ġenerali appoġġaw l-approċċ stabbilit fid-dokument 13802/25."],
  ga: ['na toscaireachtaí', 'Thacaigh na toscaireachtaí go ginearálta leis an gcur chuige atá leagtha amach in 13802/25.'],
};

describe.each(Object.entries(SUPPORT))('the outcome 14470/25 in %s whose item 2 records the delegations’ support', (language, [subject, support]) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', `${outcome.sentences[1] ?? ''} ${support}`, outcome.sentences[2] ?? ''];
  it.each(OUTCOME_COPIES)('reads the support as the delegations’ position, not as a decision (%s)', (shape) => {
    const record = expectOk(parseDocument(outcomeCopy(outcome, language, shape, { foot: [], sentences }), `content/sources/support-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [, noted, approved] = record.items;
    expect(noted?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[[subject], support, ['13802/25']]]);
    expect(noted?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['COSI', 'took-note']]);
    expect(approved?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['COSI', 'approved']]);
    expect(approved?.positions).toBeUndefined();
  });
});

describe('the English outcome whose item 3 records the delegations’ agreement, then their support with a pronoun', () => {
  const outcome = outcomes.en;
  if (outcome === undefined) throw new Error('no outcome in en');
  const agreed = "Delegations agreed on the region's strategic importance.";
  const they = 'They broadly supported the concept set out in 13802/25, while some open questions require clarification.';
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', `${agreed} ${they}`];
  it.each(OUTCOME_COPIES)('keeps their agreement as a decision and reads their support as their position (%s)', (shape) => {
    const record = expectOk(parseDocument(outcomeCopy(outcome, 'en', shape, { foot: [], sentences }), 'content/sources/support-they-en.txt'));
    const item = record.items[2];
    expect(item?.title).toBe('Fight against organised crime');
    expect(item?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([['Delegations', 'agreed', "on the region's strategic importance"]]);
    expect(item?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[['Delegations'], they, ['13802/25']]]);
  });
});

/**
 * Item 3 of the same outcome where the delegations welcome the report and, with a second verb joined to the first,
 * support the way forward (`Delegations welcomed the report set out in 13802/25 and supported the proposed way
 * forward.`, `Les délégations ont salué le rapport … et soutenu la marche à suivre proposée.`, `Die Delegationen begrüßten
 * den … Bericht und unterstützten das vorgeschlagene weitere Vorgehen.`), written by hand in the 24 versions (Irish,
 * whose verb comes first and whose second verb takes a pronoun for its subject, `Chuir na toscaireachtaí fáilte roimh …
 * agus thacaigh siad le …`, read since 7 December 2026).
 * Their welcome stays their decision, what it welcomed ending before the second verb; their support is their position,
 * named by the subject as printed.
 */
const COORDINATED: Record<string, [subject: string, sentence: string, welcomed: string]> = {
  en: ['Delegations', 'Delegations welcomed the report set out in 13802/25 and supported the proposed way forward.', 'the report set out in 13802/25'],
  fr: [
    'Les délégations',
    'Les délégations ont salué le rapport figurant dans le document 13802/25 et soutenu la marche à suivre proposée.',
    'le rapport figurant dans le document 13802/25',
  ],
  de: [
    'Die Delegationen',
    'Die Delegationen begrüßten den in Dokument 13802/25 enthaltenen Bericht und unterstützten das vorgeschlagene weitere Vorgehen.',
    'den in Dokument 13802/25 enthaltenen Bericht',
  ],
  es: [
    'Las delegaciones',
    'Las delegaciones acogieron con satisfacción el informe que figura en el documento 13802/25 y apoyaron el camino propuesto.',
    'el informe que figura en el documento 13802/25',
  ],
  it: [
    'Le delegazioni',
    'Le delegazioni hanno accolto con favore la relazione contenuta nel documento 13802/25 e sostenuto la via da seguire proposta.',
    'la relazione contenuta nel documento 13802/25',
  ],
  nl: ['De delegaties', 'De delegaties verwelkomden het verslag in document 13802/25 en steunden de voorgestelde aanpak.', 'het verslag in document 13802/25'],
  pt: [
    'As delegações',
    'As delegações congratularam-se com o relatório constante do documento 13802/25 e apoiaram o caminho proposto.',
    'o relatório constante do documento 13802/25',
  ],
  pl: [
    'Delegacje',
    'Delegacje z zadowoleniem przyjęły sprawozdanie zawarte w dokumencie 13802/25 i poparły proponowany dalszy kierunek działań.',
    'sprawozdanie zawarte w dokumencie 13802/25',
  ],
  sv: ['Delegationerna', 'Delegationerna välkomnade rapporten i dokument 13802/25 och stödde den föreslagna vägen framåt.', 'rapporten i dokument 13802/25'],
  da: ['Delegationerne', 'Delegationerne glædede sig over rapporten i dokument 13802/25 og støttede den foreslåede vej frem.', 'rapporten i dokument 13802/25'],
  fi: [
    'Valtuuskunnat',
    'Valtuuskunnat suhtautuivat myönteisesti asiakirjassa 13802/25 esitettyyn kertomukseen ja tukivat ehdotettua jatkoa.',
    'asiakirjassa 13802/25 esitettyyn kertomukseen',
  ],
  cs: ['Delegace', 'Delegace uvítaly zprávu uvedenou v dokumentu 13802/25 a podpořily navrhovaný další postup.', 'zprávu uvedenou v dokumentu 13802/25'],
  sk: ['Delegácie', 'Delegácie privítali správu uvedenú v dokumente 13802/25 a podporili navrhovaný ďalší postup.', 'správu uvedenú v dokumente 13802/25'],
  sl: ['Delegacije', 'Delegacije so pozdravile poročilo iz dokumenta 13802/25 in podprle predlagani nadaljnji postopek.', 'poročilo iz dokumenta 13802/25'],
  hr: ['Izaslanstva', 'Izaslanstva su pozdravila izvješće iz dokumenta 13802/25 i podržala predloženi daljnji postupak.', 'izvješće iz dokumenta 13802/25'],
  ro: [
    'Delegațiile',
    'Delegațiile au salutat raportul prezentat în documentul 13802/25 și au sprijinit calea propusă.',
    'raportul prezentat în documentul 13802/25',
  ],
  bg: ['Делегациите', 'Делегациите приветстваха доклада в документ 13802/25 и подкрепиха предложения подход.', 'доклада в документ 13802/25'],
  el: [
    'Οι αντιπροσωπίες',
    'Οι αντιπροσωπίες χαιρέτισαν την έκθεση του εγγράφου 13802/25 και υποστήριξαν την προτεινόμενη πορεία.',
    'την έκθεση του εγγράφου 13802/25',
  ],
  hu: [
    'A delegációk',
    'A delegációk üdvözölték a 13802/25 dokumentumban szereplő jelentést és támogatták a javasolt további lépéseket.',
    'a 13802/25 dokumentumban szereplő jelentést',
  ],
  et: [
    'Delegatsioonid',
    'Delegatsioonid tervitasid dokumendis 13802/25 esitatud aruannet ja toetasid kavandatud edasist tegevust.',
    'dokumendis 13802/25 esitatud aruannet',
  ],
  lv: [
    'Delegācijas',
    'Delegācijas atzinīgi novērtēja dokumentā 13802/25 izklāstīto ziņojumu un atbalstīja ierosināto turpmāko rīcību.',
    'dokumentā 13802/25 izklāstīto ziņojumu',
  ],
  lt: [
    'Delegacijos',
    'Delegacijos palankiai įvertino dokumente 13802/25 pateiktą ataskaitą ir palaikė siūlomus tolesnius veiksmus.',
    'dokumente 13802/25 pateiktą ataskaitą',
  ],
  mt: [
    'Id-delegazzjonijiet',
    "Id-delegazzjonijiet laqgħu r-rapport stabbilit fid-dokument 13802/25 u appoġġaw il-mod propost 'il quddiem.",
    'r-rapport stabbilit fid-dokument 13802/25',
  ],
  ga: [
    'na toscaireachtaí',
    'Chuir na toscaireachtaí fáilte roimh an tuarascáil atá leagtha amach in 13802/25 agus thacaigh siad leis an gcur chuige atá beartaithe.',
    'an tuarascáil atá leagtha amach in 13802/25',
  ],
};

describe.each(Object.entries(COORDINATED))(
  'the outcome 14470/25 in %s whose item 3 records that the delegations welcomed the report and supported the way forward',
  (language, [subject, sentence, welcomed]) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', sentence];
    it.each(OUTCOME_COPIES)('reads the welcome as their decision and the support as their position (%s)', (shape) => {
      const record = expectOk(
        parseDocument(outcomeCopy(outcome, language, shape, { foot: [], sentences }), `content/sources/support-coordinated-${language}.txt`),
      );
      expect(record.items.map((item) => item.title)).toEqual(outcome.items);
      const item = record.items[2];
      expect(item?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([['Delegations', 'welcomed', welcomed]]);
      expect(item?.positions?.map(({ by, sentence: printed, references }) => [by, printed, references])).toEqual([[[subject], sentence, ['13802/25']]]);
    });
  },
);

/**
 * The Lithuanian outcome whose delegations support with `pritarė` and no adverb between subject and verb, the verb a
 * committee's approval takes too (`Komitetas pritarė …`): alone in item 2 (`Delegacijos pritarė dokumente 13802/25
 * išdėstytam požiūriui.`), and joined after their welcome in item 3 (`Delegacijos palankiai įvertino … ataskaitą ir
 * pritarė siūlomiems tolesniems veiksmams.`). Written by hand. The delegations' support is their position, never an
 * approval of theirs: item 2 keeps the committee's note alone, item 3 the delegations' welcome.
 */
describe('the Lithuanian outcome whose delegations support with `pritarė` directly after their subject', () => {
  const outcome = outcomes.lt;
  if (outcome === undefined) throw new Error('no outcome in lt');
  const alone = 'Delegacijos pritarė dokumente 13802/25 išdėstytam požiūriui.';
  const joined = 'Delegacijos palankiai įvertino dokumente 13802/25 pateiktą ataskaitą ir pritarė siūlomiems tolesniems veiksmams.';
  const sentences = [outcome.sentences[0] ?? '', `${outcome.sentences[1] ?? ''} ${alone}`, joined];
  it.each(OUTCOME_COPIES)('reads their support as their position, not as their approval (%s)', (shape) => {
    const record = expectOk(parseDocument(outcomeCopy(outcome, 'lt', shape, { foot: [], sentences }), 'content/sources/support-pritare-lt.txt'));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const [, noted, welcomed] = record.items;
    expect(noted?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['COSI', 'took-note']]);
    expect(noted?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[['Delegacijos'], alone, ['13802/25']]]);
    expect(welcomed?.decisions.map(({ by, verb, object }) => [by, verb, object])).toEqual([
      ['Delegations', 'welcomed', 'dokumente 13802/25 pateiktą ataskaitą'],
    ]);
    expect(welcomed?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[['Delegacijos'], joined, ['13802/25']]]);
  });
});

/**
 * The delegations' support and, joined after it with a verb of its own, their approval: `Delegations supported the
 * approach set out in 13802/25 and approved the report.` (item 3, after the committee's approval), beside its
 * neighbours, the support alone and the approval alone (`Delegations supported the approach set out in 13802/25.
 * Delegations approved the report.`, item 2, after the committee's note). Written by hand in nine versions, among them
 * Lithuanian, whose verb of support `pritarė` reads as approval too (`Komitetas pritarė …`), and French and Italian, whose
 * second participle leaves its auxiliary out (`… et approuvé le rapport`, `… e approvato la relazione`). The support is
 * the delegations' position; the approval joined after it is their decision, as the approval alone is.
 */
const SUPPORTED_AND_APPROVED: Record<string, [subject: string, joined: string, support: string, approval: string, report: string]> = {
  en: [
    'Delegations',
    'Delegations supported the approach set out in 13802/25 and approved the report.',
    'Delegations supported the approach set out in 13802/25.',
    'Delegations approved the report.',
    'the report',
  ],
  fr: [
    'Les délégations',
    "Les délégations ont soutenu l'approche exposée dans le document 13802/25 et approuvé le rapport.",
    "Les délégations ont soutenu l'approche exposée dans le document 13802/25.",
    'Les délégations ont approuvé le rapport.',
    'le rapport',
  ],
  de: [
    'Die Delegationen',
    'Die Delegationen unterstützten den in Dokument 13802/25 dargelegten Ansatz und billigten den Bericht.',
    'Die Delegationen unterstützten den in Dokument 13802/25 dargelegten Ansatz.',
    'Die Delegationen billigten den Bericht.',
    'den Bericht',
  ],
  es: [
    'Las delegaciones',
    'Las delegaciones apoyaron el enfoque expuesto en el documento 13802/25 y aprobaron el informe.',
    'Las delegaciones apoyaron el enfoque expuesto en el documento 13802/25.',
    'Las delegaciones aprobaron el informe.',
    'el informe',
  ],
  it: [
    'Le delegazioni',
    "Le delegazioni hanno sostenuto l'approccio illustrato nel documento 13802/25 e approvato la relazione.",
    "Le delegazioni hanno sostenuto l'approccio illustrato nel documento 13802/25.",
    'Le delegazioni hanno approvato la relazione.',
    'la relazione',
  ],
  pl: [
    'Delegacje',
    'Delegacje poparły podejście przedstawione w dokumencie 13802/25 i zatwierdziły sprawozdanie.',
    'Delegacje poparły podejście przedstawione w dokumencie 13802/25.',
    'Delegacje zatwierdziły sprawozdanie.',
    'sprawozdanie',
  ],
  lt: [
    'Delegacijos',
    'Delegacijos pritarė dokumente 13802/25 išdėstytam požiūriui ir patvirtino ataskaitą.',
    'Delegacijos pritarė dokumente 13802/25 išdėstytam požiūriui.',
    'Delegacijos patvirtino ataskaitą.',
    'ataskaitą',
  ],
  el: [
    'Οι αντιπροσωπίες',
    'Οι αντιπροσωπίες υποστήριξαν την προσέγγιση που παρουσιάζεται στο έγγραφο 13802/25 και ενέκριναν την έκθεση.',
    'Οι αντιπροσωπίες υποστήριξαν την προσέγγιση που παρουσιάζεται στο έγγραφο 13802/25.',
    'Οι αντιπροσωπίες ενέκριναν την έκθεση.',
    'την έκθεση',
  ],
  bg: [
    'Делегациите',
    'Делегациите подкрепиха подхода, изложен в документ 13802/25, и одобриха доклада.',
    'Делегациите подкрепиха подхода, изложен в документ 13802/25.',
    'Делегациите одобриха доклада.',
    'доклада',
  ],
};

describe.each(Object.entries(SUPPORTED_AND_APPROVED))(
  'the outcome 14470/25 in %s whose delegations support an approach and approve the report',
  (language, [subject, joined, support, approval, report]) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const sentences = [outcome.sentences[0] ?? '', `${outcome.sentences[1] ?? ''} ${support} ${approval}`, `${outcome.sentences[2] ?? ''} ${joined}`];
    it.each(OUTCOME_COPIES)('reads their approval as their decision and their support as their position (%s)', (shape) => {
      const record = expectOk(
        parseDocument(outcomeCopy(outcome, language, shape, { foot: [], sentences }), `content/sources/support-approved-${language}.txt`),
      );
      expect(record.items.map((item) => item.title)).toEqual(outcome.items);
      const [, noted, approved] = record.items;
      expect(noted?.decisions.map(({ by, verb }) => [by, verb])).toEqual([
        ['COSI', 'took-note'],
        ['Delegations', 'approved'],
      ]);
      expect(noted?.decisions[1]?.object).toBe(report);
      expect(noted?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[[subject], support, ['13802/25']]]);
      expect(approved?.decisions.map(({ by, verb }) => [by, verb])).toEqual([
        ['COSI', 'approved'],
        ['Delegations', 'approved'],
      ]);
      expect(approved?.decisions[1]?.object).toBe(report);
      expect(approved?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[[subject], joined, ['13802/25']]]);
    });
  },
);
