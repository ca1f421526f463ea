/**
 * The official languages a line names, in any of the 24 (`anglaise`, `englische`, `angielskiej`, `anglického`,
 * `английската`, `αγγλική`, `Béarla`, `englanninkielistä` → `en`): each language's word for each of the 24, by the
 * stem its adjectives, nouns and case forms share, read at a word's start.
 */

/**
 * Each language's names in the 24 official languages, as stems a word opens with (`$` where the name is the whole
 * word, `ír`, `dán`: a stem that short opens other words). Where languages share a stem they name the same language
 * (`fran…`: `française`, `französisch`, `francese`, `fransk`, `francusk`, `franceză`, `francia`), but for `sloven…`,
 * which is Slovak in Czech and Slovak (`slovenský`) and Slovene elsewhere (`slovenski`, `slovenska`): SLOVAK_SLOVEN.
 */
const NAMES: Readonly<Record<string, string>> = {
  bg: 'bulgar|búlgar|bulgaa|bułgar|bulhar|bolgar|bolgár|bugar|bulgār|bulgáir|българ|βουλγαρ',
  cs: 'czech|tchèqu|tchequ|tschech|checo|ceco|tsjech|tjekk|tjeck|czesk|česk|češk|cehă$|ceha$|čeh|ček|cseh|ċek|seic|tšehh|tšekk|чешк|τσεχ',
  da: 'danish|danois|dänisch|danés|danes|dinamarqu|deens|dansk|duńsk|dánsk|danez|dán$|dāņ|danų|daniż|danmhairg|taani|tansk|датск|δανικ',
  de: 'german|ġerman|allemand|deutsch|alem|tedesc|duits|tysk|niemieck|německ|nemeck|nemšk|nemšč|njemač|vācu|vokieči|német|gearm|saksa|немск|γερμαν',
  el: 'greek|grec|griech|grieg|greg|griek|græsk|grekisk|greck|řeck|gréck|gršk|grčk|greac|kreek|grieķ|graik|görög|gréig|kreik|гръцк|ελληνικ',
  en: 'english|engl|angl|ingl|engel|angiel|angļ|angol|béarla|bearla|англ|αγγλ',
  es: 'span|espa|spagn|spaa|hiszpa|špan|hispaan|spāņ|ispan|spáinn|испан|ισπαν',
  et: 'eston|estón|estn|ests|estisk|estońsk|eesti|igauņ|estų|észt|eastóin|viro|естон|εσθον',
  fi: 'finn|finl|fins|fińsk|fínsk|finés|soome|somu|suomi|suome|fionlainn|финл|финск|φινλανδ',
  fr: 'french|fran|prantsus|prancūz|frainc|fhrainc|ranska|френск|γαλλ',
  ga: 'irish|irland|irisch|iers|irsk|irländ|írsk|ír$|iiri|īru|airi|gaeilg|gaelic|ирланд|ιρλανδ',
  hr: 'croat|kroat|chorwac|chorvat|chorvát|hrvaš|hrvat|horvaad|horvāt|horvát|cróit|хърват|κροατ',
  hu: 'hungar|hongr|ungar|húngar|ungher|hongaa|unger|węgier|maďar|madžar|mađar|maghiar|ungār|vengr|magyar|ungáir|unkar|унгар|ουγγρ',
  it: 'ital|itaal|itāļ|włosk|talian|talijan|olasz|taljan|iodáil|италиан|ιταλ',
  lt: 'lithuan|lituan|litau|litouw|litew|litev|litov|litav|leedu|lietuv|litván|litwan|liotuáin|liettu|литов|λιθουαν',
  lv: 'latvi|lett|leton|letón|letã|lets|łotew|lotyš|läti|latvj|laitv|латви|λετον',
  mt: 'malt|málta|малтий|μαλτ',
  nl: 'dutch|néerland|neerland|niederländ|nederl|niderl|nizozem|holand|holland|oland|ollainn|hollainn|nīderland|nyderland|нидерланд|ολλανδ',
  pl: 'polish|polon|polni|polac|pools|polsk|poľsk|poljsk|poola|poļu|lenkų|lengyel|pollakk|polainn|puola|полск|πολων',
  pt: 'portug|portogh|portaing|португал|πορτογαλ',
  ro: 'roman|român|roumain|rumän|ruman|rumen|romen|roemeen|rumæn|rumuń|rumun|romun|rumeen|rumāņ|román|rómáin|румън|ρουμαν',
  sk: 'slovak|slovaq|slowak|slowaa|eslovac|slovac|słowac|slovač|slovašk|slovāk|szlovák|slóvaic|словашк|σλοβακ',
  sl: 'sloven|slovèn|slowen|sloveen|esloven|eslovén|słoweń|slovin|slovēņ|slovėn|szlovén|slóivéin|словен|σλοβεν',
  sv: 'swed|suéd|sued|suec|schwed|svedes|zweed|svensk|szwedz|švéd|šved|svéd|rootsi|zviedr|żvediż|sualainn|ruotsi|шведск|σουηδ',
};

/** Each language's stems as one pattern anchored at a word's start. */
const STEMS: readonly (readonly [string, RegExp])[] = Object.entries(NAMES).map(([code, stems]) => [code, new RegExp(`^(?:${stems})`, 'iu')]);

/** `sloven…` in the languages where it names Slovak (`slovenský`, `slovenčina`, `slovenštině`); Slovene there is `slovin…`. */
const SLOVAK_SLOVEN: ReadonlySet<string> = new Set(['cs', 'sk']);

/** A word: letters and the marks some scripts write inside one (`il-verżjoni` is two words). */
const WORD = /[\p{L}\p{M}]+/gu;

/** A language's code printed in capitals in a line of mixed case (`the EN version only`; a line in capitals has words such as `DE`). */
const CODE = /^(?:BG|CS|DA|DE|EL|EN|ES|ET|FI|FR|GA|HR|HU|IT|LT|LV|MT|NL|PL|PT|RO|SK|SL|SV)$/;

/**
 * The official languages (codes, in the order the line names them, each once) a line in `language` (null where not
 * known) names by their names in any official language or, in a line of mixed case, by their codes in capitals.
 */
export function namedLanguages(line: string, language: string | null): string[] {
  const mixedCase = /\p{Ll}/u.test(line);
  const named: string[] = [];
  for (const [word] of line.matchAll(WORD)) {
    const code = nameOf(word, language) ?? (mixedCase && CODE.test(word) ? word.toLowerCase() : null);
    if (code !== null && !named.includes(code)) named.push(code);
  }
  return named;
}

/** The language a word names, or null. */
function nameOf(word: string, language: string | null): string | null {
  if (language !== null && SLOVAK_SLOVEN.has(language) && /^sloven/iu.test(word)) return 'sk';
  for (const [code, stems] of STEMS) if (stems.test(word)) return code;
  return null;
}
