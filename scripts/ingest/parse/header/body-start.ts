/** Where the body of a document begins inside text that runs on from its last header value. */
import { AGENDA_HEADING, SESSION_PART_PRINTED } from '../text/agenda-headings.ts';
import { DATE, DATE_LINE, DATE_WITH_WEEKDAY, DAYS_LINE, MONTH, WEEKDAY, WEEKDAY_BEFORE } from '../text/head-anchors.ts';
import { WORDED_NUMBER_SOURCE } from '../text/item-numbers.ts';
import { ABBREVIATIONS, HOUR_IN_BRACKETS, HOUR_WITH_WORD, MONTHS, TABLE_OF_CONTENTS_CAPITALS, UNION_IN_TITLES, WEEKDAYS } from '../text/vocabulary.ts';

/** Words that open the first sentence of a body (`In line with …`, `Delegations will find …`, `Les délégations …`, `Die Delegationen …`). */
const OPENERS: ReadonlySet<string> = new Set([
  ...['The', 'This', 'These', 'In', 'On', 'At', 'As', 'Following', 'Further', 'Delegations', 'With', 'Since', 'During', 'By', 'Based', 'Building'],
  ...['According', 'Pursuant', 'Under', 'After', 'Against', 'Over', 'Recent', 'It', 'There', 'We', 'Given', 'Taking', 'Having'],
  ...['Les', 'Le', 'La', 'Lors', 'Dans', 'En', 'Conformément', 'À', 'Suite', 'Depuis', 'Au', 'Aux', 'Ce', 'Cette', 'Il', 'Sur'],
  ...['Die', 'Der', 'Das', 'Den', 'Im', 'Am', 'Nach', 'Gemäß', 'Auf', 'Seit', 'Mit', 'Zur', 'Zum', 'Es', 'Dieser', 'Diese', 'Dieses'],
  // a report's sentence opening with its time (`Während des Dreiervorsitzes hat der COSI …`, `Durante el trío de Presidencias, el COSI …`)
  ...['Während', 'Durante'],
  // a German sentence that sets its object first (`Über den vorgeschlagenen Zeitplan konnte keine Einigung erzielt werden.`)
  'Über',
  ...['COSI', 'Europol', 'Eurojust', 'Frontex', 'CEPOL', 'Member', 'Several', 'Most', 'All', 'Some'],
  // German counts of the delegations opening a sentence of their positions (`Mehrere Delegationen äußerten …`: delegation-positions.ts)
  ...['Mehrere', 'Einige', 'Zahlreiche'],
  // and the Spanish, Polish and Greek ones (`Varias delegaciones (AT, DE, FR) expresaron …`, `Kilka delegacji …`, `Αρκετές αντιπροσωπίες …`)
  ...['Varias', 'Kilka', 'Αρκετές'],
  // the bodies COSI meets jointly with or hears, whose acronym opens an outcome's sentence as COSI's does (`PSC and COSI
  // delegations exchanged views …`, `SCIFA took note …`, `EEAS briefed …`)
  ...['PSC', 'SCIFA', 'CATS', 'EEAS'],
  ...['Formandskabet', 'Delegationerne', 'Generalsekretariatet', 'Kommissionen'],
  // Danish and Swedish pronouns and prepositions a sentence opens with (`Resumé Denne rapport er …`, `Det blev aftalt …`,
  // `Sammanfattning Denna rapport är …`, `På mødet …`), and the Finnish (`Tiivistelmä Tämä raportti …`); not the
  // preposition `I`, a Roman number's letter too
  ...['Denne', 'Dette', 'Disse', 'Det', 'Som', 'På', 'Denna', 'Detta', 'Dessa', 'Vid', 'Tämä', 'Tässä', 'Nämä'],
  ...['El', 'Los', 'Het', 'De', 'Gli', 'Lo', 'Overeenkomstig'],
  ...['Si', 'Delegazioni', 'Se', 'Las', 'Adjunto', 'Junto', 'Segue', 'Hierbij', 'Delegaties', 'Delegacje', 'W', 'För', 'Delegationerna', 'Härmed'],
  // the Polish `Zgodnie z …` (`Zgodnie z art. 1 ust. 1 zalecenia Rady …`), as `Pursuant to`, `Conformément à`, `Gemäß`
  'Zgodnie',
  // Greek (`Οι πρόσφατες τρομοκρατικές επιθέσεις …`) and Czech (`Delegace naleznou …`, `Předsednictví předkládá …`)
  ...['Οι', 'Η', 'Ο', 'Το', 'Τα', 'Στις', 'Στο', 'Με', 'Κατά', 'Διαβιβάζεται', 'Delegace', 'Předsednictví'],
  // the Swedish Presidency (`Ordförandeskapet har sänt …`), as the other versions' Presidency below
  'Ordförandeskapet',
  // Bulgarian, Romanian, Croatian, Slovak, Slovenian, Estonian, Lithuanian, Latvian, Maltese, Hungarian, Finnish
  ...['Делегациите', 'Председателството', 'Комитетът', 'Приложено', 'Za', 'Delegațiile', 'Delegaţiile', 'Președinția', 'Delegacije', 'Predsjedništvo'],
  ...['Delegáciám', 'Delegácie', 'Predsedníctvo', 'Delegacijam', 'Predsedstvo', 'Delegatsioonidele', 'Delegatsioonid', 'Eesistujariik'],
  ...['Delegacijoms', 'Delegacijos', 'Pirmininkaujanti', 'Delegācijām', 'Delegācijas', 'Prezidentvalsts', 'Pielikumā', 'Id-delegazzjonijiet'],
  ...['Il-Presidenza', 'Mellékelten', 'Valtuuskunnille', 'Valtuuskunnat', 'Puheenjohtajavaltio'],
  // the Maltese Member States as a subject (`L-Istati Membri ħadu nota …`)
  'L-Istati',
  // the committee's members as one subject, no article before them (`Členové výboru COSI vzali na vědomí …`, `Medlemmarna
  // i COSI noterade …`: committee-members.ts)
  ...['Členové', 'Členovia', 'Člani', 'Članovi', 'Membrii', 'Medlemmerne', 'Medlemmarna'],
  // Danish `Hermed følger til delegationerne …`, Greek `Διαβιβάζονται …` (plural), Irish `Gheobhaidh na toscaireachtaí …`, Portuguese `O Comité …`, `Envia-se em anexo …`
  ...['Hermed', 'Διαβιβάζονται', 'Gheobhaidh', 'O', 'Os', 'Envia-se'],
  // Irish puts the verb first, its past lenited: an outcome's sentence opens with it (`Thug an Coiste dá aire …`, `Ghlac
  // an Coiste …`, `D'fhormheas an Coiste …`, `Chuir an Coiste fáilte roimh …`, `Phléigh an Coiste …`), also after a
  // title ending in a capitalised word (`Faisnéis ón Uachtaránacht Thug an Coiste …`)
  ...['Thug', 'Ghlac', "D'fhormheas", 'D’fhormheas', 'Chomhaontaigh', 'Chuir', 'Phléigh', 'Dheimhnigh', 'Thacaigh', 'Mhalartaigh', 'Chuireadar'],
  // and the verbs of the delegations' positions (`Léirigh roinnt toscaireachtaí (AT, DE, FR) imní …`, `D'ardaigh Ballstát amháin …`: delegation-positions.ts)
  ...['Léirigh', "D'ardaigh", 'D’ardaigh', "D'iarr", 'D’iarr'],
]);

/**
 * Words that open a body's first sentence after a header's last value run on into it, but also open items' titles, so
 * that they are looked for there only: the Portuguese feminine article (`A reunião foi presidida …`, `A Presidência
 * informou …`; a Hungarian title opens with its article `A` too, `A napirend elfogadása`) and the Polish nouns an
 * outcome's sentence opens with, no article before them (`Posiedzeniu przewodniczyła prezydencja …`, `Prezydencja
 * przedstawiła …`).
 */
const VALUE_END_OPENERS: ReadonlySet<string> = new Set(['A', 'Posiedzeniu', 'Prezydencja']);

/** Whether a word opens a body's first sentence after a header's last value (OPENERS, VALUE_END_OPENERS). */
function opensBodyAfterValue(word: string): boolean {
  return OPENERS.has(word) || VALUE_END_OPENERS.has(word);
}

/**
 * The phrases a cover note's or a note's one sentence opens with (`Delegations will find attached …`, one delegation's
 * too: `Delegation will find attached …`, `The delegation will find …`, `La délégation trouvera …`), in the languages
 * the ingest reads: they begin the body even where the sentence has no full stop to end it (a page cut before it), or ends
 * otherwise than at its line's end (`… meeting.1`, a footnote's call after its full stop).
 */
const BODY_PHRASES =
  /(?<=\s)(?:(?:The[ \t]+d|D)elegations? will find|La délégation trouvera|Die Delegation erhält|La delegazione troverà|Le delegazioni troveranno|La delegación encontrará|Hermed følger|Delegationerna får|Διαβιβάζονται|Gheobhaidh na toscaireachtaí|Za delegacije se u nastavku|Delegacijoms toliau|Delegācijām ir|Id-delegazzjonijiet isibu|Delegacijam se v|Delegácie nájdu|Les délégations trouveront|Die Delegationen erhalten|Delegationerne vedlægges|Delegationerne får|Si trasmette|Si trasmettono|Le delegazioni trovano|Se remite|Se adjunta|Las delegaciones encontrarán|Envia-se|Junto se envia|Segue em anexo|Hierbij gaat|De delegaties treffen|W załączeniu delegacje otrzymują|Delegacje otrzymują|För delegationerna bifogas|Härmed översänds|Διαβιβάζεται συνημμένως|Delegace naleznou|Приложено се изпраща|Делегациите получават|Se transmite alăturat|Se transmite delegațiilor|Delegațiile primesc|Za delegacije se u prilogu|U prilogu se delegacijama|Delegáciám v prílohe|Delegacijam v prilogi|Delegatsioonidele edastatakse|Delegatsioonidele on lisatud|Delegacijoms pateikiamas|Delegacijoms pridedamas|Delegācijām nosūtīts|Pielikumā ir pievienots|Id-delegazzjonijiet għandhom isibu|Għad-delegazzjonijiet|Mellékelten továbbítjuk|Valtuuskunnille toimitetaan)(?![\p{L}])/u;

/**
 * Headings that open a body (`I. INTRODUCTION`, `BACKGROUND`, `Introduction`, the `CONTENTS` of minutes, the heading of
 * a summary record's contents in each version's capitals: `SOMMAIRE`, `INHALT`, `ÍNDICE`, `SOMMARIO` …); never right
 * after a spaced dash, where the word for annex is a Commission document's (`COM(2025) 123 final - ANNEX`).
 */
const HEADINGS = new RegExp(
  String.raw`(?<=\s)(?<![-–][ \t]{1,3})(?:INTRODUCTION|BACKGROUND|CONTEXT|SUMMARY|ANNEX|CONCLUSIONS?|${TABLE_OF_CONTENTS_CAPITALS}|EINLEITUNG|HINTERGRUND|ANLAGE|ANHANG|CONTEXTE|ANNEXE|Introduction|Background|Einleitung|Hintergrund|Contexte)(?![\p{L}])`,
  'u',
);

/**
 * An introduction's heading in the official languages, as a body's first heading prints it (`Introduction`,
 * `INTRODUZIONE`, `Einleitung`, `Wprowadzenie`, `Johdanto` …), or a background's.
 */
const INTRODUCTION_WORDS =
  'Introduction|Background|Context|Einleitung|Hintergrund|Contexte|Introduzione|Contesto|Introducción|Antecedentes|Contexto|Introdução|Inleiding|Achtergrond|Wprowadzenie|Wstęp|Kontekst|Inledning|Bakgrund|Indledning|Baggrund|Johdanto|Tausta|Sissejuhatus|Taust|Úvod|Souvislosti|Bevezetés|Háttér|Въведение|Контекст|Εισαγωγή|Ιστορικό|Uvod|Ozadje|Įvadas|Aplinkybės|Ievads|Konteksts|Introduzzjoni|Sfond|Réamhrá|Cúlra|Introducere';

/**
 * A heading a trimmed text ends on (before the numbered line under it): an introduction's word, capitalised or in capitals, maybe after a
 * roman numeral or letter (`I.`, `A.`), after a space; the offset of the space before it.
 */
const HEADING_BEFORE_LINE = new RegExp(
  String.raw`\s(?:(?:[IVX]{1,5}|[A-H])\.\s+)?(?:${INTRODUCTION_WORDS}|${INTRODUCTION_WORDS.toLocaleUpperCase('und')}):?$`,
  'u',
);

/**
 * A heading in capitals of two to eight words a trimmed text ends on (before the numbered line under it), as a body's first
 * heading prints it in any version (`KONTEXT UND INHALT DES VORSCHLAGS`, `STATE OF PLAY`, `MAIN ISSUES`), maybe after a
 * Roman numeral or letter, right after a word in lower case or mixed case: a subject that runs on into it on a page run
 * into one line ends with that word (a subject printed all in capitals has none before the run, and keeps it). Group:
 * the heading's words.
 */
const CAPS_HEADING_BEFORE_LINE = /\s(?:(?:[IVX]{1,5}|[A-H])\.[ \t]+)?(\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,7}):?$/u;

/** The fewest words of four letters or more a heading in capitals holds: `EU SOCTA`, `COSI SG` are acronyms, no heading. */
const CAPS_HEADING_LONG_WORDS = 2;

/** Where a heading in capitals a value ran on into begins (the space before it, CAPS_HEADING_BEFORE_LINE), or null. */
function capsHeadingBeforeLine(text: string): number | null {
  const found = CAPS_HEADING_BEFORE_LINE.exec(text);
  return found !== null && isCapsHeading(found[1] ?? '') && afterLowerCaseWord(text, found.index) ? found.index : null;
}

/**
 * A word a subject ends on before an introduction's heading it ran on into: a word or a closing quote or bracket
 * (`… Working Party Introduction`, `… „Strafverfolgung“ Einleitung`), never a dash or colon that opens a title's last
 * part (`… – Introduction`, `…: Background`).
 */
const SUBJECT_WORD_END = /[\p{L}\d"'”’“»)]$/u;

/**
 * Where an introduction's heading a subject ends on begins (the space before it, HEADING_BEFORE_LINE), or null: only
 * after a word of the subject a title ends on (SUBJECT_WORD_END, not `of`, `the`, `für`: isTitleWord).
 */
function introductionHeadingAtEnd(text: string): number | null {
  const found = HEADING_BEFORE_LINE.exec(text);
  if (found === null) return null;
  const before = /(\S+)\s*$/.exec(text.slice(0, found.index))?.[1] ?? '';
  return SUBJECT_WORD_END.test(before) && !isTitleWord(before) ? found.index : null;
}

/** A word holding a letter in lower case, right before the end (spaces between): a subject's word, which a heading follows. */
const LOWER_CASE_WORD_BEFORE = /\p{Ll}[^\s]{0,40}\s*$/u;

/** Whether a word holding a letter in lower case ends right before `at`, spaces between (LOWER_CASE_WORD_BEFORE). */
function afterLowerCaseWord(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 48), at);
  // a title word before the capitals goes on into them (`… meeting of the PERMANENT REPRESENTATIVES COMMITTEE`)
  return LOWER_CASE_WORD_BEFORE.test(before) && !isTitleWord(/(\S+)\s*$/.exec(before)?.[1] ?? '');
}

/** Whether words in capitals hold CAPS_HEADING_LONG_WORDS words of four letters or more, as a heading does and an acronym's pair does not. */
function isCapsHeading(words: string): boolean {
  return words.split(/[ \t]+/).filter((word) => word.length >= 4).length >= CAPS_HEADING_LONG_WORDS;
}

/**
 * The same heading on a page run into one line, right before the numbered paragraph it heads (`… Allgemeine Ausrichtung
 * KONTEXT UND INHALT DES VORSCHLAGS 1. Die Kommission …`): global, for firstCapsHeading.
 */
const CAPS_HEADING_BEFORE_MARKER =
  /(?<=\s)(?:(?:[IVX]{1,5}|[A-H])\.[ \t]+)?(\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,7})(?=[ \t]+(?:\d{1,2}|[IVX]{1,5})\.[ \t]+\p{Lu})/gu;

/** Where the first heading in capitals before a numbered paragraph on a page run into one line begins, from `minimum`, or null. */
function firstCapsHeading(text: string, minimum: number): number | null {
  CAPS_HEADING_BEFORE_MARKER.lastIndex = minimum;
  for (let found = CAPS_HEADING_BEFORE_MARKER.exec(text); found !== null; found = CAPS_HEADING_BEFORE_MARKER.exec(text))
    if (isCapsHeading(found[1] ?? '') && afterLowerCaseWord(text, found.index)) return found.index;
  return null;
}

/** An introduction's heading between a value and the sentence under it (`… Vorgehen Einleitung Dieser …`): before a capital. */
const INTRODUCTION_BEFORE = new RegExp(String.raw`\s(?:${INTRODUCTION_WORDS}|${INTRODUCTION_WORDS.toLocaleUpperCase('und')})\s+(?=\p{Lu})`, 'u');

/** An introduction's heading opening a numbered paragraph's text, before the sentence under it (`Wprowadzenie Cykl polityki …`). */
const INTRODUCTION_OPENING = new RegExp(String.raw`^(?:${INTRODUCTION_WORDS}|${INTRODUCTION_WORDS.toLocaleUpperCase('und')}):?[ \t]+(?=["“(]?\p{Lu})`, 'u');

/**
 * Where the text under a numbered introduction's heading run into one line with it begins (`Wprowadzenie Cykl polityki
 * UE …`, `Johdanto EU:n …`, `Einleitung Der …`): after the heading's one word, whatever the sentence opens with; null
 * where the text opens with no such heading.
 */
export function introductionEnd(text: string): number | null {
  const found = INTRODUCTION_OPENING.exec(text);
  return found === null ? null : found[0].length;
}

/** Where an introduction's heading stands in `text` after `minimum` (after the space before it), or null. */
function introductionAt(text: string, minimum: number): number | null {
  const found = INTRODUCTION_BEFORE.exec(text.slice(minimum));
  return found === null ? null : minimum + found.index + 1;
}

/** Small words a title does not end on: a capital after one of them is part of the title (`on the European Union`). */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  ['of', 'on', 'the', 'and', 'for', 'to', 'in', 'with', 'a', 'an', 'at', 'by', 'from', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'sur', 'en'].concat([
    'der',
    'die',
    'das',
    'den',
    'und',
    'für',
    'zur',
    'zum',
    'von',
    'im',
    'über',
    'mit',
    'auf',
    'vs',
    'or',
    'ou',
    'oder',
    'avec',
    // Danish
    'i',
    'om',
    'og',
    'til',
    'af',
    'på',
    'med',
    'det',
    'fra',
    'ved',
    // Italian, Spanish, Portuguese, Dutch, Polish, Swedish
    ...['di', 'del', 'della', 'dei', 'delle', 'per', 'su', 'sul', 'con', 'il', 'e', 'y', 'el', 'los', 'las', 'para', 'sobre', 'do', 'da', 'dos', 'das'],
    ...['em', 'no', 'na', 'com', 'van', 'het', 'voor', 'over', 'met', 'op', 'tot', 'w', 'z', 'o', 'dla', 'oraz', 'przez', 'mellan', 'och', 'för', 'av'],
    // Greek and Czech
    ...[
      'της',
      'του',
      'των',
      'και',
      'στον',
      'στην',
      'στο',
      'για',
      'με',
      'την',
      'τη',
      'τον',
      'το',
      'τους',
      'τις',
      'στη',
      'στους',
      'στις',
      'από',
      'σε',
      'προς',
      // the articles a name follows (`…, η COSI πραγματοποίησε …`, `οι Ευρωπαϊκές …`)
      'η',
      'ο',
      'οι',
      'τα',
      'v',
      'a',
      've',
      'při',
      'pro',
      'k',
      's',
      'ze',
    ],
    // Bulgarian, Romanian, Croatian, Slovak, Slovenian, Estonian, Lithuanian, Latvian, Maltese, Hungarian, Finnish
    ...['на', 'за', 'и', 'в', 'от', 'относно', 'с', 'по', 'към', 'във', 'със', 'al', 'ale', 'privind', 'și', 'şi', 'în', 'pentru', 'cu'],
    ...['la', 'din', 'asupra', 'u', 'od', 'sa', 'pre', 'vo', 'so', 'zo', 'in', 'iz', 'pri', 'ja', 'ning', 'dėl', 'ir', 'apie', 'iš'],
    ...['į', 'su', 'par', 'un', 'ar', 'uz', 'dwar', "ta'", 'fuq', 'għal', 'bejn', 'az', 'és', 'szóló', 'sekä'],
    // Irish (`Tuarascáil ó Europol`, `Faisnéis ón Uachtaránacht`, `maidir le Slándáil Inmheánach`)
    ...['ó', 'ón', 'um', 'le', 'leis', 'maidir', 'agus', 'don', 'sa', 'san', 'idir', 'faoi'],
    // Articles, possessives, quantifiers and prepositions a noun follows: where nouns are capitalised (German) or a proper
    // noun follows them (`Auf seiner Sitzung vom …`, `Most Member States …`, `Ifølge deres Europol-kontaktpunkter …`,
    // `Enligt deras Europol-kontaktpunkter …`), a capital after them goes on with the clause, it opens none.
    ...['des', 'dem', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines'],
    ...['ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres', 'vom', 'beim', 'bei', 'zu', 'aus', 'durch', 'gegen', 'unter', 'zwischen'],
    ...['alle', 'allen', 'aller', 'einige', 'mehrere', 'viele', 'diese', 'dieser', 'dieses', 'diesem', 'diesen'],
    ...['most', 'several', 'some', 'many', 'all', 'een', 'bij', 'uit', 'aan', 'door', 'naar', 'tussen', 'haar', 'hun', 'deze', 'dit'],
    ...['sit', 'sin', 'sine', 'sitt', 'sina', 'dets', 'dess', 'deres', 'deras', 'ett', 'hos', 'efter'],
    ...['mellem', 'mellan', 'alla', 'flere', 'flera'],
    // A question's word, auxiliary or modal and the possessive it addresses delegations with, which a capital goes on
    // after (`Has your Member State …?`, `… and how could COSI help …?`, `Votre État membre …`): a questionnaire's
    // numbered question is one sentence, no title over a text
    ...['your', 'our', 'their', 'its', 'this', 'these', 'which', 'what', 'how', 'whether', 'why', 'could', 'can', 'should', 'would'],
    ...['shall', 'has', 'have', 'does', 'did', 'is', 'are', 'votre', 'vos', 'notre', 'leur', 'leurs', 'uw', 'vuestro', 'vuestra'],
    ...['vuestros', 'vuestras', 'vostro', 'vostra', 'vostri', 'vostre', 'vosso', 'vossa', 'jeres', 'ert', 'ditt', 'wasz', 'wasze', 'wasza', 'teie'],
  ]),
);

/**
 * A sentence's end: a full stop, question or exclamation mark, closing quotes or brackets, maybe a footnote call, then
 * a capital after a space; group 1 is the word before it. A match can only begin where a word begins (`(?<!\S)`):
 * tried inside a word too, the lazy word would scan that word's rest from every position of it, quadratic in a long
 * run without spaces.
 */
const SENTENCE_END = /(?<!\S)(\S*?)[.!?]["'”’“»)\]]{0,2}(?=\s+(?:\d{1,2}\s+)?["“‘(]?\p{Lu})/gu;

/** A sentence's end at the end of a line (what follows it starts no sentence: a separator, a footer, the end); begins where a word begins, as above. */
const SENTENCE_AT_LINE_END = /(?<!\S)(\S*?)[.!?]["'”’“»)\]]{0,2}(?=[ \t]*(?:\n|$))/gu;

/**
 * A body's numbered paragraph or heading at the start of a line: `1. `, `1.1 `, `II. `, `A. `, `(a) `, `#`, a bold line,
 * an item numbered with a word or a bracket in any version (`Item 1:`, `Point 1 :`, `Punkt 1:`, `1. napirendi pont:`,
 * `1)`); not a notice's hour with its word for o'clock (`10.00 Uhr`), a header value.
 */
const LINE_MARKER = new RegExp(
  String.raw`\n[ \t]*(?!${HOUR_WITH_WORD})(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.|\([a-h]\)|${WORDED_NUMBER_SOURCE})[ \t]+\S|#|\*\*)`,
  'u',
);

/** A line break before a line that opens with a day's number (`17 March 2026`, `17. März 2026`, `17.–18. märts 2026`), not a year's. */
const DAY_FIRST_START = /\n[ \t]*(?=\d{1,2}(?!\d))/g;

/**
 * The line break before the first line that is a date with its day first and nothing else, or two days of one month
 * (`17 March 2026`, `17 and 18 March 2026`, `17 и 18 март 2026 г.`, `17. i 18. ožujka 2026.`, `17.–18. märts 2026`,
 * maybe with the hour in brackets), before `end`: an agenda's day heading under the venue, a day line read as a day
 * line, not as a number opening a paragraph, so that it stays the body's whatever shapes of numbers LINE_MARKER takes.
 */
function dayFirstLine(text: string, end: number): number | null {
  DAY_FIRST_START.lastIndex = 0;
  for (let found = DAY_FIRST_START.exec(text); found !== null && found.index < end; found = DAY_FIRST_START.exec(text)) {
    const lineEnd = text.indexOf('\n', found.index + 1);
    const line = text.slice(found.index + 1, lineEnd === -1 ? text.length : lineEnd);
    if (DATE_LINE.test(line) || DAYS_LINE.test(line)) return found.index;
    DAY_FIRST_START.lastIndex = found.index + 1;
  }
  return null;
}

/** The first numbered or heading line (LINE_MARKER) or day line with its day first (dayFirstLine), whichever comes first. */
function markedLine(text: string): { index: number } | null {
  const line = LINE_MARKER.exec(text);
  const day = dayFirstLine(text, line?.index ?? text.length);
  return day !== null ? { index: day } : line;
}

/**
 * A numbered paragraph or heading inside a line: `… - Adoption 1. Since the review …`, `… I. INTRODUCTION`; not the
 * day of a date printed the German way (`Tagung am 17. Juni 2010`), whose month is capitalised too, nor the day closing a
 * date printed year first, after its month and year (`Az átvétel dátuma: 2025. október 3. Thérèse BLANCHET, …` of a page
 * run into one line; a Latvian date ends in its month, and the item after it is one: `2026. gada 17. martā 1. Darba …`),
 * nor the number closing a range after a number and the word between (`PRILOZI 1. do 3. RADNI DOKUMENT …`, a
 * Commission document's annexes in Croatian, `1 to 3.`: RANGE_WORDS).
 */
/** The words a range of numbers prints between its ends in the official languages (`1 to 3`, `1. do 3.`, `1 bis 3`, `1 až 3`, `1 έως 3`). */
const RANGE_WORDS = ['to', 'à', 'a', 'bis', 'tot', 'do', 'až', 'til', 'till', 'έως', 'до', 'sa', 'go'].join('|');

// the month before a day is looked for last, where the rest matched: not at every word's start
const INLINE_MARKER = new RegExp(
  String.raw`(?<=\s)(?:\d{1,2}|[IVX]{1,5})\.[ \t]+(?!(?:${MONTH})(?![\p{L}]))(?=["“(]?\p{Lu})(?<!\d{4}\.[ \t]{1,3}(?:${MONTH})[ \t]+\d{1,2}\.[ \t]+)(?<!\d\.?[ \t]{1,3}(?:${RANGE_WORDS})[ \t]{1,3}\d{1,2}\.[ \t]+)`,
  'u',
);

/** The part of a meeting a notice names on a line of its own under a day heading, over that day's first item (`COSI Support Group`): a heading's shape. */
const DAY_PART = String.raw`\p{Lu}[\p{L}'’ ()&,–/-]{1,119}(?<![.:;,!?–-])`;

/** The part of the day a notice prints in brackets on a line of its own under a day heading, over its first item (`(délelőtt)`, `(morning)`): letters and spaces only. */
const DAY_SESSION = String.raw`\(\p{L}[\p{L}'’ -]{2,38}\)`;

/**
 * An agenda's day heading on a line of its own right above its first item's line or the heading of its items
 * (`Items for discussion`, `Joint COSI–SCIFA session`, a part named over them: `COSI Support Group` / `1. …`, or the
 * part of the day in brackets: `2026. március 17., kedd` / `(délelőtt)` / `1. …`), or ending the text after the last label (a blank line under it), with its day of the week or the hour the meeting opens (`Tuesday 3 March 2026 (10.00)`,
 * `Mardi 3 mars 2026`, `2026. március 3., kedd`, `It-Tlieta, is-17 ta' Marzu 2026`): the body's, never the last line of the venue above it.
 */
const DAY_LINE_ABOVE_ITEM = new RegExp(
  String.raw`\n[ \t]*(?:(?:${WEEKDAY_BEFORE}${DATE}|${DATE},?[ \t]{1,3}${WEEKDAY})(?:[ \t]*${HOUR_IN_BRACKETS})?|(?:${DATE_WITH_WEEKDAY})[ \t]*${HOUR_IN_BRACKETS})[ \t]*(?:\n(?:[ \t]*\n)?(?=[ \t]*(?:\d{1,2}\.|(?:${AGENDA_HEADING}|${SESSION_PART_PRINTED}):?[ \t]*(?:\n|$)|(?:${DAY_PART}|${DAY_SESSION})\n[ \t]*\d{1,2}\.[ \t]))|\s*$)`,
  'u',
);

/** Four figures in a row: every date DAY_LINE_ABOVE_ITEM takes prints its year so. */
const FOUR_FIGURES = /\d{4}/;

/**
 * The offset of DAY_LINE_ABOVE_ITEM's first match in `text` from `from`, or null; asked only where a line break stands
 * there with four figures after it, as in every match, so that the pattern (more than 100,000 characters of the 24
 * versions' days and months, some 0.2 CPU s to compile in each thread) is not made for texts that cannot hold one.
 */
function dayLineAboveItem(text: string, from: number): number | null {
  const lineBreak = text.indexOf('\n', from);
  if (lineBreak < 0 || !FOUR_FIGURES.test(text.slice(lineBreak))) return null;
  return firstMatch(text, DAY_LINE_ABOVE_ITEM, from);
}

/** The offset right after the line break at `lineBreak`, or null. */
const nextLine = (lineBreak: number | null): number | null => (lineBreak === null ? null : lineBreak + 1);

/**
 * The offset of the line break before the line right above the line break at `lineBreak`, where that line is a date
 * alone (DATE_LINE: `2026. március 17.`, `2026 m. kovo 17 d.`, `17 March 2026`) after the value's first line; null otherwise.
 */
function dateLineAbove(text: string, lineBreak: number, minimum: number): number | null {
  const start = text.lastIndexOf('\n', lineBreak - 1);
  if (start < minimum) return null;
  const line = text.slice(start + 1, lineBreak);
  if (DATE_LINE.test(line) || DAYS_LINE.test(line)) return start;
  // the part of the day in brackets between the date and the item (`2026. március 17.` / `(délelőtt)` / `1. …`)
  return SESSION_LINE.test(line) ? dateLineAbove(text, start, minimum) : null;
}

/** A line that is the part of the day in brackets and nothing else (`(délelőtt)`, `(délután)`, `(morning)`). */
const SESSION_LINE = new RegExp(String.raw`^[ \t]*${DAY_SESSION}[ \t]*$`, 'u');

/**
 * A day heading right before the first numbered item of an outcome run into one line: `… (COSI) 18 November 2025 1.
 * Adoption …`, maybe with its day of the week (`Tuesday 18 November 2025`); not the subject's own date, tied to it by a
 * word in lower case or a day before it (`… (COSI) on 18 and 19 November 2025 1. Adoption …`, `… des 18 et 19 novembre
 * 2025`, `… am 18. November 2025`).
 */
const DAY_HEADING = new RegExp(
  String.raw`(?<=\s)(?<![\p{Ll}\d][.,]?[ \t]+)(?:${WEEKDAY},?[ \t])?\d{1,2}(?:er|\.)?[ \t](?:${MONTH})[ \t]\d{4}(?=\s+\d{1,2}\.[ \t]+\p{Lu})`,
  'u',
);

/**
 * The date an outcome's subject ends with (its meeting's), then the spaces before a sentence's opening, a capitalised word
 * and a word in small letters after it: the body's first paragraph, unnumbered, run on from the subject where no blank
 * line parts them (`… (COSI) del 9 de junio de 2020` / `Debido a las medidas …`, a copy out of a PDF viewer; `… (COSI)
 * on 9 June 2020 Owing to the measures …`, a page run into one line). A date the subject's words go on after is none
 * (`… 2025 toimunud …`, `… 2020 in Brussels`), nor one before a name (`… 2020 The Hague`).
 */
const SUBJECT_DATE_THEN_SENTENCE = new RegExp(String.raw`(?<![\p{L}\d])${DATE}(?:[ \t]+r\.)?\s+(?=["“(]?\p{Lu}[\p{L}'’-]*[ \t]+\p{Ll})`, 'u');

/** Where the sentence after the date a subject ends with opens (SUBJECT_DATE_THEN_SENTENCE), from `from` on; null where none. */
function sentenceAfterSubjectDate(text: string, from: number): number | null {
  const match = SUBJECT_DATE_THEN_SENTENCE.exec(text.slice(from));
  return match === null ? null : from + match.index + match[0].length;
}

/**
 * A short capitalised word (a preposition or an article, up to five letters) and a figure after it: where a sentence
 * opening with its day may open (`Dnia 3 marca …`, `Op 3 maart …`, `Le 3 mars …`, `Il 3 marzo …`, `На 3 март …`,
 * `Dne 3. března …`, `Dana 3. ožujka …`), DAY_THEN_CLAUSE read after it.
 */
const SHORT_WORD_BEFORE_FIGURE = /(?<=\s)\p{Lu}\p{Ll}{0,4}[ \t]{1,3}(?=\d)/gu;

/** A capitalised word or a short word in small letters joining two (`Europol`, `et`, `ed`, `and`, `i`): a name's word, no verb's. */
const NAME_WORD = /^(?:["“(]?\p{Lu}[\p{L}'’-]*[)”"]?|\p{Ll}{1,3})$/u;

/**
 * Where the run of names and the short words joining them right before `end` begins, from `minimum` on (`Europol et
 * Eurojust ` before `Le 3 mars …`): the words of a title, no sentence; `end` where the word before it is none.
 */
function namesBefore(text: string, minimum: number, end: number): number {
  const words = [...text.slice(minimum, end).matchAll(/\S+/gu)];
  let start = end;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index];
    if (word === undefined || !NAME_WORD.test(word[0])) break;
    start = minimum + word.index;
  }
  return start;
}

/** A date, then maybe a comma, and a word in small letters: a sentence going on after its day (`3 marca 2026 r. prezydencja …`, `3 mars 2026, la présidence …`). */
const DAY_THEN_CLAUSE = new RegExp(String.raw`(?:${DATE}),?\s+\p{Ll}`, 'uy');

/**
 * A word of one or two small letters right before a short capitalised word: a preposition before a place's name in a
 * title (`… tenue à Metz 3 mars 2026 et …`, `… in Riga 3 March 2026 and …`), no subject's end a sentence opens after.
 */
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)\p{Ll}{1,2}\s+$/u;

/**
 * Where a sentence opening with its day opens between `minimum` and `limit` (the first sentence's end): a short
 * capitalised word, a date and a word in small letters after it (`Dnia 3 marca 2026 r. prezydencja przesłała …`, `Op 3
 * maart 2026 heeft …`, `Le 3 mars 2026, la présidence …`, `Il 3 marzo 2026 la presidenza …`, `На 3 март 2026 г.
 * председателството …`), as the body's first sentence opens in the versions that print its day first, even right after a
 * name the subject ends on (`… Bezpieczeństwa Wewnętrznego Dnia 3 marca …`, `… Europol en Eurojust Op 3 maart …`), where
 * a capital after a capitalised word otherwise goes on with the name (`… posiedzenia Stałego` / `Komitetu ds. …`). A
 * name a date follows in a title is longer or goes on in capitals (`… Riga 3 March 2026`, `… Lisbon, 3 March 2026 –
 * Outcome`); the date's day of the week is a day heading's (DAY_HEADING), never this. Null where none.
 */
function sentenceOpeningWithDay(text: string, minimum: number, limit: number): number | null {
  SHORT_WORD_BEFORE_FIGURE.lastIndex = minimum;
  for (let match = SHORT_WORD_BEFORE_FIGURE.exec(text); match !== null && match.index <= limit; match = SHORT_WORD_BEFORE_FIGURE.exec(text)) {
    if (WEEKDAYS.has(match[0].trim().toLowerCase())) continue;
    if (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    DAY_THEN_CLAUSE.lastIndex = match.index + match[0].length;
    if (DAY_THEN_CLAUSE.test(text)) return match.index;
  }
  return null;
}

/** What follows a word that continues a name: a space and a capital (`Rady Unii`), or a line's indent and a capital. */
const NAME_RUN = /^\s+\p{Lu}/u;

/** How far after a word NAME_RUN looks: a space, or the indent of a `-layout` value column's next line (`-layout`'s 24 to 60 spaces). */
const NAME_RUN_REACH = 80;

/**
 * A capitalised word and a lower-case one after it: how a sentence opens (`With a view`, `The agenda`); in German, whose
 * nouns are capitalised, also an article, its noun and a lower-case word (`Den Vorsitz führte …`, `Der Ausschuss nahm …`),
 * and a preposition a sentence opens with, its noun and a lower-case word or a figure (`Gemäß Artikel 71 AEUV …`, `Nach
 * Abschluss der …`, `Im Rahmen des …`).
 */
const OPENS_CLAUSE =
  /^["“(]?(?:(?:\p{Lu}[\p{L}'’-]*|(?:Der|Die|Das|Den|Dem)\s+\p{Lu}\p{Ll}[\p{L}-]*)\s+\p{Ll}|(?:Gemäß|Nach|Im|Am|Zum|Zur|Seit)\s+\p{Lu}\p{Ll}[\p{L}-]*\s+[\p{Ll}\d])/u;

/** A capitalised word, a candidate first word of a sentence. */
const CAPITALISED = /(?<=\s)["“(]?\p{Lu}[\p{L}'’-]*/gu;

/** Where the body begins in `text` and whether the text marked it (a numbered or heading line) or it was guessed. */
export interface BodyStart {
  offset: number;
  marked: boolean;
}

/**
 * Where the body begins inside the text after a header's last label (its value, then maybe the body run on without a
 * blank line): at a numbered or heading line, unless a phrase that opens a body (`Delegations will find`) comes before
 * it, guessed; else, when the text holds a sentence or a numbered paragraph, at the
 * first heading, numbered paragraph or sentence opener after the value's first word, or after a word a title does
 * not end on, guessed; without a sentence end, at a phrase that opens a body (`Delegations will find`), or, where the
 * value is a `subject`, at a heading in capitals it ends on, guessed (`ended`: a blank line ends the text). Null when the whole text is the value.
 */
export function bodyStart(text: string, subject = false, ended = false): BodyStart | null {
  const line = markedLine(text);
  const limit = sentenceLimit(text);
  const minimum = firstWordEnd(text);
  if (line !== null && (limit === null || line.index <= limit)) {
    // The one sentence a note opens with may run on from the subject's line before the first numbered paragraph.
    const phrase = firstMatch(text, BODY_PHRASES, minimum);
    if (phrase !== null && phrase < line.index) return { offset: phrase, marked: false };
    // A sentence ending right before the numbered line (`… adopted.` / `1. Adoption …`, a copy without blank lines) is the
    // body's first: it begins at a sentence opener after the value's first word.
    // a sentence opening right after the date the subject ends with comes first (`… del 9 de junio de 2020` / `Debido a …`)
    const dated = subject ? sentenceAfterSubjectDate(text.slice(0, line.index), minimum) : null;
    const sentence = openedSentence(text.slice(0, line.index), minimum);
    if (dated !== null && (sentence === null || dated < sentence)) return { offset: dated, marked: false };
    if (sentence !== null) return { offset: sentence, marked: false };
    // so is a heading the value runs on into (`… Working Party Introduction` / `1. At its meeting …`, `… 2025 I.` / `INTRODUCTION`,
    // `… Allgemeine Ausrichtung KONTEXT UND INHALT DES VORSCHLAGS` / `1. Die Kommission …`)
    const value = text.slice(minimum, line.index).trimEnd();
    const heading = HEADING_BEFORE_LINE.exec(value)?.index ?? capsHeadingBeforeLine(value);
    if (heading !== null) return { offset: minimum + heading + 1, marked: false };
    // the day heading above the first item is the body's too, also a date alone on the line right above it, as a copy
    // without blank lines prints it under the venue (`Rue de la Loi 175, 1048 Brüsszel` / `2026. március 17.` / `1. …`)
    const day = dayLineAboveItem(text, minimum) ?? dateLineAbove(text, line.index, minimum);
    return { offset: (day !== null && day < line.index ? day : line.index) + 1, marked: true };
  }
  // a day heading ending the text after the last label: the value stops above it, the blank line under it is the body's
  const dayLast = line === null ? dayLineAboveItem(text, minimum) : null;
  if (dayLast !== null) return { offset: dayLast + 1, marked: true };
  if (limit === null) {
    // a heading in capitals a subject ends on, a page run into one line cut right before the numbered paragraph it heads
    // (`… Allgemeine Ausrichtung KONTEXT UND INHALT DES VORSCHLAGS` / `1. Die Kommission …`), is the body's; a sender's
    // or recipient's value ends so on a name (`… dyrektor Jordi AYET PUIGARNAU`), so only a subject is read for one
    // so is an introduction's heading it ends on (`… Working Party Introduction` / `1. At its meeting …`, plain
    // `pdftotext` run into one line), after a word of the subject a title ends on
    const capsHeading = subject ? (introductionHeadingAtEnd(text.trimEnd()) ?? capsHeadingBeforeLine(text.trimEnd())) : null;
    if (capsHeading !== null && capsHeading >= minimum) return { offset: capsHeading + 1, marked: false };
    const phrase = firstMatch(text, BODY_PHRASES, minimum);
    // Without a sentence's end, a sentence opener before a lower-case word still begins the body (`… 1982 With a view to …`),
    // but not right after a colon, where a title's second part opens (`Cīņa pret organizēto noziedzību: Prezidentvalsts
    // sniegtā informācija`, the Presidency's information), nor inside a line of a value a blank line ends (`ended`)
    // without a mark ending a sentence or clause: a name such an opener is goes on with the subject's words there
    // (`… as regards strengthening Europol support to prevent migrant smuggling`, `… a mhéid a bhaineann le ról Europol a
    // neartú …`), where a body's sentence run on after the subject ends so (`… havnene Formandskabet har udarbejdet … den
    // 14. november 2023.`, a date's year the sentence's last word)
    const unended = ended && !ENDS_CLAUSE.test(text.trimEnd());
    const opener =
      phrase ??
      candidates(text, minimum, true).find(
        (at) =>
          opensBodyAfterValue(wordAt(text, at)) &&
          OPENS_CLAUSE.test(text.slice(at, at + 40)) &&
          !AFTER_COLON.test(text.slice(Math.max(0, at - 3), at)) &&
          !(unended && !LINE_START.test(text.slice(Math.max(0, at - LINE_START_REACH), at))),
      );
    return opener === undefined ? null : { offset: opener, marked: false };
  }
  const before = (at: number) => at >= minimum && at <= limit;
  const day = sentenceOpeningWithDay(text, minimum, limit);
  const names = day === null ? null : namesBefore(text, minimum, day);
  const strong = [
    ...[INLINE_MARKER, HEADINGS, DAY_HEADING].map((pattern) => firstMatch(text, pattern, minimum)),
    firstCapsHeading(text, minimum),
    // the sentence after the date a subject ends with (`… de 2020 Debido a …`, a page run into one line)
    subject ? sentenceAfterSubjectDate(text, minimum) : null,
    // a day line over the first item or the heading of the items, opening its line in small letters after the venue, the
    // Polish year's `r.` ending the sentence before the heading's capital (`… 1048 Bruksela` / `wtorek, 17 lutego 2026 r.`
    // / `Punkty do dyskusji`): the body's, never the venue's last line
    nextLine(dayLineAboveItem(text, minimum)),
    // a sentence opening with its day, right after a name the subject ends on (`… Wewnętrznego Dnia 3 marca 2026 r. …`)
    day,
  ].filter((at) => at !== null && before(at));
  // A phrase that opens a body opens its sentence: a capitalised word before it in that sentence (`… cooperarea
  // Europol cu părțile private Se transmite alăturat …`) is still the title's.
  const phrase = firstMatch(text, BODY_PHRASES, minimum);
  // An agency's name a sentence may open with is the subject's where only names and the words joining them stand between
  // it and a sentence opening with its day (`… entre Europol et Eurojust Le 3 mars 2026, la présidence …`).
  const opener =
    phrase !== null && before(phrase)
      ? phrase
      : candidates(text, minimum, true).find(
          (at) =>
            before(at) &&
            opensBodyAfterValue(wordAt(text, at)) &&
            !AFTER_COLON.test(text.slice(Math.max(0, at - 3), at)) &&
            !(names !== null && day !== null && at >= names && at < day),
        );
  const dashed = dashListAt(text, minimum);
  const guessed =
    [...strong, ...(opener === undefined ? [] : [opener]), ...(dashed !== null && before(dashed) ? [dashed] : [])].sort((a, b) => (a ?? 0) - (b ?? 0))[0] ??
    guessedCapital(text, minimum, limit);
  return { offset: guessed ?? limit, marked: false };
}

/**
 * Where the body is guessed to begin when no opener, heading or mark shows it: at a capital after a word in small letters
 * (`candidates`), as a sentence in any version opens (`… bezpečnost Dne 3. března …`, `Dnia 3 marca …`, `Dana 3. ožujka
 * …`, no list of their first words), but as a name inside a subject is printed too (`Zpráva o činnosti Stálého výboru pro
 * vnitřní bezpečnost`, `Izvješće o radu Stalnog odbora za unutarnju sigurnost`). A text that keeps its lines (a copy
 * without blank lines, a viewer's copy, `-layout`) opens the body's paragraph on a line of its own: there only a capital
 * opening a line is a candidate, never one inside a line. Of the candidates before the first sentence's end, the last:
 * the subject is never cut at a name inside it, nor at a line its cell wrapped onto (`Zpráva o činnosti` / `Stálého
 * výboru …`); where the body's first sentence holds a name too, the subject keeps the words before it, whole, never cut.
 * A capital after a capitalised word is none here (`… Stałego Komitetu …`): a cell wraps a name so too (`… posiedzenia
 * Stałego` / `Komitetu ds. …`); a sentence opening with its day right after a name is read before this
 * (`sentenceOpeningWithDay`: `… Bezpieczeństwa Wewnętrznego Dnia 3 marca …`, `… Eurojust Op 3 maart …`).
 */
function guessedCapital(text: string, minimum: number, limit: number): number | undefined {
  const lines = text.slice(minimum, limit).includes('\n');
  const found = candidates(text, minimum, false).filter((at) => at <= limit && (!lines || LINE_START.test(text.slice(Math.max(0, at - LINE_START_REACH), at))));
  return found[found.length - 1];
}

/** A dash opening a list's item after a space, a capital after it (a subject's part after a dash opens so too: `- Sachstand`). */
const DASH_ITEM = /(?<=\s)[-–—](?:[ \t]+|[ \t]*\n[ \t]*)(?=["“]?\p{Lu})/gu;

/** The next item of a dash list: a sentence's or clause's end, then a dash and a capital. */
const NEXT_DASH_ITEM = /[.;:!?]["'”’)]?\s+[-–—](?:[ \t]+|[ \t]*\n[ \t]*)["“]?\p{Lu}/u;

/** How far after a dash item's opening its next item is looked for. */
const DASH_ITEM_REACH = 600;

/**
 * Where a list of dash items opens after a value run on into it (a page run into one line: `… Sicherheit der Häfen der
 * Union – Stand der Arbeiten - Der Vorsitz hat … übermittelt. - Bis zum 13. März 2026 haben …`): the first dash whose
 * item opens with a sentence's opener (`Der Vorsitz hat`, `The Presidency sent`) and ends a sentence or clause before
 * the next dash item, within DASH_ITEM_REACH, or whose item, whatever word opens it, is a whole sentence right before
 * the next (`isDashSentence`: `- На 3 март 2026 г. …`, `- Az elnökség …`, `- Předsednictví dne …`, `- Prezydencja
 * przesłała …`), so that the subject never ends at a capital inside it, the Union's name in the genitive (`… přístavů
 * Unie – současný stav`); a subject's part after a dash (`- Stand der Arbeiten`, `- Gedankenaustausch`) ends none. Null
 * where none does.
 */
function dashListAt(text: string, minimum: number): number | null {
  DASH_ITEM.lastIndex = minimum;
  for (let found = DASH_ITEM.exec(text); found !== null; found = DASH_ITEM.exec(text)) {
    const at = found.index + found[0].length;
    const reach = text.slice(at, at + DASH_ITEM_REACH);
    if (OPENERS.has(wordAt(text, at)) ? NEXT_DASH_ITEM.test(reach) : isDashSentence(reach)) return found.index;
  }
  return null;
}

/** A dash item that is a whole sentence: up to its full stop (or question or exclamation mark) right before the next dash item, no dash item inside it. */
const DASH_SENTENCE = /^([^\n]*?[.!?])["'”’)]?\s+[-–—](?:[ \t]+|[ \t]*\n[ \t]*)["“]?\p{Lu}/u;

/** A dash item's opening inside a text: a space, a dash, a capital. */
const INNER_DASH_ITEM = /\s[-–—][ \t]+["“]?\p{Lu}/u;

/**
 * Whether the item `reach` opens (after its dash) is a whole sentence another dash item follows, whatever word opens it
 * (`- На 3 март 2026 г. председателството изпрати … . - До 13 март …`, `- Az elnökség … küldött … . - A tagállamok …`,
 * `- Ordförandeskapet sände … . - Den 13 mars …`): no subject's part after a dash is one, a subject's dash item having
 * another after it before any sentence's end (`– Stand der Arbeiten - Der Vorsitz hat … übermittelt. - Bis …`) or a
 * sentence's opener inside it (`– Estado de los trabajos El COSI tomó nota … . - La Presidencia …`).
 */
function isDashSentence(reach: string): boolean {
  const item = DASH_SENTENCE.exec(reach)?.[1];
  if (item === undefined || INNER_DASH_ITEM.test(item)) return false;
  // a sentence's opener inside it opens the body there: the dash set a subject's part apart, which runs on into the
  // body's first sentence (`– Estado de los trabajos El COSI tomó nota … . - La Presidencia …`)
  return !candidates(item, firstWordEnd(item), true).some((at) => OPENERS.has(wordAt(item, at)));
}

/** A line's start before a word (its spaces, an opening quote or bracket), read in the last LINE_START_REACH characters before it. */
const LINE_START = /(?:^|\n)[ \t]*["“(]?$/;
/** How far before a word its line's start is looked for (a line's indent and a quote at most). */
const LINE_START_REACH = 80;

/** A mark ending a sentence or a clause at a text's end, closing quotes or brackets and footnote calls (`^1`) after it. */
const ENDS_CLAUSE = /[.!?:;]["'”’“»)\]]{0,2}(?:\^[0-9*]+)*$/u;

/** A colon right before a word: a title's second part opens there with a capital (`EU Policy Cycle: The way forward`, `Sachstand: Die Rolle von Europol`), no sentence. */
const AFTER_COLON = /:\s*$/;

/** A full stop (or question or exclamation mark) ending a trimmed text, closing quotes or brackets after it. */
const ENDS_SENTENCE = /[.!?]["'”’“»)\]]{0,2}$/u;

/**
 * Where the sentence that ends `text` begins, when it ends with a full stop and the text before it holds a value (a
 * subject, which ends with none): at the first sentence opener after the first word that opens a clause (`Delegations
 * will …`, `Hermed følger …`), or at an introduction's heading above it (`Einleitung Dieser Vermerk …`); null when the
 * text ends no sentence or neither begins one.
 */
function openedSentence(text: string, minimum: number): number | null {
  const trimmed = text.trimEnd();
  const last = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1);
  if (!ENDS_SENTENCE.test(trimmed) || ABBREVIATIONS.has(last.replace(/[.!?"'”’“»)\]]+$/u, '').toLowerCase())) return null;
  const opener = candidates(text, minimum, true).find(
    (at) => OPENERS.has(wordAt(text, at)) && OPENS_CLAUSE.test(text.slice(at, at + 40)) && !AFTER_COLON.test(text.slice(Math.max(0, at - 3), at)),
  );
  if (opener === undefined) return introductionAt(text, minimum);
  // a heading above the sentence (`… voie à suivre Introduction La présente note …`, `… Vorgehen Einleitung Dieser
  // Vermerk …`) is the body's too
  const heading = firstMatch(text.slice(0, opener), HEADINGS, minimum) ?? introductionAt(text.slice(0, opener + 1), minimum);
  return heading ?? opener;
}

/**
 * Where the text of a numbered item or paragraph begins after its title, when both run on one line (`Adoption of the
 * agenda The agenda was adopted …`, `AOB The German delegation …`): at a sentence opener after the title's first word
 * and before the first sentence ends; null when no opener marks it (the line is then one paragraph).
 */
export function titleEnd(text: string): number | null {
  const limit = sentenceLimit(text) ?? text.length;
  const at = candidates(text, firstWordEnd(text), true).find(
    (found) =>
      found <= limit &&
      (OPENERS.has(wordAt(text, found)) ||
        (OPENERS.has(wordAt(text, found).replace(POSSESSIVE, '')) && POSSESSIVE_SUBJECT.test(text.slice(found, found + 120))) ||
        ELIDED_OPENER.test(wordAt(text, found)) ||
        SUBJECT_AND_VERB_AFTER_TITLE.test(text.slice(found, found + 60))) &&
      !insideName(text, found),
  );
  if (at === undefined) return null;
  // the committee's noun before its acronym is the sentence's subject with it (`… prístavoch EÚ Výbor COSI zobral …`)
  if (wordAt(text, at) !== 'COSI') return at;
  const noun =
    COMMITTEE_NOUN_BEFORE.exec(text.slice(Math.max(0, at - 20), at)) ??
    (MEMBERS_AFTER.test(text.slice(at)) ? ARTICLE_BEFORE.exec(text.slice(Math.max(0, at - 3), at)) : null);
  return noun === null ? at : at - noun[0].length;
}

/** An English possessive's ending: a body named by its acronym or name opening a sentence as its owner (`Europol’s European Cybercrime Centre (EC3) presented …`). */
const POSSESSIVE = /['’]s$/u;

/**
 * The possessive's owner opening a sentence whose subject is the owner's named unit, its verb in the past right after
 * the name (`Europol’s European Cybercrime Centre (EC3) presented …`); in a title the possessive goes on with a noun in
 * small letters (`… as regards Europol's cooperation with private parties`).
 */
const POSSESSIVE_SUBJECT = /^\S+[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+){1,5}(?:\([^()\s]{1,12}\)[ \t]+)?\p{Ll}+ed(?![\p{L}])/u;

/**
 * The Polish Presidency as a sentence's subject after an item's title, its verb in the past after it (`… handlu
 * narkotykami Prezydencja przedstawiła projekt …`, `Prezydencja poinformowała …`): a title opens with the noun (a
 * VALUE_END_OPENERS word, looked for after the title's first word only here) but never goes on with it and a verb; and
 * the Portuguese feminine article before a capitalised noun and a verb in the preterite (`… criminalidade organizada A
 * Presidência apresentou …`, `A Comissão informou …`), which a Hungarian title's article `A` never goes on with (its
 * verbs end otherwise: `A bizottság jóváhagyta`).
 */
const SUBJECT_AND_VERB_AFTER_TITLE = /^(?:Prezydencja[ \t]+\p{Ll}+(?:ła|ło|ł)|A[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Ll}+(?:ou|eu|iu|aram|eram|iram))(?![\p{L}])/u;

/**
 * A sentence's first word whose article or preposition is elided before it, in capitals as only a sentence's start
 * prints it (`L’ordre du jour …`, `D’un commun accord, …`, `D’intesa con la presidenza, …`, `Nell’ambito del …`, `All’unanimità
 * …`, `Dall’esame …`); a title's own stay in small letters (`Adoption de l’ordre du jour`, `Ciclo programmatico dell’UE`).
 */
const ELIDED_OPENER = /^(?:L|D|Nell|All|Dall|Sull)['’]\p{L}/u;

/** The Hungarian members of COSI after the acronym (`A COSI tagjai támogatták …`): its article before it opens the subject. */
const MEMBERS_AFTER = /^COSI[ \t]+tagjai(?![\p{L}])/u;

/** The Hungarian article right before the acronym, after a space (a title's lone `A` before `COSI took note …` is the title's). */
const ARTICLE_BEFORE = /(?<=\s)A[ \t]+$/u;

/**
 * The noun the versions without an article print before the committee's acronym as a sentence's subject (`Výbor COSI
 * vzal na vedomie …`, `Komitet COSI przyjął …`, `Odbor COSI se je seznanil …`, `Komitetas COSI …`, `Comitetul COSI …`),
 * right before it, after a space.
 */
const COMMITTEE_NOUN_BEFORE = /(?<=\s)(?:Výbor|Odbor|Komitet|Komitetas|Komiteja|Komitee|Komitea|Comitetul|Il-Kumitat)[ \t]+$/u;

/** The openers that are prepositions (`Against this background …`, `Over the past year …`, `After the meeting …`). */
const PREPOSITION_OPENERS: ReadonlySet<string> = new Set(['Against', 'Over', 'Under', 'After', 'During', 'Since', 'With', 'By', 'On', 'In', 'At', 'As']);

/** A capitalised word ending the text before an opener: a name's word (`Platform`). */
const NAME_WORD_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+$/u;

/** Two capitalised words after an opener's word: the name goes on (`… Against Criminal Threats`). */
const NAME_WORDS_AFTER = /^[\p{L}'’-]+[ \t]+["“(]?\p{Lu}[\p{L}'’-]*[ \t]+["“(]?\p{Lu}/u;

/**
 * Whether the opener at `at` is a preposition inside a name printed with capitals, between a capitalised word and two
 * more (`European Multidisciplinary Platform Against Criminal Threats (EMPACT)`): no sentence opens there.
 */
function insideName(text: string, at: number): boolean {
  return (
    PREPOSITION_OPENERS.has(wordAt(text, at)) && NAME_WORD_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && NAME_WORDS_AFTER.test(text.slice(at, at + 80))
  );
}

/**
 * Where, after `text`'s first word, the one sentence of a cover note or note opens (`… authorities Delegations will find
 * attached …`: BODY_PHRASES), wherever that sentence ends; null where none does.
 */
export function bodyPhraseAt(text: string): number | null {
  return firstMatch(text, BODY_PHRASES, firstWordEnd(text));
}

/** Whether `text` opens with a word the first sentence of a body opens with (`The Presidency …`, `Delegations …`) and goes on after it. */
export function opensWithOpener(text: string): boolean {
  const word = wordAt(text, 0);
  return OPENERS.has(word) && /^\s+\S/.test(text.slice(text.indexOf(word) + word.length));
}

/**
 * A number in words or a quantifier a noun follows (`Eighteen Member States have …`, `Twenty-two delegations …`, `Both
 * Europol and …`): a capital after it goes on with the sentence's subject, it opens no sentence. Fixed words: linear.
 */
const NUMBER_WORD =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|both|few|various|numerous|certain|other|each)$/i;

/** Whether a title goes on after `word` (`of`, `on`, `the`, `für`, `eighteen` …): a capital after it is still the title's. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase()) || NUMBER_WORD.test(word);
}

function firstWordEnd(text: string): number {
  const word = /\S+/.exec(text);
  return word === null ? 0 : word.index + word[0].length;
}

function firstMatch(text: string, pattern: RegExp, from: number): number | null {
  const match = pattern.exec(text.slice(from));
  return match === null ? null : from + match.index;
}

/**
 * The offset of the first sentence end or numbered paragraph inside the text, or null; failing both, the first
 * sentence that ends its line (a body of one sentence, then a separator such as `o o o`).
 */
function sentenceLimit(text: string): number | null {
  const ends = (pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) {
      const word = ((match[1] ?? '').split(/[^\p{L}\p{N}.°]+/u).pop() ?? '').toLowerCase();
      if (
        ABBREVIATIONS.has(word) ||
        /^\p{Lu}$/u.test(match[1] ?? '') ||
        /^\d{1,2}$/.test(word) ||
        isDatesYear(text, match.index, word, pattern === SENTENCE_AT_LINE_END)
      )
        continue;
      // an ordinal opening the value (`2386. Tagung des AUSSCHUSSES …`, a German meeting's number), no sentence of its own
      if (/^\d{1,5}$/.test(word) && text.slice(0, match.index).trim() === '') continue;
      return match.index + match[0].length;
    }
    return null;
  };
  const sentence = ends(SENTENCE_END);
  if (sentence !== null) return sentence;
  const inline = INLINE_MARKER.exec(text);
  return inline === null ? ends(SENTENCE_AT_LINE_END) : inline.index;
}

/**
 * Whether the full stop after `word` closes a date (`18. i 19. studenoga 2025.`, `19 ноември 2025 г.`), as a Croatian or
 * a Bulgarian subject ends: the year after a month, or the Bulgarian year's `г.`; no sentence's end. So does the
 * Polish year's `r.` ending a line whose next line starts no sentence (`12 listopada 2025 r.` / `- Zatwierdzenie`, a
 * subject's date over its approval, `atLineEnd`), but not before a capital (`… w dniach 8 i 9 czerwca 2017 r. 1 Obrady
 * Rady …`, a minutes' body after its subject on a page run into one line). So does the
 * Lithuanian day's `d.` after a month and its days (`2011 m. lapkričio 23–24 d. Briuselyje`, the place after it). So
 * do, ending a line as the Polish `r.` does, the Lithuanian year's `m.` and month's `mėn.` and the Latvian year's `g.`
 * (`… ir prioritetai 2026 m.`, `… iki 2026 m. birželio mėn.`, `… prioritātes 2026. g.`, a subject naming its year or period last).
 */
function isDatesYear(text: string, at: number, word: string, atLineEnd: boolean): boolean {
  if (word === 'г' || ((word === 'r' || word === 'm') && atLineEnd)) return /\d{4}\s*$/u.test(text.slice(Math.max(0, at - 8), at));
  if (word === 'g' && atLineEnd) return /\d{4}\.\s*$/u.test(text.slice(Math.max(0, at - 8), at));
  if (word === 'mėn' && atLineEnd) return MONTHS.has((/(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '').toLowerCase());
  if (word === 'd') {
    const days = /(\S+)\s+\d{1,2}(?:[ \t]*[–-][ \t]*\d{1,2}|[ \t]+ir[ \t]+\d{1,2})?\s*$/u.exec(text.slice(Math.max(0, at - 40), at));
    return MONTHS.has(days?.[1]?.toLowerCase() ?? '');
  }
  if (!/^\d{4}$/.test(word)) return false;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  return MONTHS.has(before.toLowerCase());
}

/** The Greek articles of one letter, opening a sentence in capitals (`Η COSI καλείται …`, `Ο κύκλος …`): no stray letter. */
const GREEK_ARTICLES: ReadonlySet<string> = new Set(['Η', 'Ο']);

/**
 * The Greek articles and the clitic pronouns of the same forms (`τους`, `της`, `του`: `οι εμπειρίες τους`, their
 * experiences), after which an article never goes on in the same phrase: a capitalised article after one opens a
 * sentence (`Τα κράτη μέλη και οι εμπειρίες τους Η Προεδρία υπενθυμίζει …`, a heading ending on the possessive before its
 * paragraph), where a capitalised noun after the article goes on with it (`τους Υπουργούς`).
 */
const GREEK_ARTICLE_FORMS: ReadonlySet<string> = new Set(['η', 'ο', 'οι', 'το', 'τα', 'τον', 'την', 'τη', 'τους', 'τις', 'της', 'του', 'των']);

/** A capitalised Greek article opening a sentence (`Η Προεδρία …`, `Οι αντιπροσωπίες …`, `Το έγγραφο …`). */
const GREEK_CAPITAL_ARTICLE = /^(?:Η|Ο|Οι|Το|Τα|Τον|Την|Τη|Τους|Τις)(?![\p{L}])/u;

/** An acronym in brackets (`(COSI)`, `(CEPOL)`): a body's name's, never a sentence's first word. */
const BRACKETED_ACRONYM = /^\(\p{Lu}{2,12}\)/u;

/** How far from a capital BRACKETED_ACRONYM looks. */
const BRACKETED_ACRONYM_REACH = 16;

/** Capitalised words after `minimum` whose previous word is not one a title goes on after, a dash or colon, or (unless allowed) a capitalised word. */
function candidates(text: string, minimum: number, afterCapital: boolean): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    if (match.index < minimum) continue;
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1] ?? '';
    // a title word goes on into the capital after it (`of`, `i`, `a`), but not a lone capital letter (`Drugs I COSI took note`:
    // a stray letter, or a part's letter or Roman number, `Part I The Presidency …`; the conjunction is written in lower case)
    const titleWord =
      isTitleWord(before) &&
      (!/^\p{Lu}$/u.test(before) || GREEK_ARTICLES.has(before)) &&
      !(GREEK_ARTICLE_FORMS.has(before) && GREEK_CAPITAL_ARTICLE.test(text.slice(match.index, match.index + 5)));
    if (titleWord || /^[-–—:;,/&+]$/.test(before) || (!afterCapital && /^\p{Lu}/u.test(before))) continue;
    // A capitalised word before another is a name inside the title (`posiedzenie Rady Unii Europejskiej`, also over the
    // indent of the subject's next line on a `-layout` page run into one line, `… konkluzji Rady` / `Unii Europejskiej …`),
    // no sentence's first word; nor is the Union's name in the genitive after a noun (`… přístavů` / `Unie – současný stav`).
    const after = match.index + match[0].length;
    if (!afterCapital && NAME_RUN.test(text.slice(after, after + NAME_RUN_REACH))) continue;
    if (!afterCapital && UNION_IN_TITLES.has(wordAt(text, match.index))) continue;
    // nor is a body's acronym in brackets after its name (`… pastāvīgās komitejas (COSI) darba programma …`)
    if (!afterCapital && BRACKETED_ACRONYM.test(text.slice(match.index, match.index + BRACKETED_ACRONYM_REACH))) continue;
    found.push(match.index);
  }
  return found;
}

/** The word at `at`, quotes before it dropped; a word in brackets (`(COSI)`) is none. */
function wordAt(text: string, at: number): string {
  return /^["“]?([\p{L}'’-]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
}
