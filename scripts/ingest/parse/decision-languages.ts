/**
 * Decisions as the Council's French and German versions of an outcome or summary record write them (`Le Comité a pris
 * note du …`, `Der Ausschuss nahm … zur Kenntnis`): who acts at the start of a clause, the verb (stored as the closed
 * set's English value), where its object ends. English is read by decisions.ts and decision-clauses.ts; a clause is
 * read the same way in each language: a body opening it and its verb, or a verb coordinated with the verb of a body
 * before it (`… et est convenu de …`, `… und kam überein, …`). Every pattern is bounded, so a sentence of any length
 * is read in time linear in its length.
 */
import { coordinatedSubjects } from './decision-clauses.ts';
import type { DecisionVerb } from './decisions.ts';

/** How a verb phrase gives its verb and object: most always the same verb; a German separable verb by its particle. */
type Reading = (object: string) => { verb: DecisionVerb; object: string } | null;

/** A decision as a clause states it, before the object is tidied: who, the verb, the object as it stands, where. */
export interface RawStatement {
  at: number;
  by: string;
  verb: DecisionVerb;
  object: string;
  end: number;
}

/** One language's grammar of a decision. */
interface Grammar {
  /** Whether a text may hold one of the language's decision verbs at all: a cheap test before the patterns. */
  hint: RegExp;
  /** A body opening a clause (group 1) and a verb phrase (groups 2…, in phrase order). */
  active: RegExp;
  /** A verb phrase coordinated with the verb of a subject before it (groups 1…, in phrase order). */
  coordinated: RegExp;
  /** A body opening a clause with any verb: the subject a coordinated verb shares. */
  subject: RegExp;
  /** What stops a coordinated verb from belonging to a subject before it. */
  breaks: RegExp;
  /** Where the clause an object stands in ends (searched from the object's start). */
  clauseEnd: RegExp;
  readings: readonly Reading[];
}

/** The end of a word, for words that end in a letter outside ASCII (`\b` reads `é` as no word character). */
const END = String.raw`(?![\p{L}\p{N}'’-])`;

/** A verb that always gives the same decision, its object as printed. */
const always =
  (verb: DecisionVerb): Reading =>
  (object) => ({ verb, object });

/** A German separable verb: its decision when its clause ends with its particle, the object the words between. */
const separable =
  (particles: ReadonlyArray<readonly [RegExp, DecisionVerb]>): Reading =>
  (object) => {
    const text = object.replace(/[\s.!?:]+$/, '');
    for (const [particle, verb] of particles) {
      const match = particle.exec(text);
      if (match !== null) return { verb, object: text.slice(0, match.index) };
    }
    return null;
  };

/** `forderte … auf`: the object as printed (`die Kommission auf, einen Vorschlag vorzulegen`), the particle off a clause's end. */
const calledUpon: Reading = (object) => {
  const text = object.replace(/[\s.!?:]+$/, '');
  if (/\s+auf$/.test(text)) return { verb: 'invited', object: text.replace(/\s+auf$/, '') };
  return /\sauf,\s/.test(text) ? { verb: 'invited', object: text } : null;
};

/** Any phrase of a table, one capturing group per phrase in table order. */
function groups(phrases: readonly string[]): string {
  return phrases.map((phrase) => `(${phrase})`).join('|');
}

/** The phrases of a table as one alternative without groups. */
function anyOf(phrases: readonly string[]): string {
  return phrases.map((phrase) => `(?:${phrase})`).join('|');
}

function grammar(spec: {
  hint: RegExp;
  opening: string;
  /** The word that coordinates two verbs of one subject (`et`, `und`); a comma does too. */
  and: string;
  body: string;
  /** A finite verb after a body: what makes it a subject. */
  finite: string;
  phrases: ReadonlyArray<readonly [string, Reading]>;
  /** Words between a body and its verb (French: `a également`), or after the verb (German: `nahm außerdem`). */
  adverb: { before: string; after: string };
  breaks: RegExp;
  clauseEnds: readonly string[];
}): Grammar {
  const sources = spec.phrases.map(([source]) => source);
  const { before, after } = spec.adverb;
  return {
    hint: spec.hint,
    active: new RegExp(`${spec.opening}(${spec.body})${before}\\s+(?:${groups(sources)})${after}`, 'gu'),
    coordinated: new RegExp(`(?:,|\\b${spec.and})${before}\\s+(?:${groups(sources)})${after}`, 'gu'),
    subject: new RegExp(`${spec.opening}(${spec.body})\\s+${spec.finite}`, 'gu'),
    breaks: spec.breaks,
    clauseEnd: new RegExp([...spec.clauseEnds, String.raw`[\s.!?:]*$`].join('|'), 'gu'),
    readings: spec.phrases.map(([, reading]) => reading),
  };
}

/** French: `a`/`ont` and an adverb before the participle. */
const FR_ADVERB = String.raw`(?:\s+(?:également|aussi|ensuite|enfin|finalement|en\s+outre|par\s+ailleurs|unanimement|largement|dûment|formellement))?`;
const AVOIR = String.raw`(?:a|ont)${FR_ADVERB}\s+`;
const ETRE = String.raw`(?:est|sont)${FR_ADVERB}\s+`;
const SE = String.raw`(?:s['’]est|se\s+sont)${FR_ADVERB}\s+`;
/** `de`/`d'` after `pris note`, `s'est félicité`: the object is what was noted or welcomed. */
const DE = String.raw`(?:\s+de(?=\s)|\s+d['’](?=\p{L}))?`;

const FR_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  [String.raw`${AVOIR}pris\s+(?:bonne\s+)?(?:note|acte)${END}${DE}`, always('took-note')],
  [String.raw`${AVOIR}approuvé${END}`, always('approved')],
  [String.raw`${AVOIR}(?:entériné|avalisé)${END}`, always('endorsed')],
  [
    String.raw`${AVOIR}(?:marqué\s+(?:son|leur)\s+accord|dégagé\s+un\s+accord|convenu)${END}|${ETRE}(?:convenue?s?|parvenue?s?\s+à\s+un\s+accord)${END}`,
    always('agreed'),
  ],
  [String.raw`${AVOIR}adopté${END}`, always('adopted')],
  [String.raw`${AVOIR}confirmé${END}`, always('confirmed')],
  [
    String.raw`${AVOIR}(?:(?:procédé\s+à|eu|tenu)\s+un\s+(?:bref\s+|large\s+)?échange\s+de\s+vues|échangé\s+(?:leurs\s+|ses\s+)?(?:vues|points\s+de\s+vue))${END}`,
    always('exchanged-views'),
  ],
  [String.raw`${AVOIR}(?:salué|accueilli\s+(?:favorablement|avec\s+satisfaction))${END}|${SE}félicitée?s?${END}${DE}`, always('welcomed')],
  [String.raw`${AVOIR}invité${END}`, always('invited')],
  [String.raw`${AVOIR}chargé${END}`, always('tasked')],
];

/** Who decides in French: the committee, its Support Group, the Presidency, the Commission, the delegations, an agency. */
const FR_BODY = String.raw`[Ll]e\s+(?:COSI|[Cc]omité|[Gg]roupe\s+de\s+soutien(?:\s+du\s+COSI)?)${END}|[Ll]a\s+(?:[Pp]résidence|Commission(?:\s+européenne)?|délégation\s+\p{Ll}+)${END}|[Ll]es\s+délégations${END}|(?:Europol|Eurojust|Frontex|CEPOL|eu-LISA)${END}`;

const FRENCH = grammar({
  hint: /é|convenu|accueilli|pris\s/u,
  opening: String.raw`(?<=^|[;:,]\s{0,3}|\b(?:que|et|mais)\s{1,3}|\bqu['’])`,
  and: 'et',
  body: FR_BODY,
  finite: String.raw`(?:a|ont|est|sont|s['’]est|se\s+sont)${END}`,
  phrases: FR_PHRASES,
  adverb: { before: '', after: '' },
  breaks: /[;:]|,\s*(?:qui|dont|tandis|alors)(?![\p{L}])|\b(?:tandis|alors)\s+que\b/gu,
  clauseEnds: [
    String.raw`\s*;`,
    String.raw`,\s*(?:qui|dont|lequel|laquelle|lesquels|lesquelles)${END}`,
    String.raw`,?\s+(?:tandis|alors)\s+que\s`,
    String.raw`,\s+(?=${anyOf(FR_PHRASES.map(([source]) => source))})`,
    String.raw`,?\s+et\s+(?=(?:a|ont|est|sont|s['’]est|se\s+sont)${END})`,
    String.raw`,?\s+et\s+(?=(?:${FR_BODY})\s+(?:a|ont|est|sont)${END})`,
  ],
});

/** German: the verb second, an adverb after it (`nahm außerdem …`); singular and plural (`billigte`, `billigten`). */
const DE_ADVERB = String.raw`(?:\s+(?:auch|außerdem|ferner|zudem|dann|anschließend|schließlich|einstimmig|förmlich|ebenfalls|daraufhin)${END})?`;

const DE_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  [
    String.raw`nahm(?:en)?${END}`,
    separable([
      [/\s+zur\s+Kenntnis$/u, 'took-note'],
      [/\s+an$/u, 'adopted'],
    ]),
  ],
  [String.raw`billigten?${END}`, always('approved')],
  [String.raw`befürworteten?${END}`, always('endorsed')],
  [String.raw`(?:einigten?\s+sich|verständigten?\s+sich|kam(?:en)?\s+überein|erzielten?\s+(?:eine\s+)?Einigung)${END}`, always('agreed')],
  [String.raw`stimmten?${END}`, separable([[/\s+zu$/u, 'agreed']])],
  [String.raw`bestätigten?${END}`, always('confirmed')],
  [String.raw`(?:führten?|hielt(?:en)?)\s+einen\s+(?:kurzen\s+|ausführlichen\s+)?(?:Gedanken|Meinungs)austausch${END}`, always('exchanged-views')],
  [String.raw`begrüßten?${END}`, always('welcomed')],
  [String.raw`ersuchten?${END}`, always('invited')],
  [String.raw`forderten?${END}`, calledUpon],
  [String.raw`beauftragten?${END}`, always('tasked')],
];

/** Who decides in German: the committee, its Support Group, the Presidency, the Commission, the delegations, an agency. */
const DE_BODY = String.raw`[Dd]er\s+(?:Ausschuss|COSI|Vorsitz)${END}|[Dd]ie\s+(?:(?:Europäische\s+)?Kommission|COSI-Unterstützungsgruppe|Unterstützungsgruppe(?:\s+des\s+COSI)?|\p{Ll}+e\s+Delegation)${END}|(?:[Dd]ie\s+)?Delegationen${END}|(?:Europol|Eurojust|Frontex|CEPOL|eu-LISA)${END}`;

const GERMAN = grammar({
  hint: /nahm|billigt|befürwortet|einigt|verständigt|kam(?:en)?\s+überein|erzielt|stimmt|bestätigt|führt|hielt|begrüßt|ersucht|fordert|beauftragt/u,
  opening: String.raw`(?<=^|[;:,]\s{0,3}|\b(?:und|aber|sondern)\s{1,3})`,
  and: 'und',
  body: DE_BODY,
  finite: String.raw`\p{Ll}`,
  phrases: DE_PHRASES,
  adverb: { before: '', after: DE_ADVERB },
  breaks: /[;:]|,\s*(?:während|wobei|wohingegen)(?![\p{L}])/gu,
  clauseEnds: [
    String.raw`\s*;`,
    String.raw`,\s*(?:während|wobei|wohingegen)${END}`,
    String.raw`,\s+(?=${anyOf(DE_PHRASES.map(([source]) => source))})`,
    String.raw`,?\s+und\s+(?=${anyOf(DE_PHRASES.map(([source]) => source))}|(?:${DE_BODY})\s+\p{Ll})`,
  ],
});

/** The reading of the first group from `first` on that matched. */
function readingOf(match: RegExpExecArray, language: Grammar, first: number): Reading | undefined {
  return language.readings.find((_, group) => match[first + group] !== undefined);
}

function clauseEnd(language: Grammar, text: string, from: number): number {
  language.clauseEnd.lastIndex = from;
  return language.clauseEnd.exec(text)?.index ?? text.length;
}

/** The decisions one language's grammar reads in a clause-free text, in no particular order. */
function statementsOf(language: Grammar, text: string): RawStatement[] {
  const found: RawStatement[] = [];
  const add = (at: number, by: string, reading: Reading | undefined, start: number) => {
    const end = clauseEnd(language, text, start);
    const read = reading?.(text.slice(start, end));
    if (read !== null && read !== undefined) found.push({ at, by, verb: read.verb, object: read.object, end });
  };
  for (const match of text.matchAll(language.active)) add(match.index, match[1] ?? '', readingOf(match, language, 2), match.index + match[0].length);
  const coordinated = [...text.matchAll(language.coordinated)];
  if (coordinated.length === 0) return found;
  const subjects = [...text.matchAll(language.subject)];
  const breaks = [...text.matchAll(language.breaks)].map((match) => match.index);
  for (const { verb, subject } of coordinatedSubjects(coordinated, subjects, breaks))
    add(verb.index, subject[1] ?? '', readingOf(verb, language, 1), verb.index + verb[0].length);
  return found;
}

/** The languages other than English whose decision verbs a text may hold: a cheap test, made once for an item's text. */
export type Languages = readonly Grammar[];

export function otherLanguagesIn(text: string): Languages {
  return [FRENCH, GERMAN].filter((language) => language.hint.test(text));
}

/** The decisions a clause-free text states in the given languages (French, German), in no particular order. */
export function otherLanguageStatements(text: string, languages: Languages): RawStatement[] {
  return languages.flatMap((language) => statementsOf(language, text));
}
