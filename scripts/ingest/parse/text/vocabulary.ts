/** The Council's vocabularies the parser reads: month names, header labels, kinds, headings, page furniture. */
import { ASSOCIATION_SERIES } from '../../../../src/shared/association-series.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** Month names by language, lower case, January first. */
export const MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  // Croatian before Polish: `listopada` is October in Croatian, November in Polish, and the Polish reading is kept
  hr: ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'],
  // Polish, Czech and Finnish headers print the month in the genitive or partitive: `1 grudnia 2016 r.`
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  fi: [
    'tammikuuta',
    'helmikuuta',
    'maaliskuuta',
    'huhtikuuta',
    'toukokuuta',
    'kesäkuuta',
    'heinäkuuta',
    'elokuuta',
    'syyskuuta',
    'lokakuuta',
    'marraskuuta',
    'joulukuuta',
  ],
  el: ['ιανουαρίου', 'φεβρουαρίου', 'μαρτίου', 'απριλίου', 'μαΐου', 'ιουνίου', 'ιουλίου', 'αυγούστου', 'σεπτεμβρίου', 'οκτωβρίου', 'νοεμβρίου', 'δεκεμβρίου'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  sk: ['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
  sl: ['januar', 'februar', 'marec', 'april', 'maj', 'junij', 'julij', 'avgust', 'september', 'oktober', 'november', 'december'],
  et: ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'],
  // Lithuanian, Latvian and Hungarian headers print the year first: `2019 m. gegužės 3 d.`, `2019. gada 3. maijā`, `2019. május 3.`
  lt: ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
  lv: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
  hu: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  mt: ['jannar', 'frar', 'marzu', 'april', 'mejju', 'ġunju', 'lulju', 'awwissu', 'settembru', 'ottubru', 'novembru', 'diċembru'],
  // Irish writes September and October in two words: `20 Meán Fómhair 2023`
  ga: ['eanáir', 'feabhra', 'márta', 'aibreán', 'bealtaine', 'meitheamh', 'iúil', 'lúnasa', 'meán fómhair', 'deireadh fómhair', 'samhain', 'nollaig'],
};

/**
 * Other forms of a language's months its dates print, twelve by twelve: Bulgarian ones may print the old genitive
 * (`3 марта 2026 г.`), Slovenian dates put the month in the genitive
 * (`12. junija 2019`), Latvian ones in the genitive before a noun (`2025. gada 18. un 19. novembra sanāksme`), Estonian
 * ones in the adessive and the genitive (`18. ja 19. novembril 2025 toimunud`, `19. novembri 2025. aasta`).
 */
export const MONTH_OTHER_FORMS: Readonly<Record<string, readonly string[]>> = {
  // a Bulgarian date may print the month in the old genitive, as Russian does (`3 марта 2026 г.` beside `4 март 2026 г.`)
  bg: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  sl: ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  lv: ['janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  et: [
    ...['jaanuaril', 'veebruaril', 'märtsil', 'aprillil', 'mail', 'juunil', 'juulil', 'augustil', 'septembril', 'oktoobril', 'novembril', 'detsembril'],
    ...['jaanuari', 'veebruari', 'märtsi', 'aprilli', 'mai', 'juuni', 'juuli', 'augusti', 'septembri', 'oktoobri', 'novembri', 'detsembri'],
  ],
};

/** Month names (every language of MONTH_NAMES, and common abbreviations), lower case, to their number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...Object.values(MONTH_NAMES).flatMap(monthNames),
  ...Object.values(MONTH_OTHER_FORMS).flatMap(monthNames),
  // abbreviations as printed in tables and headers ("12 Sept. 2024"); accents dropped by some exports
  ...monthNames(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']),
  ['sept', 9],
  ['fevrier', 2],
  ['aout', 8],
  ['decembre', 12],
  ['maerz', 3],
]);

/** Each name with its month: the names of a list run January to December, twelve by twelve. */
function monthNames(names: readonly string[]): [string, number][] {
  return names.map((name, index) => [name, (index % 12) + 1]);
}

/** Week-day names that may open a day heading ("Tuesday 18 November 2025"). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  ...['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  ...['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  ...['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  ...['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  ...['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  ...['mandag', 'tirsdag', 'lørdag', 'søndag'],
  // the other official languages; Portuguese and Irish days are read word by word (`segunda-feira`, `Dé Máirt`)
  ...['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira', 'sábado', 'domingo'],
  ...['понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота', 'неделя'],
  ...['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  ...['δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο', 'κυριακή'],
  ...['esmaspäev', 'teisipäev', 'kolmapäev', 'neljapäev', 'reede', 'laupäev', 'pühapäev'],
  ...['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
  ...['dé', 'luain', 'máirt', 'céadaoin', 'déardaoin', 'haoine', 'sathairn', 'domhnaigh'],
  ...['ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota', 'nedjelja'],
  ...['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
  ...['pirmadienis', 'antradienis', 'trečiadienis', 'ketvirtadienis', 'penktadienis', 'šeštadienis', 'sekmadienis'],
  ...['pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena'],
  ...['tnejn', 'tlieta', 'erbgħa', 'ħamis', 'ġimgħa', 'sibt', 'ħadd'],
  ...['luni', 'marți', 'marţi', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
  ...['pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'nedeľa'],
  ...['ponedeljek', 'torek', 'sreda', 'četrtek', 'petek', 'nedelja'],
]);

/** Words joining the days of one date expression ("18 and 19", "30 November et 1 December"). */
export const DATE_JOINERS: ReadonlySet<string> = new Set(
  // en fr de, da, it pt, es, nl, pl hr, sv, fi et, and the other official languages: sl, ga, ro, bg, cs sk, hu, lv, lt, mt, el
  ['and', 'et', 'und', '&', ',', 'og', 'e', 'y', 'en', 'i', 'och', 'ja', 'in', 'agus', 'și', 'şi', 'и', 'a', 'és', 'un', 'ir', 'u', 'και'],
);

/**
 * The words that open an aside of circumstance a sentence sets between commas after a decision's verb, before its
 * object (`took note, after a discussion, of the report`, `a pris note, après un échange de vues, du rapport`,
 * `billigte, wie vom Vorsitz vorgeschlagen, den Entwurf`, `tomó nota, tras un debate, del informe`, `heeft, na een
 * gedachtewisseling, het verslag … goedgekeurd`): prepositions and adverbs of when, how and with what, lower case, in
 * the versions that print their prepositions before the noun. None that opens how a decision was taken (`by`, `par`,
 * `im`, `w drodze`: decision-procedures.ts) nor a relative pronoun (the Danish and Swedish `som`).
 */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(
  [
    // en
    'after following without with in on as at upon once however also moreover furthermore therefore notably inter',
    // fr
    'après à avec sans en dans sous comme suite lors conformément toutefois cependant également notamment dès',
    // de
    'nach mit ohne wie in auf unter nachdem jedoch zudem außerdem angesichts einstimmig',
    // es
    'tras después con sin en como previa conforme asimismo además',
    // it
    'dopo con senza in come al previa conformemente tuttavia inoltre',
    // pt
    'após depois com sem em como na no conforme contudo além',
    // nl
    'na met zonder in op zoals naar echter bovendien overeenkomstig',
    // cs sk sl hr pl (`w obecnym brzmieniu`), ro, bg, el, da sv, et, lv, lt, mt, ga
    'po w bez jak ako podle podľa však nakon uz kao după cu fără ca conform след със без като съгласно μετά με χωρίς ως όπως κατόπιν efter med uden utan pärast ilma pēc ar su be wara mingħajr bħala tar gan mar',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The strong and irregular past forms, singular and plural, that a German or Dutch outcome coordinates after a decision
 * and a comma for what the body did besides (`billigte den Bericht, hob die Bedeutung … hervor und …`, `sprach sich für …
 * aus`, `gab … seine Zustimmung`; `nam nota van het verslag, gaf … en …`): a weak past is told by its ending
 * (verb-asides.ts), these by name. None that is also a participle or a noun (`beschlossen`, `besloten`, `wezen`).
 */
export const STRONG_PASTS: Readonly<Record<'de' | 'nl', readonly string[]>> = {
  de: [
    ...['sprach', 'sprachen', 'nahm', 'nahmen', 'gab', 'gaben', 'hob', 'hoben', 'hielt', 'hielten', 'bat', 'baten', 'rief', 'riefen'],
    ...['empfahl', 'empfahlen', 'beschloss', 'wies', 'wiesen', 'sah', 'sahen', 'zog', 'zogen', 'trug', 'trugen', 'schlug', 'schlugen'],
    ...['kam', 'kamen', 'unterstrich', 'brachte', 'brachten'],
  ],
  nl: [
    ...['nam', 'namen', 'gaf', 'gaven', 'sprak', 'spraken', 'hield', 'hielden', 'riep', 'riepen', 'besloot', 'kwam', 'kwamen', 'wees'],
    ...['bracht', 'brachten', 'drong', 'drongen', 'stond', 'stonden'],
  ],
};

/**
 * The articles a Maltese weekday or day is printed with (`it-Tlieta`, `l-Erbgħa`, `il-Ħamis`, `is-Sibt`, `tat-18 u
 * d-19 ta' Novembru`, `is-17 u t-18 ta' Marzu`, `il-15 u s-16`), read as words of their own; the hyphen after one joins
 * it to its word and makes no range.
 */
export const MALTESE_ARTICLES: ReadonlySet<string> = new Set(['it', 'l', 'il', 'is', 'd', 'id', 't', 's', 'tat']);

/**
 * Words a date is printed with that carry no part of it: `le 3 mai`, `den 3. Mai`, `3 de mayo de 2019`, `1 grudnia 2016
 * r.`, `2019 m. gegužės 3 d.`, `3 ta' Mejju`, the Irish article of `an 18 agus an 19 Samhain`, the English `the 3rd of March 2026`.
 */
export const DATE_FILLERS: ReadonlySet<string> = new Set([
  'le',
  'den',
  'de',
  'r.',
  'r',
  'г.',
  'г',
  'm.',
  'd.',
  'gada',
  'ta',
  'an',
  'the',
  'of',
  ...MALTESE_ARTICLES,
]);

/** Dashes that make a range of days ("26-27 June 2014", "28 November – 2 December"). */
export const DATE_RANGE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'au', 'bis']);

// The kind of a document is the line just above its labels; these are known even where a bare
// committee code could stand.
/** Document-type lines known by name, in lower case without quotes. */
export const KNOWN_KINDS: ReadonlySet<string> = new Set([
  'note',
  'report',
  'opinion',
  'corrigendum',
  'addendum',
  'resolution',
  'recommendation',
  'decision',
  'outcome of proceedings',
  'summary record',
  'cover note',
  'information note',
  'i/a item note',
  'i item note',
  'a item note',
  'presidency note',
  'working document',
  'provisional agenda',
  'communication',
  'notice of meeting and provisional agenda',
  'notice of meeting',
]);

/** An agenda item's or paragraph's number as the Council numbers them: `3`, `3.1`, `3.1.2` (up to five levels of three figures). */
export const ITEM_NUMBER = String.raw`\d{1,3}(?:\.\d{1,3}){0,4}`;

/** A clock time as an agenda prints it: `10.00`, `9.30`, `10:00`, `10h00` (hours 0–23, minutes two digits). */
const CLOCK_TIME = String.raw`(?:[01]?\d|2[0-3])[.:h][0-5]\d`;

/**
 * An hour with its language's word for o'clock after it, as a notice prints its `Time:` value (`10.00 Uhr`, `10.00 uur`,
 * `10.00 h`, `10.00 hrs`), or the French way with the `h` between hours and minutes (`Heure: 10 h 00`): a time, never an
 * item numbered `10.00` and titled `Uhr` or numbered `10` and titled `h 00`.
 */
export const HOUR_WITH_WORD = String.raw`(?:${CLOCK_TIME}[ \t](?:Uhr|uur|hrs|h)|(?:[01]?\d|2[0-3])[ \t]h[ \t][0-5]\d)(?![\p{L}\d])`;

/**
 * A word for a videoconference, by its stem at a word's start, in each official language, as the versions decline and
 * mutate it: `videoconference`, `video conference`, `vidéoconférence`, `visioconférence`, `Videokonferenz`,
 * `videoconferencia`, `videoconferenza`, `videoconferentie`, Portuguese `videoconferência`, `wideokonferencja`,
 * `videokonference`, `videokonferencia`, `videokonferenca`, `videokonferencija`, `videokonferenssi`, `videokonferens`,
 * Romanian `videoconferință` (comma or cedilla, `videoconferinţă`), `видеоконференция`, Greek `τηλεδιάσκεψη` and
 * `βιντεοδιάσκεψη` (the accent where the version moves it, `τηλεδιασκέψεις`, or none in capitals), `videokonverents`,
 * `videoneuvottelu`, Lithuanian `vaizdo konferencija`, Irish `físchomhdháil` (lenited, `fhíschomhdháil`, eclipsed,
 * `bhfíschomhdháil`, genitive `físchomhdhála`), Maltese `vidjokonferenza`.
 */
export const VIDEOCONFERENCE_WORD = String.raw`(?:video ?conferenc|vid[ée]oconf[ée]rence|visioconf[ée]rence|videokonferen|videoconferen|videoconferênc|wideokonferencj|videoconferin[țţ]|видеоконферен|τηλεδι[αά]σκ[εέ]ψ|βιντεοδι[αά]σκ[εέ]ψ|videokonverents|videoneuvottel|vaizdo konferencij|(?:bh)?fh?íschomhdhá|vidjokonferenz)`;

/** A planned time slot of two times as an agenda prints it (`13.00 – 14.30`, `13.00-14.30`, `13:00 to 14:30`), for a row without a number run into a line. */
export const TIME_RANGE = String.raw`${CLOCK_TIME}[ \t]*(?:[–—-]|to)[ \t]*${CLOCK_TIME}`;

/** An hour as a span of hours prints it: a clock time, or the French way with the `h` between hours and minutes (`10 h 00`). */
const SPAN_HOUR = String.raw`(?:${CLOCK_TIME}|(?:[01]?\d|2[0-3])[ \t]h[ \t][0-5]\d)`;

/**
 * The word for o'clock a version prints before an hour (`kl. 10.00`, `klo 10.00`, `plkst. 10.00`): Danish and Swedish,
 * Finnish, Latvian. An hour after it is a notice's time, never an agenda's planned slot (TIME_SLOT has no word).
 */
export const HOUR_WORD_BEFORE = String.raw`(?:kl\.|klo|plkst\.)`;

/**
 * A day's hours as a span with the version's word for hours or o'clock, before it (`kl. 10.00 – 13.00`, `klo 10.00 –
 * 13.00`, `plkst. 10.00 – 13.00`) or after it (`10.00 – 13.00 Uhr`, `10.00 – 13.00 uur`, `10.00 – 13.00 ч.`, `10.00 –
 * 13.00 val.`, `10.00 – 13.00 hod.`), or the French way (`10 h 00 – 13 h 00`): as a notice prints a day's hours under
 * its heading, never an item's slot (TIME_SLOT has no word).
 */
export const WORDED_HOURS_SPAN = String.raw`(?:${HOUR_WORD_BEFORE}[ \t]+${SPAN_HOUR}[ \t]*[–—-][ \t]*${SPAN_HOUR}|${SPAN_HOUR}[ \t]*[–—-][ \t]*${SPAN_HOUR}[ \t]+(?:Uhr|uur|hrs|h|ч\.|val\.|hod\.)|(?:[01]?\d|2[0-3])[ \t]h[ \t][0-5]\d[ \t]*[–—-][ \t]*${SPAN_HOUR})(?![\p{L}\d])`;

/** A planned time or time slot as an agenda prints it (`10.00 – 10.10`, `10.00-10.10`, `10:00`, `9.30 to 10.00`); groups: the second time of a slot. */
export const TIME_SLOT = String.raw`${CLOCK_TIME}(?:[ \t]*(?:[–—-]|to)[ \t]*(${CLOCK_TIME}))?`;

/**
 * The hour a meeting opens in brackets after a day heading, as the versions print it: `(10.00)`, `(10:00)`, `(10 h 00)`,
 * `(10h00)`, with the word for o'clock or hours before or after it (`(10.00 Uhr)`, `(kl. 10.00)`, `(klo 10.00)`,
 * `(plkst. 10.00)`, `(10.00 ч.)`, `(10.00 val.)`, `(10.00 hod.)`), or a slot (`(10.00–13.00)`).
 */
export const HOUR_IN_BRACKETS = String.raw`\((?:\p{L}{1,6}\.?[ \t])?(?:${HOUR_WITH_WORD}|${TIME_SLOT}(?:[ \t]\p{L}{1,4}\.?)?)\)`;

/**
 * A planned time or time slot opening an agenda row (`10.00 – 10.10`, `10.00-10.10`, `10:00`, `10h00`), a dash or
 * `to` between two times, and the tab or spaces that part it from the rest of the row; groups: the time as printed,
 * the second time of a slot, the rest.
 */
export const LEADING_TIME = new RegExp(String.raw`^(${TIME_SLOT})[ \t]+(\S.*)$`, 'u');

/**
 * A planned time alone on its line, as plain `pdftotext` prints a notice's time column (the item's number and title
 * on the lines below); groups: the time as printed, the second time of a slot (`10.00 – 10.10`), if any.
 */
export const TIME_ALONE = new RegExp(String.raw`^[ \t]*(${TIME_SLOT})$`, 'u');

/**
 * The words the language versions print, whole or cut short, for an item a provisional agenda lists as possible only:
 * `poss.`, `évent.`, `ggf.`, `evtl.`, `event.`, `eventualmente`, `posiblemente`, `evt.`, `ev.`, `ewent.`, `příp.`,
 * `esetleg`, `евент.`, `ενδεχ.` ….
 */
const POSSIBLE_WORD = String.raw`(?:[Pp]oss|possibly|évent|év|ggf|evtl|event|eventual|eventualmente|posiblemente|evt|ev|ewent|ewentualnie|mahd|příp|případně|prípadne|esetleg|евент|ενδεχ|iesp|mogući|morebitno|galbūt|võimalik|possibbli)`;

/**
 * The mark of an item a provisional agenda lists as possible only, before or after its title: `(poss.)`, `(évent.)`,
 * `(ggf.)`, `(event.)`, the Spanish `(posiblemente)` — `POSSIBLE_WORD` —, and before it any word in lower case cut short
 * in brackets (`(ewent.)`, `(ενδεχ.)`), which no title opens with otherwise.
 */
export const POSSIBLE_ITEM = new RegExp(String.raw`^\((?:${POSSIBLE_WORD}\.?|\p{Ll}{2,8}\.)\)\s*|\s*\(${POSSIBLE_WORD}\.?\)$`, 'u');

/** The same mark where a page run into one line prints it after an item's number: `7. (poss.) EMPACT …`. */
export const POSSIBLE_MARK_SOURCE = String.raw`\((?:${POSSIBLE_WORD}\.?|\p{Ll}{2,8}\.)\)`;

/**
 * The words for an item a provisional agenda lists pro memoria only (kept on the agenda, nothing planned under it):
 * `p.m.` as most versions print it (`p. m.`, `P.M.`), and written out as the versions write the Latin phrase: `pro memoria`
 * (and `pro memorie`, Dutch), `pour mémoire`, `per memoria`, `para memoria`, `para memória`, also in capitals.
 */
export const PRO_MEMORIA_WORD = String.raw`(?:[Pp]\.[ \t]?[Mm]\.|(?:[Pp]ro|[Pp]er|[Pp]ara)[ \t]mem[oó]ri[ae]|[Pp]our[ \t]mémoire|(?:PRO|PER|PARA)[ \t]MEM[OÓ]RI[AE]|POUR[ \t]MÉMOIRE)`;

/** The mark of an item listed pro memoria in brackets (`(p.m.)`, `(pour mémoire)`), as a page run into one line prints it after an item's number. */
export const PRO_MEMORIA_MARK_SOURCE = String.raw`\(${PRO_MEMORIA_WORD}\)`;

/**
 * The mark of an item a provisional agenda lists pro memoria, before or after its title: in brackets (`(p.m.)`,
 * `(pour mémoire)`), or bare, `p.m. EU Policy Cycle …`, `… EMPACT p.m.`, `… EMPACT pro memoria` (after a word, never a
 * time's `1 p.m.`); also the mark alone on its line, as a notice prints it in the column of an item's documents.
 */
export const PRO_MEMORIA_ITEM = new RegExp(
  String.raw`^${PRO_MEMORIA_MARK_SOURCE}[ \t]*|^p\.[ \t]?m\.(?:[ \t]+|$)|[ \t]*${PRO_MEMORIA_MARK_SOURCE}$|(?<=[\p{L})])[ \t]+${PRO_MEMORIA_WORD}$`,
  'u',
);

/**
 * Either mark an item may carry before its title on a page run into one line: possible (`(poss.)`) or pro memoria
 * (`(p.m.)`, and bare before a capital, `p.m. EU Policy Cycle`).
 */
export const ITEM_MARK_SOURCE = String.raw`(?:${POSSIBLE_MARK_SOURCE}|${PRO_MEMORIA_MARK_SOURCE}|p\.[ \t]?m\.(?=[ \t]+["“(]?\p{Lu}))`;

/**
 * A sub-point of a provisional agenda's item: `a) title`, `(ii) title`, a list's `i. title` or `a. title` (a point's
 * own points, `a)` then `i.`, as a word processor numbers a second level), a Greek or Bulgarian version's `α) title`,
 * `а) title` (never with a dot: `г.` is the Bulgarian year's), or a bulleted `- title`; groups: label, label, title.
 */
export const SUB_POINT = /^(?:([a-z](?=[).])|[ivx]{1,4}(?=[).])|[α-ωа-я](?=\)))[).]|\(([a-zα-ωа-я]|[ivx]{1,4})\)|[-–•*])\s+(\S.*)$/;

/**
 * A numbered paragraph that leads in to a list (`3. The Presidency invites COSI to:` above `(a) take note …`): its colon
 * follows a word no heading ends on (a preposition, a conjunction, a verb, `following`), whereas a heading's colon follows
 * its noun (`8. EU Policy Cycle for organised and serious international crime:`). English, French, German.
 */
export const LEAD_IN = new RegExp(
  String.raw`(?:^|\s)(?:${[
    ...['to', 'that', 'following', 'follows', 'namely', 'below', 'include', 'includes', 'including', 'is', 'are', 'was', 'were', 'be', 'been'],
    ...[
      'should',
      'shall',
      'will',
      'would',
      'can',
      'could',
      'may',
      'must',
      'has',
      'have',
      'by',
      'on',
      'for',
      'of',
      'in',
      'with',
      'from',
      'at',
      'as',
      'and',
      'or',
    ],
    ...['à', 'de', 'que', 'suit', 'suivant', 'suivants', 'suivante', 'suivantes', 'sur', 'pour', 'est', 'sont', 'et', 'ou'],
    ...['zu', 'dass', 'folgt', 'folgende', 'folgenden', 'auf', 'für', 'von', 'mit', 'ist', 'sind', 'und', 'oder'],
  ].join('|')})[ \t]*:$`,
  'iu',
);

/** What a partially declassified version prints in place of a passage it leaves out: a paragraph, never a heading. */
export const DELETED_PASSAGE = /^[[(]?DELETED[\])]?\.?$/;

/** The NB block that ends a notice of meeting (`NB: Delegates are reminded …`): no agenda item's text. */
export const NOTE_BLOCK = /^N\.?\s?B\.?\s*[:.–-]/;

/**
 * The word a wrapped title or sentence ends on before the date the next line gives (`Meeting of the Council on` /
 * `25 September 2023: Preparation`; `… at its meetings on 28 October and` / `5 November 2025.`; a subject's `… (COSI) des`,
 * `de los días`, `ve dnech`, `den`, `στις`, `проведено на`, `an`, `w dniach`, `din` before its meeting's days; the
 * article a Spanish or Italian day takes, `celebrada en Bruselas el`, `tenutasi a Bruxelles il`, the Portuguese `em`,
 * the Polish `w dniu` of one day). The word for "day" a Spanish, Italian, Portuguese or Slovak day may take goes on only
 * after its article or as no agenda's word (`celebrada el día`, `tenutasi il giorno`, `realizada no dia`, `konanej dňa`),
 * as each also ends the version's "agenda" (`orden del día`, `ordine del giorno`, `ordem do dia`, `poriadok dňa`), and
 * the Croatian participle that names a day without a preposition (`održane`, `održanog`).
 */
export const DATE_PREPOSITION_END =
  /(?:^|[ \t])(?:on|of|from|until|to|dated|and|or|between|du|le|au|et|ou|des|vom|am|bis|und|oder|del|de|di|dal|al|el|il|em|y|e|días|van|op|tot|dne|dnech|den|στις|на|an|dnia|dniu|dniach|din|el[ \t]+día|il[ \t]+giorno|no[ \t]+dia|(?<!poriad[a-z]{1,3}[ \t])dňa|održan(?:e|og|oj|om|a|i|ih)?)$/;

/** A line that opens with a day (or two: `9 e 10`, `18-19`), month and year: the date a wrapped line above it names. */
export const OPENS_WITH_DATE = /^\d{1,2}\.?(?:[ \t]*(?:[-–]|and|et|und|e|y|en|i|og|och|ja)[ \t]*\d{1,2}\.?)?[ \t]+\p{L}{3,12}\.?[ \t]+\d{4}(?![\p{L}\p{N}])/u;

/**
 * A table's numbered column's header cell, the first of its row: a word cut short with its dot (`No.`, `Nr.`, `Br.`,
 * `Lp.`, `Αρ.`, `Sorsz.`) or a letter with the sign of a number (`N°`, `N.º`, `№`); never a Roman numeral or a letter
 * alone (`II.`, `A.`: a part's number).
 */
export const NUMBER_COLUMN_HEADER = String.raw`(?:\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.?[°º]|№)`;

/**
 * The words of NUMBER_COLUMN_HEADER's shape the versions head a numbered column with (`No.`, `Nr.`, `N°`, `N.º`, `Nº`,
 * `№`, `Núm.`, `Lp.`, `Br.`, `Č.`, `Št.`, `Sorsz.`, `Ssz.`, `Αρ.`, `Nro`, `Nru`, `Uimh.`), where a header row is run into
 * a line of text and its shape alone would take an abbreviation before a capital (`Art.`, `Doc.`) for one.
 */
export const NUMBER_COLUMN_WORD = String.raw`(?:No\.|Nr\.?|Nro\.?|Nru\.?|Núm\.|N\.?[°º]|№|Lp\.|Br\.|Č\.|Št\.|Sorsz\.|Ssz\.|Αρ\.|Uimh\.)`;

/** The word an annex's heading line is, in capitals, in the 24 official languages (ANNEX, ANNEXE, ANLAGE, BILAG, ALLEGATO, ANEXO, BIJLAGE, ZAŁĄCZNIK, BILAGA, LIITE, PŘÍLOHA, ΠΑΡΑΡΤΗΜΑ, ПРИЛОЖЕНИЕ, the Romanian ANEXA as the Council prints it beside ANEXĂ, the Irish IARSCRÍBHINN …). */
export const ANNEX_WORDS: readonly string[] = [
  ...['ANNEX', 'ANNEXE', 'ANLAGE', 'ANHANG', 'BILAG', 'ALLEGATO', 'ANEXO', 'BIJLAGE', 'ZAŁĄCZNIK', 'BILAGA', 'LIITE', 'PŘÍLOHA', 'PRÍLOHA'],
  ...['ΠΑΡΑΡΤΗΜΑ', 'ПРИЛОЖЕНИЕ', 'ANEXĂ', 'ANEXA', 'PRILOG', 'PRILOGA', 'LISA', 'PRIEDAS', 'PIELIKUMS', 'MELLÉKLET', 'ANNESS', 'IARSCRÍBHINN'],
];

/**
 * The plural of each word of ANNEX_WORDS in capitals, as a cover note's Commission document cell prints the annexes
 * after the document's number (`COM(2025) 123 final - ANNEXES 1 to 3`, `- ANHÄNGE 1 bis 3`, `- ALLEGATI da 1 a 3`,
 * `- ANEXELE 1-3`, the Danish BILAG alike in both numbers).
 */
export const ANNEXES_WORDS: readonly string[] = [
  ...['ANNEXES', 'ANLAGEN', 'ANHÄNGE', 'ALLEGATI', 'ANEXOS', 'BIJLAGEN', 'ZAŁĄCZNIKI', 'BILAGOR', 'LIITTEET', 'PŘÍLOHY', 'PRÍLOHY'],
  ...['ΠΑΡΑΡΤΗΜΑΤΑ', 'ПРИЛОЖЕНИЯ', 'ANEXE', 'ANEXELE', 'PRILOZI', 'PRILOGE', 'LISAD', 'PRIEDAI', 'PIELIKUMI', 'MELLÉKLETEK', 'ANNESSI'],
  'IARSCRÍBHINNÍ',
];

/**
 * The header row of an outcome printed as a table, each row an item and what became of it (`Item | Outcome`,
 * `Point | Résultat`, `Punkt | Ergebnis`), in the 24 languages, lower case: the first column's words, then the last's.
 */
export const OUTCOME_TABLE_HEADINGS: { readonly item: ReadonlySet<string>; readonly outcome: ReadonlySet<string> } = {
  item: new Set([
    ...['item', 'items', 'agenda item', 'item no.', 'no.', 'point', 'points', "point de l'ordre du jour", 'point de l’ordre du jour'],
    ...['punkt', 'tagesordnungspunkt', 'top', 'punto', 'punto del orden del día', "punto all'ordine del giorno", 'agendapunt', 'ponto'],
    ...['punkt porządku obrad', 'bod', 'točka', 'pont', 'napirendi pont', 'kohta', 'punktas', 'punkts', 'σημείο', 'точка', 'punctul'],
    ...['punct', 'mír', 'il-punt', 'punkt på dagsordenen', 'dagordningspunkt', 'päevakorrapunkt'],
  ]),
  outcome: new Set([
    ...['outcome', 'decision', 'decisions', 'conclusion', 'conclusions', 'result', 'results', 'action taken'],
    ...['résultat', 'résultats', 'décision', 'décisions', 'suite donnée', 'ergebnis', 'ergebnisse', 'beschluss', 'schlussfolgerung'],
    ...['resultado', 'resultados', 'decisión', 'conclusiones', 'esito', 'decisione', 'conclusioni', 'resultaat', 'besluit', 'uitkomst'],
    ...['decisão', 'conclusões', 'wynik', 'decyzja', 'wnioski', 'výsledek', 'rozhodnutí', 'výsledok', 'izid', 'ishod', 'rezultat'],
    ...['αποτέλεσμα', 'απόφαση', 'резултат', 'решение', 'tulos', 'päätös', 'tulemus', 'otsus', 'rezultāts', 'lēmums'],
    ...['rezultatas', 'sprendimas', 'eredmény', 'határozat', 'döntés', 'resultat', 'beslut', 'udfald', 'afgørelse'],
    ...['riżultat', 'deċiżjoni', 'toradh', 'cinneadh', 'rezultatul', 'decizie'],
  ]),
};

/** Kind slugs whose body is an agenda of items rather than a report of sections. */
export const AGENDA_KINDS: ReadonlySet<string> = new Set(['outcome-of-proceedings', 'outcome-of-the-proceedings', 'summary-record']);

/** Kind slugs of notices of meeting: their `Date:` line gives the days of the meeting they convene. */
export const NOTICE_KINDS: ReadonlySet<string> = new Set(['notice-of-meeting-and-provisional-agenda', 'notice-of-meeting']);

/** The kind a document gets when its header has no document-type line. */
export const DEFAULT_KIND = 'document';

/**
 * The heading of a table of contents in the official languages, as the Council's versions print it (any case): bg
 * `Съдържание`, cs/sk `Obsah`, da `Indholdsfortegnelse`, `Indhold`, de `Inhaltsverzeichnis`, `Inhalt`, el
 * `Περιεχόμενα`, `Πίνακας περιεχομένων`, en `Table of Contents`, `Contents`, es/pt `Índice`, et `Sisukord`, fi
 * `Sisällysluettelo`, `Sisällys`, fr `Table des matières`, `Sommaire`, ga `Clár ábhair`, hr `Sadržaj`, hu
 * `Tartalomjegyzék`, it `Indice`, `Sommario`, lt `Turinys`, lv `Satura rādītājs`, `Saturs`, mt `Werrej`, nl
 * `Inhoudsopgave`, `Inhoud`, pl `Spis treści`, ro `Cuprins`, sl `Kazalo`, sv `Innehållsförteckning`, `Innehåll`.
 */
const TABLE_OF_CONTENTS_WORDS = String.raw`table of contents|contents|table des matières|sommaire|inhaltsverzeichnis|inhalt|съдържание|obsah|indholdsfortegnelse|indhold|περιεχόμενα|πίνακας περιεχομένων|índice|indice|sommario|sisukord|sisällysluettelo|sisällys|clár ábhair|sadržaj|tartalomjegyzék|tartalom|turinys|satura rādītājs|saturs|werrej|inhoudsopgave|inhoud|spis treści|cuprins|kazalo|innehållsförteckning|innehåll`;

/**
 * Abbreviations whose final dot ends no sentence in Council texts, in the versions that print them (compared in lower
 * case, without the dot): English `No.`, `Nos`, `Art.`, `para.`, `doc.`, `prev.`, `Cion`, `e.g.`, `i.e.`, `cf.`, `Mr`,
 * `Ms`, `approx.`, `incl.`, `viz.`, `op. cit.`, `ibid.`; French `Mme`, `M.`, `n°`; German `Nr.`, `Abs.`, `Dok.`,
 * `vgl.`, `bzw.`, `betr.`, `vorg.`, `ca.`; Polish `ds.` (do spraw: `Stały Komitet ds. Współpracy Operacyjnej …`),
 * `pkt.`, `ust.`; Spanish `núm.`; Czech and Slovak `odst.` (odstavec: `čl. 7 odst. 3`). The Official Journal's
 * abbreviation and its page's in a citation (`ABl. L 119 vom 4.5.2016, S. 1.`, `Dz.U. L 18 z 19.1.2017, s. 1.`, `Úř.
 * věst. L …`, the Slovak `Ú. v. EÚ L …`, `Pb. L …, blz. 53.`, `σ. 53`, `стр. 53`, `pag. 53`, `lch. 53`, `str. 53`). `etc.` is not one: it ends
 * sentences as often as not. The sentence splitter, the body's start and the joining of wrapped lines all read this one
 * list.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['no', 'nos', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'e.g', 'i.e', 'cf', 'mr', 'ms', 'mrs', 'dr', 'st'],
  ...['doc', 'docs', 'prev', 'cion', 'vol', 'approx', 'incl', 'viz', 'resp', 'co', 'op', 'cit', 'ibid', 'al'],
  ...['mme', 'm', 'n°', 'nr', 'abs', 'dok', 'vgl', 'bzw', 'betr', 'vorg', 'ca', 'ds', 'pkt', 'ust', 'núm', 'odst'],
  ...['abl', 'dz.u', 'věst', 'v', 'pb', 's', 'str', 'pag', 'blz', 'lch', 'σ', 'стр'],
]);

/**
 * The Union's name in the case a title prints it after a noun (the genitive: `Bezpečnost přístavů Unie`, `Bezpečnosť
 * prístavov Únie`, `Bezpieczeństwo portów Unii`, `Sigurnost luka Unije`, `… van de Europese Unie`, `Securitatea
 * porturilor Uniunii`, `Unionin satamat`, `Liidu sadamad`, `Sąjungos uostai`, `Savienības ostas`, `пристанищата на
 * Съюза`, `της Ένωσης`, `tal-Unjoni`, `an Aontais`): a title's word, which no body's first sentence opens with.
 */
export const UNION_IN_TITLES: ReadonlySet<string> = new Set([
  ...['Unie', 'Únie', 'Unii', 'Unije', 'Uniunii', 'Unionin', 'Liidu', 'Sąjungos', 'Savienības', 'Съюза', 'Ένωσης', 'Unjoni', 'Aontais'],
]);

/**
 * The abbreviation that ends an open enumeration in each version, without its last dot (`etc.`, de `usw.`, it `ecc.`,
 * nl `enz.`, da sv `osv.`, fi `jne.`, et `jne.`, lv `utt.`, lt `ir kt.`, pl `itd.`, `itp.`, cs `atd.`, `apod.`, sk `atď.`,
 * sl hr `itd.`, `ipd.`, hr `i sl.`, hu `stb.`, ro `ș.a.m.d.`, bg `и т.н.`, `и др.`, el `κ.λπ.`, `κλπ.`, mt `eċċ.`, ga
 * `srl.`), for a pattern's alternation: it numbers nothing, so a number one space after it is a footnote's call (`…,
 * training, etc. 2 and asked …`).
 */
export const ENUMERATION_END = String.raw`(?<![\p{L}.])(?:etc|usw|ecc|enz|osv|jne|utt|kt|itd|itp|atd|apod|atď|ipd|sl|stb|ș\.a\.m\.d|ş\.a\.m\.d|т\.н|др|κ\.λπ|κλπ|eċċ|srl)\.`;

/** Whether `text` ends with an abbreviation's dot (`… Komitet ds.`, `(vgl.`): its last word, brackets and quotes before it left aside, is one of `ABBREVIATIONS`. */
export function endsWithAbbreviation(text: string): boolean {
  if (!text.endsWith('.')) return false;
  const start = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'), text.lastIndexOf('\n')) + 1;
  const word = text.slice(start, -1).replace(/^[([*_"'“‘„«]+/u, '');
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The words of the heading of a table of contents in each version, lower case (`inhalt`, `índice`, `spis`, `treści` …). */
export const TABLE_OF_CONTENTS_HEADING_WORDS: readonly string[] = [...new Set(TABLE_OF_CONTENTS_WORDS.split(/[| ]/u))];

/** The heading of a table of contents in capitals, as a summary record or a report prints it above its entries (`SUMMARY` aside: `SOMMAIRE`, `INHALT`, `ÍNDICE`, `SOMMARIO`, `SPIS TREŚCI` …), for a pattern's alternation. */
export const TABLE_OF_CONTENTS_CAPITALS = TABLE_OF_CONTENTS_WORDS.toUpperCase().replaceAll(' ', String.raw`[ \t]`);

/** Lines that open a table of contents. */
export const TABLE_OF_CONTENTS = new RegExp(String.raw`^(?:${TABLE_OF_CONTENTS_WORDS})$`, 'iu');

/** A table of contents' heading alone on its line (indented as `-layout` may print it): a unit of its own, never the end of the title above it. */
export const TABLE_OF_CONTENTS_LINE = new RegExp(String.raw`^[ 	]*(?:${TABLE_OF_CONTENTS_WORDS})[ 	]*$`, 'iu');

/**
 * Horizontal rules of Markdown-like exports (`---`, `***`, `___`): they carry no text; and the rule of underscores a
 * Council document of 2010–2017 prints under its text's last line, which `-layout` prints centred (`
 * ________________________`): no text either, however far it is indented.
 */
export const THEMATIC_BREAK = /^ {0,3}(?:-[ \t]*){3,40}$|^ {0,3}(?:\*[ \t]*){3,40}$|^ {0,3}(?:_[ \t]*){3,40}$|^[ \t]{0,120}_{3,80}[ \t]{0,40}$/;

/** A working document's number (`WK 3456/2025`, `WK 3456/25`), its year on four figures or two: the WK alternative of every footer's number. */
export const WORKING_NUMBER_SOURCE = String.raw`WK[ \t]{1,3}\d{1,6}/(?:\d{4}|\d{2})`;

/** The same with the `INIT` its first version prints after it (`WK 3456/2025 INIT`). */
export const WORKING_NUMBER_INIT_SOURCE = String.raw`${WORKING_NUMBER_SOURCE}(?:[ \t]{1,3}INIT)?`;

/**
 * Not right after the name of an association or stabilisation council's series (`UE-UA 2101/25`, `UE-MD 2002/25`,
 * `UE-RS 1234/25`), or of another joint body's (`ACP-UE 2103/25`, `EEE 1601/25`): the register keeps those numbers apart from the main series, and the archive reads none of them, so
 * that `2101/25` of `UE-UA 2101/25` is never read as the main series' 2101/25 (src/shared/reference-patterns.ts reads
 * references so too).
 */
export const NOT_ASSOCIATION_SERIES = String.raw`(?<!(?<![\p{L}])${ASSOCIATION_SERIES}[ \t\u00a0]{1,3})`;

/** An association or stabilisation council's (or another joint body's) document number, as a header or footer prints it: `UE-UA 2101/25`, `ACP-UE 2103/25`, `EEE 1601/25`. */
export const ASSOCIATION_NUMBER = new RegExp(String.raw`(?<![\p{L}])${ASSOCIATION_SERIES}[ \t\u00a0]{1,3}\d{1,6}(?:\/\d{1,2})?\/\d{2}(?![\p{N}/])`, 'u');

/** A Council document number as printed in the header or a page footer: `15912/25`, `9927/1/16 REV 1`, `CM 4911/25`, `EUCO 12/16`, `SN 2345/25`, `XT 20001/25`, `PE-CONS 12/25`, `9710/16 DCL 1`, `WK 3456/2025 INIT`. */
export const DOCUMENT_NUMBER_SOURCE = String.raw`(?:(?:(?:CM|EUCO|SN|XT|DS|PE-CONS)[ \t]{1,3})?\d{1,6}(?:/\d{1,2})?/\d{2}|${WORKING_NUMBER_INIT_SOURCE})(?:[ \t]{1,3}(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}){0,3}`;

/**
 * The language versions a part of a document concerns alone, in brackets after its number (`7402/24 COR 1 (fr)`, `COR 1
 * (de, nl)`): two letters each, checked against the official languages (`LANGUAGE_MARKS` of header-vocabulary.ts).
 */
export const VERSION_LANGUAGES_SOURCE = String.raw`\([ \t]?[A-Za-z]{2}(?:[ \t]?,[ \t]?[A-Za-z]{2}){0,23}[ \t]?\)`;

/** The revision/addendum suffix printed on its own line under the number (`REV 1`), with the language versions it concerns (`COR 1 (fr)`). */
export const NUMBER_SUFFIX = new RegExp(
  String.raw`^(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}(?:[ \t]{1,3}(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}){0,2}(?:[ \t]{1,3}${VERSION_LANGUAGES_SOURCE})?$`,
);

/**
 * An EU classification marking as the Council prints it in a header, at the top and foot of each page and in a footer
 * (Council Decision 2013/488/EU): the French level with `UE`, its English form after a slash as every language version
 * prints it (`RESTREINT UE/EU RESTRICTED`, `CONFIDENTIEL UE/EU CONFIDENTIAL`, `SECRET UE/EU SECRET`, `TRÈS SECRET UE/EU
 * TOP SECRET`), or either form alone as older documents print it (`RESTREINT UE`, `EU RESTRICTED`), or the Council's
 * marking before the EU's, `RESTREINT`, `CONFIDENTIEL` (a note of 1993). Fixed words: linear.
 */
export const CLASSIFICATION_SOURCE = String.raw`(?:(?:TR[ÈE]S[ \t]SECRET|SECRET|CONFIDENTIEL|RESTREINT)[ \t]UE(?:[ \t]?/[ \t]?EU[ \t](?:TOP[ \t]SECRET|SECRET|CONFIDENTIAL|RESTRICTED))?|EU[ \t](?:TOP[ \t]SECRET|SECRET|CONFIDENTIAL|RESTRICTED)|RESTREINT|CONFIDENTIEL)`;

/** A marking a header, a page's top or foot and a footer print: `LIMITE` or a classification marking. */
export const MARKING_SOURCE = String.raw`(?:LIMITE|${CLASSIFICATION_SOURCE})`;

/** A footer's author and typist initials in any script: `VL/MV`, `EB, FR/dk`, `lby/GBK/mm`, `ΔΠ/γομ`, `ИК/нп`, a typist's alone (`lb`), or a directorate standing for them (`DQPG`). */
const FOOTER_INITIALS = String.raw`\p{L}{1,4}(?:[/,][ \t]?\p{L}{1,4}){0,6}`;

/** Initials with a slash (`ΔΑ/μκρ`): a footer whose language a copy dropped (`9599/15 ΔΑ/μκρ 1 DGD 1C`) is still one by them. */
export const SLASHED_INITIALS = String.raw`\p{L}{1,5}(?:,[ \t]?\p{L}{1,5})*/\p{L}{1,5}(?:[/,][ \t]?\p{L}{1,5}){0,4}`;

/**
 * The annex's word an annex page's footer prints under its number, in any official language, with its numeral (`ANNEX`,
 * `ANLAGE II`, `ZAŁĄCZNIK`, `ΠΑΡΑΡΤΗΜΑ`, `ПРИЛОЖЕНИЕ`, `PŘÍLOHA`, `MELLÉKLET`, `IARSCRÍBHINN`): the words in other
 * letters than A to Z are no directorate's.
 */
export const FOOTER_ANNEX = String.raw`(?:${ANNEX_WORDS.join('|')})(?:[ \t](?:[IVX]{1,5}|\d{1,2}|[A-D]))?`;

/** A footer's directorate, one to four words: `COMM`, `DGD 1C`, `JAI.1`, `DG H 2B`, or `LIMITE`; after the annex's word on an annex's page (`ZAŁĄCZNIK JAI.1`). */
const FOOTER_DIRECTORATE = String.raw`(?:${FOOTER_ANNEX}[ \t])?[A-Z][A-Za-z0-9.]{0,10}(?:[ \t][A-Z0-9][A-Za-z0-9.]{0,10}){0,3}`;

/** The official languages' codes, one of which ends a page footer (`… LIMITE EN`). */
export const FOOTER_LANGUAGES = String.raw`(?:BG|CS|DA|DE|EL|EN|ES|ET|FI|FR|GA|HR|HU|IT|LT|LV|MT|NL|PL|PT|RO|SK|SL|SV)`;

/**
 * A footer's language, or the two of a bilingual version: `EN`, `EN/FR`; an official language's code, never other
 * capitals (a press release's codes `PRESSE 161` / `PR CO 37` under its number are no footer's directorate, initials,
 * language and page).
 */
const FOOTER_LANGUAGE = String.raw`${FOOTER_LANGUAGES}(?:/${FOOTER_LANGUAGES})?`;

/** A footer's page: its number, or its number of the pages' as some print it (`2/7`). */
export const FOOTER_PAGE = String.raw`\d{1,3}(?:/\d{1,3})?`;

// Number, then either initials, page, directorate (optional: the Secretariat's older notes print only `DQPG`) and
// language, or, as notes of 2006–2008 and parliaments' renderings print it, directorate, initials, LIMITE, language and page last,
// or, as summary records print it, page, directorate and language without initials, or, as notices of meeting (CM)
// print it, page and language alone. Tested only on short lines.
/**
 * A PDF page footer: `15214/19 VL/MV 1 COMM EN`, `8795/25 FL/mr 2/7 RELEX.2 LIMITE EN`, `9927/1/16 REV 1 EB, FR/dk 1 DGD 1C LIMITE EN`, `6493/10 DQPG 1 EN`,
 * `17075/11 lb 1 DQPG EN/FR`, `14956/08 DQPG lby/GBK/mm EN 1`, `13217/23 1 GIP EN`, `CM 2843/25 1 EN`, `12340/12 ΔΠ/γομ 1 DG F 2A EL`, `9599/15 ΔΑ/μκρ 1 DGD 1C`, and as a transcription orders it, `9798/15 ds/ab DGD 1C 1 DE`; an older annex page's, its two rows as one, `5109/11 GS/np 2 ANNEX DG H 1C LIMITE EN`.
 */
export const PAGE_FOOTER = new RegExp(
  String.raw`^${DOCUMENT_NUMBER_SOURCE}[ \t]{1,5}(?:${FOOTER_INITIALS}[ \t]{1,5}${FOOTER_PAGE}(?:[ \t]{1,5}${FOOTER_DIRECTORATE})?(?:[ \t]{1,5}${MARKING_SOURCE})?[ \t]{1,5}${FOOTER_LANGUAGE}|${FOOTER_DIRECTORATE}[ \t]{1,5}${FOOTER_INITIALS}(?:[ \t]{1,5}${MARKING_SOURCE})?[ \t]{1,5}${FOOTER_LANGUAGE}[ \t]{1,5}${FOOTER_PAGE}|${FOOTER_PAGE}[ \t]{1,5}${FOOTER_DIRECTORATE}(?:[ \t]{1,5}${MARKING_SOURCE})?[ \t]{1,5}${FOOTER_LANGUAGE}|${FOOTER_PAGE}[ \t]{1,5}${FOOTER_LANGUAGE}|${SLASHED_INITIALS}[ \t]{1,5}${FOOTER_PAGE}[ \t]{1,5}${FOOTER_DIRECTORATE}|${SLASHED_INITIALS}[ \t]{1,5}${FOOTER_DIRECTORATE}[ \t]{1,5}${FOOTER_PAGE}(?:[ \t]{1,5}${FOOTER_LANGUAGE})?)$`,
  'u',
);

/**
 * The marks a parliament's PDF-to-HTML rendering (eu.dk) prints at every page break: the page's image file
 * (`801121_0002.png`) and the converter's banner; the address the Austrian Parliament prints under every page it files.
 * They belong to the page, not to the document.
 */
export const CONVERTER_PAGE_MARK = /^(?:\d{3,9}_\d{4}\.png|PDF to HTML - Convert PDF files to HTML files|www\.parlament\.gv\.at)$/;

/** Lines that are only a page number (`15`, `- 15 -`, `Page 2 of 19`). */
export const PAGE_NUMBER = /^(?:\d{1,3}|-[ \t]?\d{1,3}[ \t]?-|page[ \t]\d{1,3}(?:[ \t](?:of|\/)[ \t]\d{1,3})?)$/i;

/**
 * The anchor a transcription site's PDF-to-HTML conversion (asktheeu.org) prints on the line after a footnote call:
 * `0F` after the call of footnote 1, `1F` after that of footnote 2 (its link target, numbered from 0). Not text of the
 * document, but the sign that the number ending the line above is a footnote call.
 */
export const FOOTNOTE_ANCHOR = /^[ \t]*(\d{1,3})F[ \t]*$/;

/** A marking alone on a line (possibly bold): `LIMITE`, `RESTREINT UE/EU RESTRICTED`; repeated at the top or foot of each page, it is page furniture. */
export const MARKING_LINE = new RegExp(String.raw`^(?:\*\*)?${MARKING_SOURCE}(?:\*\*)?$`);

/**
 * The list bullets Word and LibreOffice set in the Symbol and Wingdings fonts as a text rendering prints them: `pdftotext`
 * gives their private-use code points (U+F0B7 Symbol's bullet, U+F0A7 Wingdings' small square, U+F0D8 its arrow, U+F076
 * its diamond, U+F06E/U+F06C/U+F071 its square, dot and box, U+F0A8 Symbol's diamond), a copy of the PDF reader's text
 * the characters they print (`➢`, `❖`, `■`, `●`, `❑`, `♦`). Not the check marks (U+F0FC `✔`): one opening a row is a cell's value.
 */
export const SYMBOL_BULLETS = '\uF0B7\uF0A7\uF0D8\uF076\uF06E\uF06C\uF071\uF0A8➢❖■●❑♦';

/** Bullet characters that open a list item when followed by a space. */
export const BULLET = new RegExp(`^([ \\t]*)(?:[-*•▪◦·–o${SYMBOL_BULLETS}][ \\t]+|-$)`, 'u');

// A PDF keeps a line-end hyphen of a compound only when the document writes the compound with its hyphen
// elsewhere or it stands here; every other hyphen before a small letter at a line end is taken to be the
// word processor's automatic hyphenation and dropped. Lower case, as written in Council texts.
/** Hyphenated compounds of Council texts (English, French, German), whose hyphen stays when a line breaks at it. */
export const HYPHENATED_COMPOUNDS: readonly string[] = [
  'case-by-case',
  'co-chair',
  'co-chaired',
  'co-chairs',
  'co-financed',
  'co-financing',
  'co-legislators',
  'cost-effective',
  'counter-terrorism',
  'cross-border',
  'cross-cutting',
  'cyber-attack',
  'cyber-attacks',
  'day-to-day',
  'decision-making',
  'e-evidence',
  'evidence-based',
  'ex-ante',
  'ex-combatants',
  'ex-post',
  'far-reaching',
  'follow-the-money',
  'follow-up',
  'forward-looking',
  'hand-in-hand',
  'high-level',
  'high-risk',
  'in-depth',
  'in-house',
  'in-person',
  'intelligence-led',
  'inter-agency',
  'large-scale',
  'long-standing',
  'long-term',
  'medium-term',
  'mid-term',
  'multi-annual',
  'multi-faceted',
  'non-binding',
  'non-legislative',
  'one-stop-shop',
  'policy-making',
  'post-conflict',
  'post-trial',
  'pre-trial',
  'public-private',
  'real-time',
  'risk-based',
  'self-assessment',
  'short-term',
  'so-called',
  'sub-group',
  'sub-groups',
  'third-country',
  'up-to-date',
  'well-being',
  'whole-of-government',
  'whole-of-society',
  'wide-ranging',
  'arrière-plan',
  'c’est-à-dire',
  'porte-parole',
  'EU-weit',
];

/** The pairs of parts that meet at a hyphen of a known compound (`whole-of-society` → `whole-of`, `of-society`). */
export const COMPOUND_PAIRS: ReadonlySet<string> = new Set(
  HYPHENATED_COMPOUNDS.flatMap((compound) => {
    const parts = compound.toLowerCase().split('-');
    return parts.slice(1).map((part, index) => `${parts[index]}-${part}`);
  }),
);

/**
 * Words every page of a language version prints, few another language does (English `die`, `van`, `for`, `on` are
 * single words of theirs at most): a document's vocabulary holding most of one list is written in that language. Read
 * for the versions whose cut words and compounds a line end's hyphen tells apart by their language's own rules
 * (compound-hyphens.ts): German, Dutch, Danish, Swedish, Polish, Finnish, Estonian and Hungarian close their
 * compounds, French hyphenates some, and German, Dutch, Danish, Swedish and Polish write two adjectives side by side
 * with a hyphen, as Czech and Slovak do (`česko-německého`).
 */
export const COMPOUND_LANGUAGE_MARKERS: Readonly<Record<string, readonly string[]>> = {
  de: ['und', 'der', 'des', 'für', 'mit', 'werden', 'zur', 'eine', 'nicht', 'wird'],
  nl: ['het', 'een', 'voor', 'zijn', 'wordt', 'naar', 'niet', 'ook', 'worden', 'bij'],
  da: ['og', 'af', 'til', 'det', 'ikke', 'skal', 'fra', 'samt', 'blev', 'denne'],
  sv: ['och', 'att', 'av', 'för', 'inte', 'ska', 'från', 'samt', 'denna', 'detta'],
  pl: ['oraz', 'się', 'jest', 'przez', 'dla', 'które', 'także', 'jako', 'został', 'tym'],
  fr: ['les', 'des', 'pour', 'dans', 'une', 'avec', 'aux', 'sur', 'est', 'été'],
  cs: ['se', 'pro', 'které', 'jako', 'také', 'podle', 'byla', 'jsou', 'této', 'mezi'],
  sk: ['sa', 'pre', 'ktoré', 'ako', 'tiež', 'podľa', 'boli', 'sú', 'tejto', 'medzi'],
  fi: ['ja', 'on', 'että', 'sekä', 'ovat', 'jotka', 'myös', 'tai', 'joka', 'kanssa'],
  et: ['ja', 'on', 'et', 'ning', 'mis', 'ka', 'kui', 'ei', 'oma', 'selle'],
  hu: ['és', 'az', 'hogy', 'egy', 'nem', 'is', 'által', 'valamint', 'kell', 'amely'],
};

/**
 * The words French writes before a hyphen as a compound's first part, never a syllable hyphenation leaves at a line's
 * end (`sud-orientales`, `nord-africain`, `vice-président`, `demi-journée`): a line cut after one keeps its hyphen.
 */
export const FRENCH_COMPOUND_HEADS: ReadonlySet<string> = new Set(['sud', 'nord', 'ouest', 'vice', 'demi']);
