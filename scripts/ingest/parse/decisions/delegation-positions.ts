/**
 * What a number or a share of the delegations said under an item, as an outcome records it beside the committee's
 * decisions: a sentence whose subject counts the delegations or the Member States (`Most delegations supported …`,
 * `Several delegations (AT, DE, FR) expressed concerns about …`, `One delegation entered a scrutiny reservation.`, `La
 * plupart des délégations ont soutenu …`, `Mehrere Delegationen äußerten …`, `Varias delegaciones …`). A position, never
 * a decision: no body decided it, so it is kept apart from the decisions, counted nowhere and left out of the decisions'
 * lists and CSV. The delegations as a whole (`Delegations agreed on …`) stay a decider, as before, but for the support
 * they gave, which is their position too (`Delegations generally supported …`: delegations-support.ts).
 */
import { allMatches } from '../../../../src/shared/all-matches.ts';
import { documentIds } from '../references/added-versions.ts';
import { mayHoldSupport, OPENING, PRONOUN_SUBJECT, supportSubjects, wholeSubject } from './delegations-support.ts';
import { type Sentence, splitSentences } from '../text/sentences.ts';

/** A sentence recording the position of some of the delegations: who, as printed, in order, and the documents it names. */
export interface Position {
  /** Each group of delegations the sentence names as a subject, as printed (`Most delegations`, `one delegation (HU)`). */
  by: string[];
  /** The whole sentence, as the item's text prints it (whitespace collapsed). */
  sentence: string;
  /** Canonical ids of the documents the sentence cites, in order. */
  references: string[];
}

/**
 * The words that count the delegations or the Member States before their noun, in the versions read so: a share
 * (`Most`, `La plupart des`, `Die meisten`, `La mayoría de las`), a vague number (`Several`, `Some`, `Plusieurs`,
 * `Mehrere`, `Einige`, `Varias`, `Alcune`, `Enkele`), a number in words (`One`, `Two`, `Une`, `Eine`, `Una`, `Eén`),
 * `other` ones and `all` of them, in the 23 versions whose subject opens its clause (`De flesta delegationer`,
 * `Useimmat valtuuskunnat`, `Většina delegací`, `Повечето делегации`, `Οι περισσότερες αντιπροσωπίες`, `A legtöbb
 * delegáció`, `Lielākā daļa delegāciju`, `Ħafna delegazzjonijiet`; Irish, whose verb comes first, and the groups Maltese
 * counts after the noun are PHRASES). Case of the first
 * letter free: a group opens a sentence or a clause after a comma.
 */
const COUNTS: Readonly<Record<string, readonly string[]>> = {
  en: [
    ...['most', 'several', 'many', 'some', 'various', 'numerous', 'a few', 'few', 'a number of', 'a large number of', 'a significant number of'],
    ...['a majority of', 'the majority of', 'a minority of', 'a small number of', 'all', 'other', 'one', 'another', 'two', 'three', 'four', 'five'],
  ],
  fr: [
    ...['la plupart des', 'plusieurs', 'de nombreuses', 'de nombreux', 'nombre de', 'certaines', 'certains', 'quelques', 'un certain nombre de'],
    ...['la majorité des', 'une majorité de', 'toutes les', 'tous les', "d'autres", 'd’autres', 'une', 'un', 'une autre', 'un autre', 'deux', 'trois'],
  ],
  de: [
    ...['die meisten', 'mehrere', 'einige', 'viele', 'zahlreiche', 'eine reihe von', 'die mehrheit der', 'eine mehrheit der', 'alle', 'andere', 'wenige'],
    ...['eine', 'ein', 'eine weitere', 'ein weiterer', 'zwei', 'drei'],
  ],
  es: [
    ...['la mayoría de las', 'la mayoría de los', 'varias', 'varios', 'algunas', 'algunos', 'muchas', 'muchos', 'numerosas', 'numerosos'],
    ...['un buen número de', 'un número de', 'todas las', 'todos los', 'otras', 'otros', 'una', 'un', 'otra', 'otro', 'dos', 'tres'],
  ],
  it: [
    ...['la maggior parte delle', 'la maggior parte degli', 'la maggioranza delle', 'la maggioranza degli', 'diverse', 'diversi', 'varie', 'vari'],
    ...['alcune', 'alcuni', 'molte', 'molti', 'numerose', 'numerosi', 'tutte le', 'tutti gli', 'altre', 'altri', 'una', 'uno', "un'altra", 'un’altra'],
    ...['due', 'tre'],
  ],
  nl: [
    ...['de meeste', 'verscheidene', 'verschillende', 'enkele', 'sommige', 'veel', 'vele', 'talrijke', 'een aantal', 'een groot aantal', 'alle'],
    ...['andere', 'één', 'eén', 'een', 'een andere', 'twee', 'drie'],
  ],
  pt: [
    ...['a maioria das', 'a maioria dos', 'várias', 'vários', 'algumas', 'alguns', 'muitas', 'muitos', 'numerosas', 'numerosos', 'todas as'],
    ...['todos os', 'outras', 'outros', 'uma', 'um', 'outra', 'outro', 'duas', 'dois', 'três'],
  ],
  pl: ['większość', 'kilka', 'kilku', 'niektóre', 'wiele', 'liczne', 'jedna', 'jedno', 'inne', 'dwie', 'trzy', 'wszystkie'],
  sv: ['de flesta', 'flera', 'några', 'många', 'vissa', 'ett antal', 'en', 'ett', 'en annan', 'andra', 'två', 'tre', 'samtliga', 'alla'],
  da: ['de fleste', 'flere', 'nogle', 'mange', 'visse', 'et antal', 'en', 'et', 'en anden', 'andre', 'to', 'tre', 'alle'],
  fi: ['useimmat', 'useat', 'monet', 'jotkin', 'jotkut', 'eräät', 'muutamat', 'yksi', 'kaksi', 'kolme', 'muut', 'kaikki'],
  cs: ['většina', 'několik', 'některé', 'mnohé', 'mnoho', 'řada', 'jedna', 'jeden', 'dvě', 'tři', 'ostatní', 'všechny'],
  sk: ['väčšina', 'niekoľko', 'niektoré', 'mnohé', 'viaceré', 'rad', 'jedna', 'jeden', 'dve', 'tri', 'ostatné', 'všetky'],
  sl: ['večina', 'več', 'nekatere', 'številne', 'ena', 'dve', 'tri', 'druge', 'vse'],
  hr: ['većina', 'nekoliko', 'neka', 'neke', 'mnoga', 'mnoge', 'brojna', 'brojne', 'jedno', 'jedna', 'dva', 'dvije', 'tri', 'ostala', 'sva'],
  ro: ['majoritatea', 'mai multe', 'unele', 'numeroase', 'multe', 'o', 'un', 'două', 'trei', 'alte', 'toate'],
  bg: ['повечето', 'няколко', 'някои', 'много', 'редица', 'една', 'две', 'три', 'други', 'всички'],
  el: [
    'οι περισσότερες',
    'αρκετές',
    'ορισμένες',
    'πολλές',
    'μερικές',
    'μία',
    'μια',
    'δύο',
    'τρεις',
    'άλλες',
    'όλες',
    'τα περισσότερα',
    'αρκετά',
    'ορισμένα',
    'πολλά',
  ],
  hu: ['a legtöbb', 'több', 'néhány', 'számos', 'egyes', 'egy', 'két', 'három', 'más', 'valamennyi'],
  et: ['enamik', 'mitu', 'mõned', 'paljud', 'mitmed', 'üks', 'kaks', 'kolm', 'teised', 'kõik'],
  lv: ['lielākā daļa', 'vairākas', 'dažas', 'daudzas', 'viena', 'divas', 'trīs', 'citas', 'visas'],
  lt: ['dauguma', 'kelios', 'kai kurios', 'daug', 'daugelis', 'viena', 'dvi', 'trys', 'kitos', 'visos'],
  mt: ['diversi', 'xi', 'ħafna', 'żewġ', 'tliet'],
};

/**
 * The nouns for a delegation and a Member State after the words that count them, singular and plural, in the versions
 * of COUNTS (`delegations`, `Member States`, `délégations`, `États membres`, `Delegationen`, `Mitgliedstaaten`,
 * `delegaciones`, `Estados miembros`, `delegazioni`, `Stati membri`, `delegaties`, `lidstaten`, `delegações`,
 * `Estados-Membros`, `delegacji`, `państw członkowskich`).
 */
const NOUNS: Readonly<Record<string, readonly string[]>> = {
  en: ['delegations?', 'Member States?'],
  fr: ['délégations?', 'États membres', 'État membre'],
  de: ['Delegationen', 'Delegation', 'Mitgliedstaaten', 'Mitgliedstaat'],
  es: ['delegaciones', 'delegación', 'Estados miembros', 'Estado miembro'],
  it: ['delegazioni', 'delegazione', 'Stati membri', 'Stato membro'],
  nl: ['delegaties', 'delegatie', 'lidstaten', 'lidstaat'],
  pt: ['delegações', 'delegação', 'Estados-Membros', 'Estado-Membro'],
  pl: ['delegacji', 'delegacje', 'delegacja', 'państw członkowskich', 'państwa członkowskie', 'państwo członkowskie'],
  sv: ['delegationerna', 'delegationer', 'delegationen', 'delegation', 'medlemsstaterna', 'medlemsstater', 'medlemsstat'],
  da: ['delegationerne', 'delegationer', 'delegation', 'medlemsstaterne', 'medlemsstater', 'medlemsstat'],
  fi: ['valtuuskunnat', 'valtuuskuntaa', 'valtuuskunta', 'jäsenvaltiot', 'jäsenvaltiota', 'jäsenvaltio'],
  cs: ['delegací', 'delegace', 'členských států', 'členské státy', 'členský stát'],
  sk: ['delegácií', 'delegácie', 'delegácia', 'členských štátov', 'členské štáty', 'členský štát'],
  sl: ['delegacij', 'delegacije', 'delegacija', 'delegaciji', 'držav članic', 'države članice', 'država članica'],
  hr: ['izaslanstava', 'izaslanstva', 'izaslanstvo', 'delegacija', 'delegacije', 'država članica', 'države članice'],
  ro: ['delega[țţ]iilor', 'delega[țţ]ii', 'delega[țţ]ie', 'statelor membre', 'state membre', 'stat membru'],
  bg: ['делегации', 'делегация', 'държави членки', 'държава членка'],
  el: ['αντιπροσωπίες', 'αντιπροσωπία', 'κράτη μέλη', 'κράτος μέλος'],
  hu: ['delegáció', 'tagállam'],
  et: ['delegatsioone', 'delegatsiooni', 'delegatsioonid', 'delegatsioon', 'liikmesriike', 'liikmesriiki', 'liikmesriigid', 'liikmesriik'],
  lv: ['delegāciju', 'delegācijas', 'delegācija', 'dalībvalstu', 'dalībvalstis', 'dalībvalsts'],
  lt: ['delegacijų', 'delegacijos', 'delegacija', 'valstybių narių', 'valstybės narės', 'valstybė narė'],
  mt: ['delegazzjonijiet', 'delegazzjoni', 'Stati Membri', 'Stat Membru'],
};

/**
 * The groups a version names with its count after the noun or the noun mutated after its count, written whole: Maltese
 * `delegazzjoni waħda` (one delegation), `delegazzjonijiet oħra`, `il-biċċa l-kbira tad-delegazzjonijiet` (most of the
 * delegations); Irish, whose noun an article or a number mutates, `formhór na dtoscaireachtaí` (most of the
 * delegations), `roinnt toscaireachtaí` (some), `toscaireachtaí áirithe` (certain), `toscaireacht amháin` (one),
 * `dhá thoscaireacht` (two), and the same of the Member States (`Ballstát amháin`, `formhór na mBallstát`).
 */
const PHRASES: Readonly<Record<string, readonly string[]>> = {
  mt: [
    ...['delegazzjoni waħda', 'delegazzjoni oħra', 'delegazzjonijiet oħra', 'Stat Membru wieħed', 'Stat Membru ieħor', 'Stati Membri oħra'],
    ...['il-biċċa l-kbira tad-delegazzjonijiet', 'il-maġġoranza tad-delegazzjonijiet', 'il-biċċa l-kbira tal-Istati Membri'],
    ...['bosta delegazzjonijiet', 'għadd ta’ delegazzjonijiet', "għadd ta' delegazzjonijiet", 'numru ta’ delegazzjonijiet', "numru ta' delegazzjonijiet"],
  ],
  ga: [
    ...['formhór na dtoscaireachtaí', 'formhór na mBallstát', 'an chuid is mó de na toscaireachtaí', 'an chuid is mó de na Ballstáit'],
    ...['roinnt toscaireachtaí', 'roinnt Ballstát', 'go leor toscaireachtaí', 'a lán toscaireachtaí', 'líon mór toscaireachtaí'],
    ...['toscaireachtaí áirithe', 'Ballstáit áirithe', 'toscaireachtaí eile', 'toscaireacht eile', 'toscaireacht amháin', 'Ballstát amháin'],
    ...['dhá thoscaireacht', 'trí thoscaireacht', 'ceithre thoscaireacht', 'dhá Bhallstát', 'trí Bhallstát'],
  ],
};

/** The word `other` between a count and its noun (`Several other delegations`, `plusieurs autres délégations`, `einige andere Delegationen`). */
const OTHER = String.raw`(?:other|autres|andere|otras|otros|altre|altri|outras|outros|inne)`;

/** A count's words with free case of each word's first letter and any whitespace between them. */
const spelled = (words: string): string =>
  words
    .split(' ')
    .map((word) => {
      const first = word.charAt(0);
      const rest = word.slice(1);
      return first.toLowerCase() === first.toUpperCase() ? word : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
    })
    .join(String.raw`\s+`);

/** Each version's count and noun: a group of delegations, the ISO codes of its members in brackets after it where printed (`(AT, DE)`). */
const GROUP = Object.keys(COUNTS)
  .map((language) => {
    const counts = (COUNTS[language] ?? []).map(spelled).join('|');
    const nouns = (NOUNS[language] ?? []).map((noun) => noun.replaceAll(' ', String.raw`\s+`)).join('|');
    return String.raw`(?:${counts})(?:\s+${OTHER})?\s+(?:${nouns})`;
  })
  .concat((PHRASES.mt ?? []).map(spelled))
  .join('|');

/** The Irish groups, which follow their verb (`Thacaigh formhór na dtoscaireachtaí le …`). */
const IRISH_GROUP = (PHRASES.ga ?? []).map(spelled).join('|');

/**
 * The words that make a group after a comma the object of the clause's verb, not a subject (`The Presidency thanked,
 * in particular, two delegations for …`, `… of Europol and some Member States and …`).
 */
const OBJECT_AFTER = String.raw`(?:for|of|to|in|on|with|and|or|who|which|that|pour|de|des|du|à|et|ou|qui|für|von|und|oder|die|der|que|y|o|con|per|di|che|voor|van|met|dat|die|para|com|dla|i|och|av|för|som|og|af|ja|sekä|z|și|и|на|και|és|un|ir|u|li)(?![\p{L}'’-])`;

/**
 * A group of delegations as the subject of a clause: its count and noun, the codes in brackets after it, then a word
 * in lower case (its verb: `supported`, `ont soutenu`, `äußerten`, `entered`), so that a title's or a name's words
 * (`Two Member States Forum`) are none.
 */
const SUBJECT_GROUP = new RegExp(String.raw`${OPENING}(?:${GROUP})(?![\p{L}\p{N}])(?:\s+\([^()]{1,80}\))?(?=,?\s+\p{Ll})(?!,?\s+${OBJECT_AFTER})`, 'gu');

/**
 * An Irish group as the subject of a clause: the verb opens the sentence or the clause after its conjunction
 * (`Thacaigh formhór na dtoscaireachtaí le …`, `…, agus chuir toscaireacht amháin (HU) forchoimeád … isteach`,
 * `D'ardaigh roinnt toscaireachtaí (AT, DE, FR) imní …`), the group right after it, then a word in lower case.
 */
const IRISH_SUBJECT_GROUP = new RegExp(
  String.raw`(?<=(?:^|[,;]\s+(?:agus|ach|cé\s+gur|fad\s+is\s+a|mar)\s+)(?:[Dd]['’])?\p{L}+\s+)(?:${IRISH_GROUP})(?![\p{L}\p{N}])(?:\s+\([^()]{1,80}\))?(?=,?\s+\p{Ll})`,
  'gu',
);

/** A cheap test before SUBJECT_GROUP: a noun of NOUNS, in any case (`delega`, `délégation`, `Mitgliedstaat`, `valtuusk`, `делегаци`, `αντιπροσωπ`). */
const NOUN_HINT =
  /delega|delegá|delegā|délégation|member state|membr[ei]|mitgliedstaat|miembro|lidsta|estados?-membro|państw|medlemsstat|valtuusk|jäsenvaltio|člens|držav|izaslanst|делегаци|държав|αντιπροσωπ|κράτ|tagállam|liikmesri|dalībvalst|valstyb|Stat[i]? Membr|toscaireacht|ballstá|bhallstá/iu;

/**
 * The positions of some delegations an item's text records, one a sentence, in order (`text` as sentenceText lays it
 * out), and the support the delegations as a whole gave (`Delegations generally supported …`: delegations-support.ts),
 * a pronoun for them (`They broadly supported …`) named as the sentence before names them. `units`: the text's
 * sentences, where already split (sentenceReading).
 */
export function delegationPositions(text: string, units?: () => readonly Sentence[]): Position[] {
  if (!NOUN_HINT.test(text) && !mayHoldSupport(text)) return [];
  const positions: Position[] = [];
  // the delegations as a whole where they are the subject the sentence before opens with (`Delegations agreed on …`)
  let previous: string | null = null;
  for (const sentence of units === undefined ? splitSentences(text) : units().map((unit) => unit.text)) {
    const named = previous;
    previous = wholeSubject(sentence);
    const whole = supportSubjects(sentence).flatMap(({ at, subject }) =>
      PRONOUN_SUBJECT.test(subject) ? (named === null || at > 0 ? [] : [{ at, by: named }]) : [{ at, by: subject }],
    );
    const groups = NOUN_HINT.test(sentence)
      ? [...allMatches(SUBJECT_GROUP, sentence), ...allMatches(IRISH_SUBJECT_GROUP, sentence)].map((found) => ({ at: found.index, by: found[0] }))
      : [];
    const by = [...groups, ...whole].sort((a, b) => a.at - b.at).map((found) => found.by);
    if (by.length > 0) positions.push({ by, sentence, references: documentIds(sentence) });
  }
  return positions;
}
