/**
 * Who adopted an act and in which form, as the 23 language versions beside English print it, so that an act cited in
 * any of them gets the id English gives it: English names the Council or the Commission alone, and the implementing
 * or delegated form, before the kind (`Council Decision 2009/371/JHA`, `Commission Implementing Regulation (EU)
 * 2019/1799`); the other languages print them after the number (`décision 2009/371/JAI du Conseil`, `Durchführungs-
 * verordnung (EU) 2019/1799 der Kommission`), between the kind and the number (`rozhodnutí Rady 2009/371/SVV`,
 * `règlement d'exécution`), or before the kind in the genitive (`Rådets afgørelse`, `komission täytäntöönpanoasetus`,
 * `εκτελεστικός κανονισμός`). An act of the European Parliament and of the Council names neither in English
 * (`Regulation (EU) 2016/794`), in any language: wherever a word for the Parliament stands among the authors or just
 * before the Council's genitive (`Europa-Parlamentets og Rådets forordning`), no author is read.
 * Words as the Official Journal and EUR-Lex print the titles of Decision 2009/371/JHA, Implementing Regulation (EU)
 * 2019/1799 and Delegated Regulation (EU) 2019/945 in each language.
 */

/** An author English names before the kind. */
export type ActAuthor = 'Council' | 'Commission';

/** A form English names between the author and the kind. */
export type ActForm = 'Implementing' | 'Delegated';

/** The author's name printed right after an act's number, language by language (not `du Conseil européen`: the European Council). */
export const AUTHORS_AFTER_NUMBER: Readonly<Record<ActAuthor, readonly string[]>> = {
  Council: [
    'du Conseil',
    'des Rates',
    'del Consejo',
    'del Consiglio',
    'do Conselho',
    'van de Raad',
    'a Consiliului',
    'al Consiliului',
    'на Съвета',
    'του Συμβουλίου',
    'ón gComhairle',
    'tal-Kunsill',
  ],
  Commission: [
    'de la Commission',
    'der Kommission',
    'de la Comisión',
    'della Commissione',
    'da Comissão',
    'van de Commissie',
    'a Comisiei',
    'al Comisiei',
    'на Комисията',
    'της Επιτροπής',
    'ón gCoimisiún',
    'tal-Kummissjoni',
  ],
};

/**
 * The author's word printed between the kind and the number (`rozhodnutí Rady`, `décisions du Conseil`, `Deċiżjoni
 * tal-Kunsill`), or before the kind in the genitive (`Rådets`, `neuvoston`, `nõukogu`, `Padomes`, `Tarybos`; Hungarian
 * between the number and the kind: `tanácsi`), in any case.
 */
export const AUTHOR_WORDS: Readonly<Record<ActAuthor, readonly string[]>> = {
  Council: [
    ...['conseil', 'rates', 'consejo', 'consiglio', 'conselho', 'raad', 'consiliului', 'rady', 'sveta', 'vijeća', 'tal-kunsill'],
    ...['съвета', 'συμβουλίου', 'gcomhairle', 'rådets', 'neuvoston', 'nõukogu', 'padomes', 'tarybos', 'tanácsi', 'tanács'],
  ],
  Commission: [
    ...['commission', 'kommission', 'comisión', 'commissione', 'comissão', 'commissie', 'comisiei', 'komise', 'komisie', 'komisji'],
    ...['komisije', 'tal-kummissjoni', 'комисията', 'επιτροπής', 'gcoimisiún', 'kommissionens', 'komission', 'komisjoni', 'komisijas'],
    ...['komisijos', 'bizottsági', 'bizottság'],
  ],
};

/** Words for the European Parliament among the authors (`Parlement`, `Parlaments`, `parlamentu`, `Κοινοβουλίου`, `Парламент`, `Parlaiminte`). */
const PARLIAMENT = /parl[ae]m|parlaimint|κοινοβουλ|парламент|europaparlament/iu;

/**
 * The form's words: implementing (`d'exécution`, `Durchführungs…`, `de ejecución`, `di esecuzione`, `de execução`,
 * `uitvoerings…`, `gennemførelses…`, `genomförande…`, `täytäntöönpano…`, `rakendus…`, `prováděcí`, `vykonávacie`,
 * `wykonawcze`, `izvedbena`, `provedbena`, `за изпълнение`, `εκτελεστικός`, `de punere în aplicare`, `végrehajtási`,
 * `īstenošanas`, `įgyvendinimo`, `ta' Implimentazzjoni`, `Cur Chun Feidhme`) and delegated (`délégué`, `delegierte`,
 * `delegado`, `delegato`, `gedelegeerde`, `delegeret`, `delegerade`, `delegoitu`, `delegeeritud`, `v přenesené pravomoci`,
 * `v prenesenej právomoci`, `delegowane`, `delegirana`, `делегиран`, `κατ' εξουσιοδότηση`, `delegat`, `felhatalmazáson
 * alapuló`, `deleģētā`, `deleguotasis`, `tarmligthe`).
 */
const FORMS: readonly (readonly [ActForm, RegExp])[] = [
  [
    'Implementing',
    /exécution|ejecución|esecuzione|execução|durchführungs|uitvoerings|gennemførelses|genomförande|täytäntöönpano|rakendus|prováděcí|vykonávac|wykonawcz|izvedben|provedben|изпълнение|εκτελεστικ|punere în aplicare|végrehajtási|īstenošanas|įgyvendinimo|implimentazzjoni|cur chun feidhme/iu,
  ],
  ['Delegated', /délégu|deleg|přenesené pravomoci|prenesenej právomoci|делегиран|εξουσιοδότηση|felhatalmazáson|deleģēt|tarmligthe/iu],
];

/** The words of a text, lower-cased, without the brackets and punctuation around them. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/^[("'‘’]+|[)"'‘’,.;:]+$/gu, ''))
    .filter((word) => word !== '');
}

/** The author one of the words names, or null. */
function authorOf(words: readonly string[]): ActAuthor | null {
  for (const author of ['Council', 'Commission'] as const) if (words.some((word) => AUTHOR_WORDS[author].includes(word))) return author;
  return null;
}

/** The form the words name, or null. */
export function formOf(text: string): ActForm | null {
  for (const [form, pattern] of FORMS) if (pattern.test(text)) return form;
  return null;
}

/** The most characters read before an act's kind for the words of its author and form (two words). */
export const REACH_BEFORE_KIND = 48;

/**
 * The author and form words printed right before an act's kind (`Rådets `, `Kommissionens delegerede `, `εκτελεστικός `,
 * `Komisijas Īstenošanas `): how many characters of `before` (the text before the kind) they take, the author and the form;
 * nothing where the words name the Parliament's act (`og Rådets`) or are no such words.
 */
export function wordsBeforeKind(before: string): { length: number; author: ActAuthor | null; form: ActForm | null } {
  const none = { length: 0, author: null, form: null };
  const window = before.slice(-REACH_BEFORE_KIND);
  const match = /(?:^|\s)(?:(\S+)(\s{1,3}))?((\S+)\s{1,3})$/u.exec(window);
  // A word for the Parliament just before (`az Európai Parlament és a Tanács`): the Parliament's and the Council's act.
  if (match === null || PARLIAMENT.test(window)) return none;
  const [, first = '', space = '', secondPart = '', second = ''] = match;
  const secondAuthor = authorOf(wordsOf(second));
  const secondForm = formOf(second);
  if (secondAuthor === null && secondForm === null) return none;
  // An author's genitive before the form's word (`Kommissionens delegerede`, `Komisijas Īstenošanas`).
  const firstAuthor = secondForm !== null ? authorOf(wordsOf(first)) : null;
  return {
    length: firstAuthor === null ? secondPart.length : first.length + space.length + secondPart.length,
    author: secondAuthor ?? firstAuthor,
    form: secondForm,
  };
}

/** A pattern of the author's name right after an act's number (sticky: read from the number's end). */
export const AUTHOR_AFTER_AT = new RegExp(
  String.raw`\s{1,3}(?:(${AUTHORS_AFTER_NUMBER.Council.join('|')})|(${AUTHORS_AFTER_NUMBER.Commission.join('|')}))(?![\p{L}-]|\s{1,3}(?:europ|Europ|Ευρωπ|Европ))`,
  'yu',
);

/** The author the words between an act's kind and its number name (`Evropského parlamentu a Rady`: none, the Parliament's act). */
export function authorBetween(text: string): ActAuthor | null {
  return PARLIAMENT.test(text) ? null : authorOf(wordsOf(text));
}
