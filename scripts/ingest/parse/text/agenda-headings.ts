/** The headings the Council prints over groups of agenda items, and the "any other business" item, in the 24 official languages. */
import { wordAlternation } from './word-trie.ts';

/**
 * The headings over groups of agenda items as the Council's versions print them: the items for discussion
 * and for information of a committee's agenda (`Items for discussion`, `Punkte zur Erörterung`, `Bespreekpunten`), and
 * the parts of a Council agenda (`Non-legislative activities`, `Legislative deliberations`). A line is such a heading
 * when it opens with one of them and goes on with no word (`Punkte zur Information/Billigung`, `Bespreekpunten (vervolg)`): a
 * sentence that opens with one (`Bespreekpunten werden …`) is none.
 */
export const AGENDA_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  bg: ['Точки за обсъждане', 'Точки за информация', 'Незаконодателни дейности', 'Законодателни обсъждания'],
  cs: ['Body k projednání', 'Body k diskusi', 'Body pro informaci', 'Nelegislativní činnosti', 'Legislativní jednání'],
  da: ['Punkter til drøftelse', 'Punkter til orientering', 'Ikke-lovgivningsmæssige aktiviteter', 'Lovgivningsmæssige drøftelser'],
  de: [
    'Punkte zur Erörterung',
    'Punkte zur Information',
    'Diskussionspunkte',
    'Informationspunkte',
    'Tätigkeiten ohne Gesetzgebungscharakter',
    'Beratungen über Gesetzgebungsakte',
  ],
  el: ['Σημεία προς συζήτηση', 'Σημεία προς ενημέρωση', 'Μη νομοθετικές δραστηριότητες', 'Νομοθετικές διασκέψεις'],
  en: [
    'Items for discussion',
    'Items for information',
    'Points for discussion',
    'Points for information',
    'Non-legislative activities',
    'Legislative deliberations',
  ],
  es: ['Puntos para debate', 'Puntos para información', 'Actividades no legislativas', 'Deliberaciones legislativas'],
  et: ['Arutelupunktid', 'Teabepunktid', 'Muu kui seadusandlik tegevus', 'Seadusandlikud arutelud'],
  fi: ['Keskusteltavat asiat', 'Tiedoksi annettavat asiat', 'Muut kuin lainsäätämisasiat', 'Lainsäätämisasiat'],
  fr: [
    'Points de discussion',
    'Points pour discussion',
    'Points pour information',
    "Points d'information",
    'Activités non législatives',
    'Délibérations législatives',
  ],
  ga: ['Míreanna le plé', 'Míreanna faisnéise', 'Gníomhaíochtaí neamhreachtacha', 'Breithniúcháin reachtacha'],
  hr: ['Točke za raspravu', 'Točke za informiranje', 'Nezakonodavne aktivnosti', 'Zakonodavna vijećanja'],
  hu: ['Megvitatandó napirendi pontok', 'Tájékoztató napirendi pontok', 'Nem jogalkotási tevékenységek', 'Jogalkotási tanácskozások'],
  it: ['Punti di discussione', 'Punti per discussione', 'Punti per informazione', 'Attività non legislative', 'Deliberazioni legislative'],
  lt: ['Diskusijų klausimai', 'Informaciniai klausimai', 'Ne teisėkūros veikla', 'Svarstymai dėl teisėkūros procedūra priimamų aktų'],
  lv: ['Apspriežamie jautājumi', 'Informatīvi jautājumi', 'Ar likumdošanu nesaistītas darbības', 'Apspriedes par leģislatīvām darbībām'],
  mt: ['Punti għad-diskussjoni', 'Punti għall-informazzjoni', 'Attivitajiet mhux leġiżlattivi', 'Deliberazzjonijiet leġiżlattivi'],
  nl: ['Bespreekpunten', 'Informatiepunten', 'Punten ter bespreking', 'Punten ter informatie', 'Niet-wetgevingsactiviteiten', 'Wetgevingsberaadslagingen'],
  pl: ['Punkty do dyskusji', 'Punkty do wiadomości', 'Działania o charakterze nieustawodawczym', 'Obrady ustawodawcze'],
  pt: ['Pontos para debate', 'Pontos para informação', 'Atividades não legislativas', 'Deliberações legislativas'],
  ro: ['Puncte pentru dezbatere', 'Puncte pentru informare', 'Activități fără caracter legislativ', 'Deliberări legislative'],
  sk: ['Body na diskusiu', 'Body na informáciu', 'Nelegislatívne činnosti', 'Legislatívne rokovania'],
  sl: ['Točke za razpravo', 'Točke v vednost', 'Nezakonodajne dejavnosti', 'Zakonodajna posvetovanja'],
  sv: ['Diskussionspunkter', 'Informationspunkter', 'Icke-lagstiftande verksamhet', 'Överläggningar om lagstiftning'],
};

/** The headings of every language as one alternation: as printed, in lower case and in capitals. */
export const AGENDA_HEADING = wordAlternation(
  Object.values(AGENDA_HEADINGS).flatMap((headings) => headings.flatMap((heading) => [heading, heading.toLowerCase(), heading.toUpperCase()])),
);

/** The versions' word for `and` between two committees' names (`COSI a SCIFA`, `COSI ir SCIFA`, `COSI in SCIFA`). */
const AND_WORDS = ['and', 'et', 'und', 'y', 'e', 'en', 'i', 'и', 'a', 'og', 'και', 'ja', 'agus', 'és', 'ir', 'un', 'u', 'și', 'in', 'och'];

/**
 * The versions' word for "the committees" before the committees' names of a joint session (`Společné zasedání výborů COSI
 * a SCIFA`, `Wspólne posiedzenie komitetów COSI i SCIFA`, `Gemeinsame Sitzung der Ausschüsse COSI und SAEGA`, `Joint
 * session of the committees COSI and SCIFA`): taken out with the names, as an article is.
 */
const COMMITTEE_NOUNS_BEFORE = [
  ...['committees', 'výborů', 'výborov', 'komitetów', 'odborov', 'odbora', 'комитетите', 'comitetelor', 'ausschüsse', 'Ausschüsse', 'comités', 'comitati'],
  ...['udvalgene', 'kommittéerna', 'επιτροπών'],
];

/** The word for "committee(s)" the versions that name the bodies first print after their names (`COSI ir SCIFA komitetų bendras posėdis`, `A COSI és a SCIFA bizottság közös ülése`). */
const COMMITTEE_NOUNS_AFTER = ['komitetų', 'komiteju', 'bizottság', 'bizottságok', 'komiteede'];

/**
 * The words the versions print before a committee's name when they decline it, in lower case (`of COSI`, `des COSI`,
 * `du COSI`, `del COSI`, `van het COSI`, `do COSI`, Hungarian `a COSI`, Romanian `a COSI`, Bulgarian `на COSI`, Greek
 * `της COSI`, Danish `mellem COSI`): taken out with the names.
 */
const NAME_ARTICLES = [
  ...['of', 'the', 'between', 'des', 'du', 'de', 'la', 'le', 'del', 'della', 'dello', 'el', 'il', 'lo', 'van', 'het', 'do', 'da'],
  ...['dei', 'degli', 'los', 'las', 'dos', 'das', 'tal-kumitati'],
  ...['der', 'den', 'dem', 'a', 'az', 'mellem', 'mellan', 'на', 'между', 'της', 'του', 'των', 'μεταξύ', 'između', 'med', 'z'],
  ...COMMITTEE_NOUNS_BEFORE,
];

/**
 * One committee's name in capitals (`COSI`, `COSI–SCIFA`), as a version declines it: an article or preposition before it
 * (NAME_ARTICLES), Maltese's article joined before it (`tal-COSI`), an ending joined after it (Finnish and Swedish
 * `COSI:n`, `COSI:s`, Croatian `COSI-ja`, `SCIFA-e`).
 */
const NAME_DECLINED = String.raw`\p{Lu}{2,}(?:[ \t]*[–/-][ \t]*\p{Lu}{2,})*(?:[:'’-]\p{Ll}{1,3}(?![\p{L}]))?`;
const NAME = String.raw`(?:(?:${NAME_ARTICLES.join('|')})[ \t]+){0,3}(?:\p{Ll}{2,3}-)?${NAME_DECLINED}`;

/**
 * The committees a line names in capitals, with the words for `and` between them, wherever they stand among its words
 * (`Bendras COSI ir SCIFA posėdis`, `Společné zasedání COSI a SCIFA`, `Joint COSI–SCIFA session`, declined: `Joint
 * session of COSI and SCIFA`, `A COSI és a SCIFA közös ülése`, `COSI:n ja SCIFA:n yhteinen kokous`): taken out before
 * the line's words are matched, so that the phrases are matched alone.
 */
const NAMED_BODIES = new RegExp(
  String.raw`(?<![^ \t])${NAME}(?:[ \t]+(?:${AND_WORDS.join('|')})[ \t]+${NAME})*(?:[ \t]+(?:${COMMITTEE_NOUNS_AFTER.join('|')}))?(?![^ \t])`,
  'gu',
);

/**
 * The names of committees a joint session names between or after its words (`COSI–SCIFA`, `COSI/CATS`, `COSI and
 * SCIFA`, `of COSI and SCIFA`, `des COSI und des SAEGA`): capitals, dashes, slashes, as the versions decline them.
 */
const BODIES = String.raw`(?:[ \t]+(?:${NAME}|${AND_WORDS.join('|')}))*`;

/**
 * The names of committees a joint session names before its words, in the languages that put them first (`COSI ja
 * SCIFA ühisistung`, `COSI:n ja SCIFA:n yhteinen kokous`, Hungarian with its article `A COSI és a SCIFA közös ülése`):
 * the first name capitalised as a line opens.
 */
const BODIES_FIRST = String.raw`(?:Az?[ \t]+)?${NAME_DECLINED}(?:[ \t]+(?:${AND_WORDS.join('|')})[ \t]+${NAME})*(?:[ \t]+(?:${COMMITTEE_NOUNS_AFTER.join('|')}))?`;

/**
 * The parts of a meeting a notice or an outcome sets over its items: a session restricted to some delegations and a
 * session joint with another committee (`Restricted session (Member States and the Commission only)`, `Joint COSI–SCIFA
 * session`, `Session conjointe COSI–CSIFA`, `Session restreinte`, `Gemeinsame Sitzung`, `Заседание в ограничен състав`,
 * `Yhteinen kokous COSI–SCIFA`, `Möte i begränsad sammansättning`), in the 24 languages, as printed or in capitals,
 * with the bodies it names after it or between its words and what the line says in brackets after them.
 */
const SESSION_PHRASES = [
  ...['session conjointe', 'session restreinte', 'séance conjointe', 'séance restreinte', 'réunion conjointe', 'réunion restreinte'],
  ...['reunión conjunta', 'reunión restringida', 'riunione congiunta', 'riunione ristretta'],
  ...['gemeinsame sitzung', 'sitzung im engeren kreis', 'sesión conjunta', 'sesión restringida', 'sessione congiunta', 'sessione ristretta'],
  ...['gezamenlijke zitting', 'beperkte zitting', 'zitting in beperkte samenstelling', 'gezamenlijke vergadering', 'vergadering in beperkte samenstelling'],
  ...['sessão conjunta', 'sessão restrita', 'reunião conjunta', 'reunião restrita', 'wspólne posiedzenie', 'posiedzenie w ograniczonym składzie'],
  // Bulgarian, Czech, Danish, Greek, Estonian, Finnish
  ...['съвместно заседание', 'заседание в ограничен състав', 'společné zasedání', 'zasedání v omezeném složení'],
  ...['fælles møde', 'fælles samling', 'møde i begrænset sammensætning', 'κοινή συνεδρίαση', 'κοινή σύνοδος', 'συνεδρίαση σε περιορισμένη σύνθεση'],
  ...['ühisistung', 'ühine istung', 'ühiskoosolek', 'istung piiratud koosseisus', 'koosolek piiratud koosseisus'],
  ...['yhteinen kokous', 'yhteinen istunto', 'yhteiskokous', 'istunto suppeassa kokoonpanossa', 'kokous suppeassa kokoonpanossa'],
  // Irish, Croatian, Hungarian, Lithuanian, Latvian, Maltese
  ...['seisiún comhpháirteach', 'seisiún srianta', 'zajednička sjednica', 'sjednica u ograničenom sastavu', 'közös ülés', 'szűk körű ülés'],
  // Hungarian's possessed forms after the bodies (`A COSI és a SCIFA közös ülése`)
  ...['közös ülése', 'szűk körű ülése'],
  ...['bendras posėdis', 'jungtinis posėdis', 'ribotos sudėties posėdis', 'kopīgā sanāksme', 'kopīga sanāksme', 'sanāksme ierobežotā sastāvā'],
  ...['sessjoni konġunta', 'sessjoni ristretta', 'laqgħa konġunta', 'laqgħa ristretta'],
  // Romanian, Slovak, Slovenian, Swedish
  ...['sesiune comună', 'sesiune restrânsă', 'reuniune comună', 'reuniune restrânsă', 'spoločné zasadnutie', 'zasadnutie v obmedzenom zložení'],
  // Romanian's definite forms before the bodies (`Reuniunea comună a COSI și SCIFA`), Swedish's after them (`COSI:s och SCIFA:s gemensamma möte`)
  ...['sesiunea comună', 'reuniunea comună', 'gemensamma möte', 'gemensamma sammanträde'],
  ...[
    'skupna seja',
    'seja v omejeni sestavi',
    'gemensamt möte',
    'gemensamt sammanträde',
    'möte i begränsad sammansättning',
    'sammanträde i begränsad sammansättning',
  ],
];
/**
 * The part of a meeting held as the Mixed Committee with the States associated with Schengen (`Mixed Committee
 * (EU–Iceland/Norway/Switzerland/Liechtenstein)`, `Comité mixte (UE–Islande/Norvège/Suisse/Liechtenstein)`, `Gemischter
 * Ausschuss (EU–Island/Norwegen/Schweiz/Liechtenstein)`), as the Council's notices and outcomes print it over its items.
 */
const MIXED_COMMITTEE_PHRASES = ['mixed committee', 'comité mixte', 'gemischter ausschuss', 'comité mixto', 'comitato misto', 'gemengd comité', 'comité misto'];
const MIXED_COMMITTEE_PART = new RegExp(String.raw`^(?:${MIXED_COMMITTEE_PHRASES.join('|')})(?:[ \t]*\([^()]{1,120}\))?$`, 'iu');

/** The English words before the bodies of a joint session (`Joint COSI–SCIFA session`). */
const SESSION_KINDS = ['joint', 'restricted', 'closed'];
const SESSION_WORDS = [...SESSION_KINDS.map((word) => `${word}[ \t]+session`), ...SESSION_PHRASES];
/** A part's words, the bodies it names taken out (`NAMED_BODIES`), with what the line says in brackets after them. */
const SESSION_PART = new RegExp(String.raw`^(?:${SESSION_WORDS.join('|')})(?:[ \t]*\([^()]{1,120}\))?$`, 'u');

/**
 * A part of a meeting as printed with a capital first inside a longer text, with what it says in brackets: where a page
 * run into one line prints it before an item's number (`… Presidency Joint COSI–SCIFA session 3. Schengen …`).
 */
export const SESSION_PART_PRINTED = String.raw`(?:(?:${[
  ...SESSION_KINDS.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}${BODIES}[ \t]+session`),
  // The first word capitalised, each word after it as printed or capitalised (`Gemeinsame Sitzung`, `Sitzung im engeren Kreis`).
  ...[...SESSION_PHRASES, ...MIXED_COMMITTEE_PHRASES].map((phrase) =>
    phrase.replace(/(^|[ ])(\p{L})/gu, (_, space: string, letter: string) =>
      space === '' ? letter.toUpperCase() : `${space}[${letter}${letter.toUpperCase()}]`,
    ),
  ),
].join('|')})${BODIES}(?:[ \t]*\([^()]{1,120}\))?|${BODIES_FIRST}[ \t]+(?:${SESSION_PHRASES.join('|')})(?:[ \t]*\([^()]{1,120}\))?)`;

/** The word for a session or sitting in the parts' languages: a line without one is no part (looked for first, cheaply). */
const SESSION_WORD =
  /session|séance|réunion|reunión|riunione|sitzung|sesión|sessione|zitting|vergadering|sessão|reunião|posiedzenie|заседание|zasedání|møde|samling|συνεδρίαση|σύνοδος|istung|koosolek|kokous|istunto|seisiún|sjednica|ülés|posėdis|sanāksme|sessjoni|laqgħa|sesiune|reuniune|zasadnutie|seja|möte|sammanträde/iu;

/** Whether a line (plain, without colon) is a part of a meeting: its words read in lower case, the bodies it names in capitals as printed. */
function isSessionPart(plain: string): boolean {
  const first = plain.charAt(0);
  if (first !== first.toUpperCase() || !SESSION_WORD.test(plain)) return false;
  const words = plain.replace(/\p{L}+/gu, (word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()));
  const unnamed = words
    .replace(NAMED_BODIES, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return SESSION_PART.test(unnamed) || SESSION_PART.test(plain.toLowerCase());
}

/** Headings that group agenda items ("Items for discussion", "Discussion items:", "Punkty do dyskusji"); matched on the plain line without colon. */
export const AGENDA_SECTION_PATTERNS: readonly { test(plain: string): boolean }[] = [
  { test: isSessionPart },
  MIXED_COMMITTEE_PART,
  new RegExp(String.raw`^(?:${AGENDA_HEADING})(?![\p{L}]|[ \t]+\p{L})`, 'iu'),
  /^(?:items?|points?)\s(?:for|requiring|of|under)\s/i,
  // French `Points pour discussion`, German `Punkte zur Erörterung`, Italian `Punti per discussione`, Spanish `Puntos para debate`, Polish `Punkty do dyskusji`.
  /^(?:points?\spour|punkte?\s(?:zur|zum|für)|punti\s(?:per|da)|puntos?\spara|punkty\sdo)\s/i,
  /^(?:discussion|information|endorsement|decision|approval|debate|other)\sitems?$/i,
  /^(?:non-)?legislative\s(?:deliberations|activities)$/i,
  /^[AB][ -]items?$/i,
];

/**
 * Titles of an "any other business" item, or of a part of the agenda above numbered items, in the official languages
 * (matched on the plain line without colon): `Any other business`, `AOB`, `Sonstiges`, `Divers`, `Други въпроси`,
 * `Muud küsimused`, `Kwalunkwe punt ieħor` …
 */
const OTHER_BUSINESS_WORDS = [
  ...['any other business', 'other business', String.raw`a\.?o\.?b\.?`, 'divers', 'sonstiges', 'varie', 'varios', 'diversos', 'rondvraag', 'sprawy różne'],
  ...['övriga frågor', 'eventuelt', 'други въпроси', 'různé', 'διάφορα θέματα', 'διάφορα', 'muud küsimused', 'muut asiat', 'aon ghnó eile', 'razno'],
  ...['egyebek', 'kiti klausimai', 'citi jautājumi', 'kwalunkwe punt ieħor', 'diverse', 'rôzne'],
];
export const ANY_OTHER_BUSINESS = new RegExp(String.raw`^(?:${OTHER_BUSINESS_WORDS.join('|')})$`, 'iu');

/** Titles that also open a sentence in their language (`Divers États membres …`, `Varios Estados …`, `Varie delegazioni …`, `Eventuelt …`). */
const OTHER_BUSINESS_AMBIGUOUS = new Set(['divers', 'varie', 'varios', 'diversos', 'diverse', 'razno', 'rôzne', 'různé', 'διάφορα', 'eventuelt']);

/**
 * The titles as printed inside a longer text, capitalised or in capitals (`… ADD 1. Any other business The Presidency …`):
 * only those no sentence opens with.
 */
export const OTHER_BUSINESS_PRINTED = OTHER_BUSINESS_WORDS.filter((words) => !OTHER_BUSINESS_AMBIGUOUS.has(words))
  .flatMap((words) => [`${words.charAt(0).toUpperCase()}${words.slice(1)}`, words.toUpperCase()])
  .join('|');

/** The titles that also open a sentence (`OTHER_BUSINESS_AMBIGUOUS`), as printed: one only where no sentence can go on after it. */
export const OTHER_BUSINESS_AMBIGUOUS_PRINTED = [...OTHER_BUSINESS_AMBIGUOUS]
  .flatMap((words) => [`${words.charAt(0).toUpperCase()}${words.slice(1)}`, words.toUpperCase()])
  .join('|');
