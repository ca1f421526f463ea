import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of the meeting of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json:
 * the Council's name over its place and date, number, LIMITE, codes, kind, From/To/Subject, an opening sentence and the
 * two-line footer `14470/25 TR/kl 1` / `JAI.1 LIMITE EN`) whose items record, as the register's outcomes do beside the
 * committee's decisions, what some of the delegations said: item 2 the committee's note of the Presidency's information,
 * then most delegations' support and one delegation's parliamentary scrutiny reservation in one sentence (`…, while one
 * delegation (HU) entered …`, `…, tandis qu'une délégation (HU) a émis …`, `…, während eine Delegation (HU) …`), item 3
 * only the concerns of several delegations named by their codes (`Several delegations (AT, DE, FR) expressed concerns
 * …`). Written by hand in the 24 versions (Irish with its verb first, `Thacaigh formhór na dtoscaireachtaí le …, agus chuir
 * toscaireacht amháin (HU) …`), and again where a version counts its group otherwise (VARIANTS: Maltese and Irish counts
 * after the noun, `delegazzjoni waħda`, `Ballstát amháin`; the Slovene and Croatian auxiliary between the conjunction
 * and the group, `…, medtem ko je ena delegacija (HU) …`, `…, dok je jedno izaslanstvo (HU) …`). Each group is read as
 * printed, as a position of delegations, and none is a decision: item 2 keeps the committee's one decision, item 3 has none.
 */
interface Case {
  /** Item 2's sentence after the committee's note: most delegations, then one. */
  support: string;
  /** Item 3's one sentence: several delegations. */
  concerns: string;
  /** The groups of each sentence, as printed. */
  groups: [string[], string[]];
}

const CASES: Record<string, Case> = {
  en: {
    support: 'Most delegations supported the approach set out in 13802/25, while one delegation (HU) entered a parliamentary scrutiny reservation.',
    concerns: 'Several delegations (AT, DE, FR) expressed concerns about the proposed timeline.',
    groups: [['Most delegations', 'one delegation (HU)'], ['Several delegations (AT, DE, FR)']],
  },
  fr: {
    support:
      "La plupart des délégations ont soutenu l'approche exposée dans le document 13802/25, tandis qu'une délégation (HU) a émis une réserve d'examen parlementaire.",
    concerns: 'Plusieurs délégations (AT, DE, FR) ont exprimé des préoccupations quant au calendrier proposé.',
    groups: [['La plupart des délégations', 'une délégation (HU)'], ['Plusieurs délégations (AT, DE, FR)']],
  },
  de: {
    support:
      'Die meisten Delegationen unterstützten den in Dokument 13802/25 dargelegten Ansatz, während eine Delegation (HU) einen Parlamentsvorbehalt einlegte.',
    concerns: 'Mehrere Delegationen (AT, DE, FR) äußerten Bedenken hinsichtlich des vorgeschlagenen Zeitplans.',
    groups: [['Die meisten Delegationen', 'eine Delegation (HU)'], ['Mehrere Delegationen (AT, DE, FR)']],
  },
  es: {
    support:
      'La mayoría de las delegaciones apoyaron el enfoque expuesto en el documento 13802/25, mientras que una delegación (HU) formuló una reserva de estudio parlamentario.',
    concerns: 'Varias delegaciones (AT, DE, FR) expresaron su preocupación por el calendario propuesto.',
    groups: [['La mayoría de las delegaciones', 'una delegación (HU)'], ['Varias delegaciones (AT, DE, FR)']],
  },
  it: {
    support:
      "La maggior parte delle delegazioni ha sostenuto l'approccio illustrato nel documento 13802/25, mentre una delegazione (HU) ha formulato una riserva di esame parlamentare.",
    concerns: 'Diverse delegazioni (AT, DE, FR) hanno espresso preoccupazioni in merito al calendario proposto.',
    groups: [['La maggior parte delle delegazioni', 'una delegazione (HU)'], ['Diverse delegazioni (AT, DE, FR)']],
  },
  nl: {
    support:
      'De meeste delegaties steunden de in document 13802/25 uiteengezette aanpak, terwijl één delegatie (HU) een parlementair behandelingsvoorbehoud maakte.',
    concerns: 'Verscheidene delegaties (AT, DE, FR) uitten hun bezorgdheid over het voorgestelde tijdschema.',
    groups: [['De meeste delegaties', 'één delegatie (HU)'], ['Verscheidene delegaties (AT, DE, FR)']],
  },
  pt: {
    support:
      'A maioria das delegações apoiou a abordagem apresentada no documento 13802/25, enquanto uma delegação (HU) formulou uma reserva de análise parlamentar.',
    concerns: 'Várias delegações (AT, DE, FR) manifestaram preocupações quanto ao calendário proposto.',
    groups: [['A maioria das delegações', 'uma delegação (HU)'], ['Várias delegações (AT, DE, FR)']],
  },
  pl: {
    support: 'Większość delegacji poparła podejście przedstawione w dokumencie 13802/25, natomiast jedna delegacja (HU) zgłosiła zastrzeżenie parlamentarne.',
    concerns: 'Kilka delegacji (AT, DE, FR) wyraziło obawy dotyczące proponowanego harmonogramu.',
    groups: [['Większość delegacji', 'jedna delegacja (HU)'], ['Kilka delegacji (AT, DE, FR)']],
  },
  sv: {
    support:
      'De flesta delegationer stödde den strategi som anges i dokument 13802/25, medan en delegation (HU) reserverade sig för parlamentarisk granskning.',
    concerns: 'Flera delegationer (AT, DE, FR) uttryckte oro över den föreslagna tidsplanen.',
    groups: [['De flesta delegationer', 'en delegation (HU)'], ['Flera delegationer (AT, DE, FR)']],
  },
  da: {
    support:
      'De fleste delegationer støttede den tilgang, der er beskrevet i dokument 13802/25, mens en delegation (HU) tog parlamentarisk behandlingsforbehold.',
    concerns: 'Flere delegationer (AT, DE, FR) udtrykte bekymring over den foreslåede tidsplan.',
    groups: [['De fleste delegationer', 'en delegation (HU)'], ['Flere delegationer (AT, DE, FR)']],
  },
  fi: {
    support:
      'Useimmat valtuuskunnat tukivat asiakirjassa 13802/25 esitettyä lähestymistapaa, kun taas yksi valtuuskunta (HU) esitti parlamentaarista käsittelyä koskevan varauman.',
    concerns: 'Useat valtuuskunnat (AT, DE, FR) ilmaisivat huolensa ehdotetusta aikataulusta.',
    groups: [['Useimmat valtuuskunnat', 'yksi valtuuskunta (HU)'], ['Useat valtuuskunnat (AT, DE, FR)']],
  },
  cs: {
    support: 'Většina delegací podpořila přístup uvedený v dokumentu 13802/25, zatímco jedna delegace (HU) uplatnila výhradu parlamentního projednání.',
    concerns: 'Několik delegací (AT, DE, FR) vyjádřilo obavy ohledně navrhovaného harmonogramu.',
    groups: [['Většina delegací', 'jedna delegace (HU)'], ['Několik delegací (AT, DE, FR)']],
  },
  sk: {
    support: 'Väčšina delegácií podporila prístup uvedený v dokumente 13802/25, zatiaľ čo jedna delegácia (HU) uplatnila výhradu parlamentného preskúmania.',
    concerns: 'Niekoľko delegácií (AT, DE, FR) vyjadrilo obavy v súvislosti s navrhovaným harmonogramom.',
    groups: [['Väčšina delegácií', 'jedna delegácia (HU)'], ['Niekoľko delegácií (AT, DE, FR)']],
  },
  sl: {
    support: 'Večina delegacij je podprla pristop iz dokumenta 13802/25, ena delegacija (HU) pa je vložila pridržek zaradi parlamentarnega pregleda.',
    concerns: 'Več delegacij (AT, DE, FR) je izrazilo zaskrbljenost glede predlaganega časovnega načrta.',
    groups: [['Večina delegacij', 'ena delegacija (HU)'], ['Več delegacij (AT, DE, FR)']],
  },
  hr: {
    support: 'Većina izaslanstava podržala je pristup iz dokumenta 13802/25, a jedno izaslanstvo (HU) uložilo je rezervu zbog parlamentarnog razmatranja.',
    concerns: 'Nekoliko izaslanstava (AT, DE, FR) izrazilo je zabrinutost zbog predloženog vremenskog rasporeda.',
    groups: [['Većina izaslanstava', 'jedno izaslanstvo (HU)'], ['Nekoliko izaslanstava (AT, DE, FR)']],
  },
  ro: {
    support:
      'Majoritatea delegațiilor au sprijinit abordarea prezentată în documentul 13802/25, în timp ce o delegație (HU) a formulat o rezervă de control parlamentar.',
    concerns: 'Mai multe delegații (AT, DE, FR) și-au exprimat îngrijorarea cu privire la calendarul propus.',
    groups: [['Majoritatea delegațiilor', 'o delegație (HU)'], ['Mai multe delegații (AT, DE, FR)']],
  },
  bg: {
    support: 'Повечето делегации подкрепиха подхода, изложен в документ 13802/25, докато една делегация (HU) направи резерва с оглед на парламентарен контрол.',
    concerns: 'Няколко делегации (AT, DE, FR) изразиха загриженост относно предложения график.',
    groups: [['Повечето делегации', 'една делегация (HU)'], ['Няколко делегации (AT, DE, FR)']],
  },
  el: {
    support:
      'Οι περισσότερες αντιπροσωπίες υποστήριξαν την προσέγγιση του εγγράφου 13802/25, ενώ μία αντιπροσωπία (HU) διατύπωσε επιφύλαξη κοινοβουλευτικού ελέγχου.',
    concerns: 'Αρκετές αντιπροσωπίες (AT, DE, FR) εξέφρασαν ανησυχίες σχετικά με το προτεινόμενο χρονοδιάγραμμα.',
    groups: [['Οι περισσότερες αντιπροσωπίες', 'μία αντιπροσωπία (HU)'], ['Αρκετές αντιπροσωπίες (AT, DE, FR)']],
  },
  hu: {
    support:
      'A legtöbb delegáció támogatta a 13802/25 dokumentumban ismertetett megközelítést, míg egy delegáció (HU) parlamenti vizsgálati fenntartást jelentett be.',
    concerns: 'Több delegáció (AT, DE, FR) aggályokat fogalmazott meg a javasolt ütemtervvel kapcsolatban.',
    groups: [['A legtöbb delegáció', 'egy delegáció (HU)'], ['Több delegáció (AT, DE, FR)']],
  },
  et: {
    support:
      'Enamik delegatsioone toetas dokumendis 13802/25 esitatud lähenemisviisi, samas kui üks delegatsioon (HU) esitas parlamentaarse kontrolli reservatsiooni.',
    concerns: 'Mitu delegatsiooni (AT, DE, FR) väljendasid muret kavandatud ajakava pärast.',
    groups: [['Enamik delegatsioone', 'üks delegatsioon (HU)'], ['Mitu delegatsiooni (AT, DE, FR)']],
  },
  lv: {
    support: 'Lielākā daļa delegāciju atbalstīja dokumentā 13802/25 izklāstīto pieeju, savukārt viena delegācija (HU) izteica parlamentārās pārbaudes atrunu.',
    concerns: 'Vairākas delegācijas (AT, DE, FR) pauda bažas par ierosināto grafiku.',
    groups: [['Lielākā daļa delegāciju', 'viena delegācija (HU)'], ['Vairākas delegācijas (AT, DE, FR)']],
  },
  lt: {
    support: 'Dauguma delegacijų pritarė dokumente 13802/25 išdėstytam požiūriui, o viena delegacija (HU) pateikė parlamentinio nagrinėjimo išlygą.',
    concerns: 'Kelios delegacijos (AT, DE, FR) išreiškė susirūpinimą dėl siūlomo tvarkaraščio.',
    groups: [['Dauguma delegacijų', 'viena delegacija (HU)'], ['Kelios delegacijos (AT, DE, FR)']],
  },
  ga: {
    support:
      'Thacaigh formhór na dtoscaireachtaí leis an gcur chuige atá leagtha amach in 13802/25, agus chuir toscaireacht amháin (HU) forchoimeád grinnscrúdaithe parlaiminteach isteach.',
    concerns: 'Léirigh roinnt toscaireachtaí (AT, DE, FR) imní faoin amchlár atá beartaithe.',
    groups: [['formhór na dtoscaireachtaí', 'toscaireacht amháin (HU)'], ['roinnt toscaireachtaí (AT, DE, FR)']],
  },
  mt: {
    support:
      'Ħafna delegazzjonijiet appoġġaw l-approċċ stabbilit fid-dokument 13802/25, filwaqt li żewġ delegazzjonijiet (HU, PL) daħħlu riżerva ta’ skrutinju parlamentari.',
    concerns: 'Diversi delegazzjonijiet (AT, DE, FR) esprimew tħassib dwar l-iskeda ta’ żmien proposta.',
    groups: [['Ħafna delegazzjonijiet', 'żewġ delegazzjonijiet (HU, PL)'], ['Diversi delegazzjonijiet (AT, DE, FR)']],
  },
};

/** The same items in a version's other shapes of a group: its count after the noun, an auxiliary before it. */
const VARIANTS: [string, Case][] = [
  [
    'mt',
    {
      support:
        'Il-biċċa l-kbira tad-delegazzjonijiet appoġġaw l-approċċ stabbilit fid-dokument 13802/25, filwaqt li delegazzjoni waħda (HU) daħħlet riżerva ta’ skrutinju parlamentari.',
      concerns: 'Delegazzjoni waħda (AT) esprimiet tħassib dwar l-iskeda ta’ żmien proposta.',
      groups: [['Il-biċċa l-kbira tad-delegazzjonijiet', 'delegazzjoni waħda (HU)'], ['Delegazzjoni waħda (AT)']],
    },
  ],
  [
    'sl',
    {
      support: 'Večina delegacij je podprla pristop iz dokumenta 13802/25, medtem ko je ena delegacija (HU) vložila pridržek zaradi parlamentarnega pregleda.',
      concerns: 'Dve delegaciji (AT, DE) sta izrazili zaskrbljenost glede predlaganega časovnega načrta.',
      groups: [['Večina delegacij', 'ena delegacija (HU)'], ['Dve delegaciji (AT, DE)']],
    },
  ],
  [
    'hr',
    {
      support: 'Većina izaslanstava podržala je pristup iz dokumenta 13802/25, dok je jedno izaslanstvo (HU) uložilo rezervu zbog parlamentarnog razmatranja.',
      concerns: 'Dva izaslanstva (AT, DE) izrazila su zabrinutost zbog predloženog vremenskog rasporeda.',
      groups: [['Većina izaslanstava', 'jedno izaslanstvo (HU)'], ['Dva izaslanstva (AT, DE)']],
    },
  ],
  [
    'ga',
    {
      support:
        'Thacaigh toscaireachtaí áirithe leis an gcur chuige atá leagtha amach in 13802/25, ach chuir dhá thoscaireacht (HU, PL) forchoimeád grinnscrúdaithe parlaiminteach isteach.',
      concerns: "D'ardaigh Ballstát amháin (AT) ceist faoin amchlár atá beartaithe.",
      groups: [['toscaireachtaí áirithe', 'dhá thoscaireacht (HU, PL)'], ['Ballstát amháin (AT)']],
    },
  ],
];

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe.each([...Object.entries(CASES), ...VARIANTS])(
  'the outcome 14470/25 in %s whose items record what some delegations said',
  (language, { support, concerns, groups }) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const sentences = [outcome.sentences[0] ?? '', `${outcome.sentences[1] ?? ''} ${support}`, concerns];
    it.each(SHAPES)('reads each group of delegations as a position, none as a decision (%s)', (shape) => {
      const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [], sentences }), `content/sources/positions-${language}.txt`));
      expect(record.items.map((item) => item.title)).toEqual(outcome.items);
      const [, noted, raised] = record.items;
      expect(noted?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[groups[0], support, ['13802/25']]]);
      expect(raised?.positions?.map(({ by, sentence, references }) => [by, sentence, references])).toEqual([[groups[1], concerns, []]]);
      // the committee's note stays its one decision; the delegations' words are none
      expect(noted?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['COSI', 'took-note']]);
      expect(raised?.decisions).toEqual([]);
      expect(record.items[0]?.positions).toBeUndefined();
    });
  },
);
