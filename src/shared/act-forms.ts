/**
 * How the language versions of the Official Journal name a legal act, beside English: the word for its kind, the tag in
 * brackets before its number (`(UE)`, `(ЕС)`), the series tag after it (`/JAI`, `/YOS`) and the word for "No"
 * (`n°`, `Nr.`, `č.`). References read them to link `nařízení (EU) 2016/794`, `décision 2009/371/JAI du Conseil` or the
 * Hungarian `(EU) 2016/794 rendelet` (the number before the kind) to the act the English form names.
 *
 * Forms as the Official Journal and EUR-Lex print them (titles and citations of Regulation (EU) 2016/794, Decision
 * 2009/371/JHA, Directive (EU) 2016/680, Framework Decision 2008/977/JHA in each language; the Interinstitutional Style
 * Guide's tables of the abbreviations EU, EC, EEC, JHA and CFSP). A `*` in a kind stands for the endings the word takes
 * in its sentence (`směrnice`/`směrnici`, `asetus`/`asetuksen`, `Regulamentul`): up to eight letters.
 */

/** The kinds of act a reference names, as English writes their heads. */
export type ActKind = 'Regulation' | 'Directive' | 'Decision' | 'Framework Decision';

/** The kind words of one language, each kind's forms (a framework decision before the decision it contains). */
type KindForms = Readonly<Record<ActKind, readonly string[]>>;

/**
 * The kind words of the 23 languages beside English whose acts put the kind before the number (`règlement (UE) 2016/794`,
 * `Verordnung (EU) 2016/794`, `nařízení Evropského parlamentu a Rady (EU) 2016/794`, `asetuksen (EU) 2016/794`).
 */
export const KINDS_BEFORE_NUMBER: Readonly<Record<string, KindForms>> = {
  bg: { Regulation: ['регламент*'], Directive: ['директив*'], Decision: ['решени*'], 'Framework Decision': ['рамков* решени*'] },
  cs: { Regulation: ['nařízení'], Directive: ['směrnic*'], Decision: ['rozhodnutí'], 'Framework Decision': ['rámcov* rozhodnutí'] },
  da: {
    Regulation: ['forordning*', 'gennemførelsesforordning*'],
    Directive: ['direktiv*'],
    Decision: ['afgørelse*', 'beslutning*', 'gennemførelsesafgørelse*'],
    'Framework Decision': ['rammeafgørelse*'],
  },
  de: {
    Regulation: ['verordnung*', 'durchführungsverordnung*'],
    Directive: ['richtlinie*'],
    Decision: ['beschluss*', 'beschlüsse*', 'entscheidung*', 'durchführungsbeschluss*'],
    'Framework Decision': ['rahmenbeschluss*', 'rahmenbeschlüsse*'],
  },
  el: { Regulation: ['κανονισμ*'], Directive: ['οδηγί*'], Decision: ['απόφασ*', 'αποφάσ*'], 'Framework Decision': ['απόφασ*-πλαίσιο', 'αποφάσ*-πλαίσιο'] },
  es: { Regulation: ['reglamento*'], Directive: ['directiva*'], Decision: ['decisi*'], 'Framework Decision': ['decisi* marco'] },
  et: { Regulation: ['määrus*', 'rakendusmäärus*'], Directive: ['direktiiv*'], Decision: ['otsus*', 'rakendusotsus*'], 'Framework Decision': ['raamotsus*'] },
  fi: {
    Regulation: ['asetu*', 'täytäntöönpanoasetu*'],
    Directive: ['direktiiv*'],
    Decision: ['päätö*', 'täytäntöönpanopäätö*'],
    'Framework Decision': ['puitepäätö*'],
  },
  fr: { Regulation: ['règlement*'], Directive: ['directive*'], Decision: ['décision*'], 'Framework Decision': ['décision*-cadre*'] },
  ga: { Regulation: ['rialachá*'], Directive: ['treoir*', 'treorach'], Decision: ['cinneadh*', 'cinnidh'], 'Framework Decision': ['cinneadh* réime'] },
  hr: { Regulation: ['uredb*'], Directive: ['direktiv*'], Decision: ['odluk*'], 'Framework Decision': ['okvirn* odluk*'] },
  it: { Regulation: ['regolament*'], Directive: ['direttiv*'], Decision: ['decision*'], 'Framework Decision': ['decision* quadro'] },
  lt: { Regulation: ['reglament*'], Directive: ['direktyv*'], Decision: ['sprendim*'], 'Framework Decision': ['pamatin* sprendim*'] },
  lv: { Regulation: ['regul*'], Directive: ['direktīv*'], Decision: ['lēmum*'], 'Framework Decision': ['pamatlēmum*'] },
  mt: { Regulation: ['regolament*'], Directive: ['direttiv*'], Decision: ['deċiżjoni*'], 'Framework Decision': ['deċiżjoni* qafas'] },
  nl: {
    Regulation: ['verordening*', 'uitvoeringsverordening*'],
    Directive: ['richtlijn*'],
    Decision: ['besluit*', 'beschikking*', 'uitvoeringsbesluit*'],
    'Framework Decision': ['kaderbesluit*'],
  },
  pl: { Regulation: ['rozporządze*'], Directive: ['dyrektyw*'], Decision: ['decyz*'], 'Framework Decision': ['decyz* ramow*'] },
  pt: { Regulation: ['regulamento*'], Directive: ['diretiv*', 'directiv*'], Decision: ['decis*'], 'Framework Decision': ['decis*-quadro'] },
  ro: { Regulation: ['regulament*'], Directive: ['directiv*'], Decision: ['decizi*'], 'Framework Decision': ['decizi*-cadru'] },
  sk: { Regulation: ['nariaden*'], Directive: ['smernic*'], Decision: ['rozhodnut*'], 'Framework Decision': ['rámcov* rozhodnut*'] },
  sl: { Regulation: ['uredb*'], Directive: ['direktiv*'], Decision: ['sklep*'], 'Framework Decision': ['okvirn* sklep*'] },
  sv: {
    Regulation: ['förordning*', 'genomförandeförordning*'],
    Directive: ['direktiv*'],
    Decision: ['beslut*', 'genomförandebeslut*'],
    'Framework Decision': ['rambeslut*'],
  },
};

/** Hungarian puts the number first and the kind after it: `(EU) 2016/794 rendelet`, `a 2008/977/IB tanácsi kerethatározatot`. */
export const KINDS_AFTER_NUMBER: KindForms = {
  Regulation: ['rendelet*'],
  Directive: ['irányelv*'],
  Decision: ['határozat*'],
  'Framework Decision': ['kerethatározat*'],
};

/**
 * The tags in brackets before an act's number and the English tag each stands for: the Union (`(UE)` French, Spanish,
 * Italian, Portuguese, Romanian, Polish, Maltese; `(ЕС)` Bulgarian; `(ΕΕ)` Greek; `(EL)` Estonian; `(EÚ)` Slovak; `(AE)` Irish;
 * `(ES)` Latvian, Lithuanian), the Community (`(CE)`, `(EG)`, `(EF)`, `(EÜ)`, `(ΕΚ)`, `(ЕО)`, `(EZ)`, `(EK)`, `(EB)`, `(KE)`,
 * `(WE)`, `(EY)`, `(ES)` Czech, Slovak, Slovenian), the Economic Community and Euratom. `ES` names the Union in Latvian and
 * Lithuanian and the Community in Czech, Slovak and Slovenian: the act's year tells (the Union's acts from 2010 on).
 */
export const JURISDICTION_TAGS: Readonly<Record<string, string>> = {
  UE: 'EU',
  ЕС: 'EU',
  ΕΕ: 'EU',
  EL: 'EU',
  EÚ: 'EU',
  AE: 'EU',
  CE: 'EC',
  EG: 'EC',
  EF: 'EC',
  EÜ: 'EC',
  ΕΚ: 'EC',
  ЕО: 'EC',
  EZ: 'EC',
  EK: 'EC',
  EB: 'EC',
  KE: 'EC',
  WE: 'EC',
  EY: 'EC',
  CEE: 'EEC',
  EWG: 'EEC',
  EEG: 'EEC',
  EØF: 'EEC',
  ETY: 'EEC',
  ΕΟΚ: 'EEC',
  ЕИО: 'EEC',
  EHS: 'EEC',
  Ευρατόμ: 'Euratom',
  Евратом: 'Euratom',
};

/**
 * The series tags after the number of a justice and home affairs act (`2009/371/JAI`) and of a common foreign and security
 * policy act (`(PESC) 2022/351`), language by language, and the English tag.
 */
export const SERIES_TAGS: Readonly<Record<string, string>> = {
  JAI: 'JHA',
  JI: 'JHA',
  GAI: 'JHA',
  JBZ: 'JHA',
  RIA: 'JHA',
  RIF: 'JHA',
  YOS: 'JHA',
  ΔΕΥ: 'JHA',
  SVV: 'JHA',
  PNZ: 'JHA',
  WSiSW: 'JHA',
  IB: 'JHA',
  JSK: 'JHA',
  TI: 'JHA',
  TVR: 'JHA',
  ĠAI: 'JHA',
  ПВР: 'JHA',
  PUP: 'JHA',
  CGB: 'JHA',
  PESC: 'CFSP',
  GASP: 'CFSP',
  GBVB: 'CFSP',
  FUSP: 'CFSP',
  GUSP: 'CFSP',
  YUTP: 'CFSP',
  ΚΕΠΠΑ: 'CFSP',
  SZBP: 'CFSP',
  SZVP: 'CFSP',
  WPZiB: 'CFSP',
  KKBP: 'CFSP',
  ÜVJP: 'CFSP',
  KĀDP: 'CFSP',
  BUSP: 'CFSP',
  PESK: 'CFSP',
  ОВППС: 'CFSP',
  ZVSP: 'CFSP',
};

/** Tags that read the same in English and in other languages (`EU`, `EC`, `ES`, `JHA` …): kept as printed, or read by the year. */
export const SHARED_TAGS = ['EU', 'EC', 'EEC', 'ES', 'Euratom', 'JHA', 'CFSP'] as const;

/**
 * The word for "No" before an old act's number: `n°`, `nº`, `n.º`, `n.o` (French, Spanish, Portuguese), `n.` (Italian),
 * `Nr.` (German, Latvian, Lithuanian), `nr.`/`nr` (Dutch, Danish, Swedish, Polish, Romanian, Estonian), `N:o` (Finnish),
 * `αριθ.` (Greek), `č.` (Czech, Slovak), `št.` (Slovenian), `№` (Bulgarian), `br.` (Croatian), `Nru` (Maltese), `Uimh.` (Irish).
 */
export const NUMBER_WORDS = ['n°', 'nº', 'n\\.º', 'n\\.o', 'n\\.', 'Nr\\.?', 'nr\\.?', 'N:o', 'αριθ\\.', 'č\\.', 'št\\.', '№', 'br\\.', 'Nru', 'Uimh\\.'];

/** Words that join acts of one list: `et`, `und`, `y`, `e`, `en`, `och`, `og`, `ja`, `és`, `i`, `a`, `и`, `και`, `ir`, `un`, `in`, `u`, `agus`, `și`, `oraz`, `sowie`. */
export const LIST_JOINERS = [
  'et',
  'und',
  'sowie',
  'y',
  'e',
  'en',
  'och',
  'og',
  'ja',
  'és',
  'i',
  'a',
  'и',
  'και',
  'ir',
  'un',
  'in',
  'u',
  'agus',
  'și',
  'şi',
  'oraz',
];

/** The English tag a printed tag stands for; `ES` by the act's year (the Union from 2010, the Community before). */
export function englishTag(printed: string, year: number): string {
  const tag = printed.replace(/\s+/g, ' ');
  if (tag === 'ES') return year >= 2010 ? 'EU' : 'EC';
  const parts = tag.split(/,\s?/).map((part) => JURISDICTION_TAGS[part] ?? SERIES_TAGS[part] ?? part);
  return parts.join(', ');
}
