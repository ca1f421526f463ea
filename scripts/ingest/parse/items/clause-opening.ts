/** Whether the words a numbered line opens with read as a sentence's clause rather than as a title. */
import { isTitleWord, opensWithOpener } from '../header/body-start.ts';

/**
 * The subjects an outcome's or a note's sentence opens with where no article stands before them: the committee, the
 * Presidency, the delegations and the Member States as the versions without a separate article print them (the Nordic
 * definite forms `Udvalget`, `Komitéen`, `Kommittén`; the Baltic, Slavonic and Finnish nouns `Komitee`, `Komitea`,
 * `Komitet`, `Výbor`, `Odbor`; the Romanian `Comitetul`, the Maltese `Il-Kumitat`, the Bulgarian `Комитетът`). A title
 * never opens with them: `Udvalget tog Europols rapport …` is a sentence.
 */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  ...['Udvalget', 'Komitéen', 'Komiteen', 'Kommittén', 'Utskottet', 'Rådet', 'Ordförandeskapet'],
  ...['Komitee', 'Komitea', 'Komitet', 'Komitetas', 'Komiteja', 'Výbor', 'Odbor', 'Comitetul', 'Il-Kumitat', 'Комитетът'],
  // the Polish and Lithuanian Presidency, as a note's sentence names it before its verb in any tense (`Prezydencja
  // przedstawi wyniki dyskusji Radzie …`, `Prezydencja zwraca się …`, `Pirmininkaujančioji valstybė narė pristatys …`);
  // a title names it in the genitive (`Informacja prezydencji`, `Pirmininkaujančiosios valstybės narės informacija`),
  // or sets its parts apart (`Prezydencja polska – priorytety`, TITLE_PARTS)
  ...['Prezydencja', 'Pirmininkaujančioji'],
  // the Member States: `Medlemsstaterne har …`, `Jäsenvaltiot ovat …`, `Členské státy …`, `Państwa członkowskie …`
  ...['Medlemsstaterne', 'Medlemsstaterna', 'Jäsenvaltiot', 'Liikmesriigid', 'Dalībvalstis', 'Členské', 'Państwa', 'Държавите'],
]);

/**
 * Openers that open titles as well as sentences, so that no clause is told by them: the agencies (`Europol presented …`,
 * `Europol report on …`), and the nouns whose genitive is their nominative (the Latvian Presidency's
 * `Prezidentvalsts sniegtā informācija`, a title; `Delegācijas`, `Delegacijos`).
 */
const NAMES: ReadonlySet<string> = new Set(['Europol', 'Eurojust', 'Frontex', 'CEPOL', 'Prezidentvalsts', 'Delegācijas', 'Delegacijos']);

/**
 * A Hungarian clause: its subject after the article (`A bizottság`, `Az elnökség`, `A COSI`, `A delegációk`) and its
 * verb, in the past as an outcome or a summary record prints it (`tudomásul vette`, `elfogadta`, `jóváhagyta`,
 * `megállapodott`, `tájékoztatta`) or in the present as a note or a steering note prints it: a verb with its prefix
 * whose stem ends in a consonant before the definite ending (`felkéri`, `elfogadja`, `jóváhagyja`, `megállapítja`,
 * `kiemeli`, `áttekintik`), or one of the verbs a note prints without a prefix (`javasolja`, `támogatják`,
 * `tájékoztatja`, `hangsúlyozza`, `emlékezteti`, `ismerteti`, `kéri`, `üdvözli`, `egyetért`). The article opens titles
 * as well (`Az elnökség tájékoztatása`, `A COSI és a SCIFA közös ülése`), so the verb's ending tells the clause: a
 * title's possessed noun ends in a vowel before it (`beszámolója`, `megállapításai`), and its adjectives in `-ni` or
 * `-tti` (`A tagállamok elleni …`, `Az elnökség előtti …`).
 */
const HUNGARIAN_CLAUSE =
  /^Az?[ \t]+(?:bizottság|COSI|elnökség|delegációk|tagállamok)[ \t]+(?:tudomásul|\p{Ll}+(?:ta|te|tt|ták|ték|tak|tek)|(?:fel|meg|el|be|ki|jóvá|át|hozzá|rá|össze)\p{Ll}*(?:[bcdfghjklmnprstvyz]j(?:a|e|ák|ék)|(?:[bcdfghjklmprsvyz]|(?!t)\p{Ll}t)ik?)|(?:javasol|támogat|tájékoztat|értékel|vár)j(?:a|ák)|(?:emlékeztet|ismertet|kér|üdvözl)ik?|hangsúlyozz(?:a|ák)|egyetért(?:enek)?)(?![\p{L}])/u;

/** The committee's name opens a title too (`COSI meeting`): a clause it opens goes on past its verb (`COSI is invited to …`). */
const COMMITTEE = 'COSI';

/** The fewest words after the committee's name that make a clause of it, a title word among them (`is invited to`). */
const COMMITTEE_CLAUSE_WORDS = 3;

/** What sets a title's parts apart (`… Strategy: state of play`, `… – presentation by the Commission`): a sentence's clause has none before its verb. */
const TITLE_PARTS = /:\s|\s[-–—]\s/u;

/**
 * The Greek articles a sentence opens with as often as a title does (`Η COSI σημείωσε …`, `Η καταπολέμηση της
 * διακίνησης ναρκωτικών …`): after one, the words make a clause only where one of them is a verb (VERB_ENDING).
 */
const GREEK_ARTICLES: ReadonlySet<string> = new Set(['Η', 'Ο', 'Οι', 'Το', 'Τα']);

/**
 * The endings of the Greek verbs an outcome's sentences print, in the third person (`σημείωσε`, `ενέκρινε`,
 * `εγκρίθηκε`, `αντάλλαξαν`, `ενημερώνει`, `καλείται`, `καλούνται`, `υποστηρίζουν`); a title's nouns and adjectives end
 * otherwise (`κατάσταση`, `καταπολέμηση`, `ασφάλειας`, `εγκλήματος`, `προτεραιότητες`).
 */
const GREEK_VERB = /^\p{Ll}{2,}(?:ε|αν|ει|ται|ουν|ούν)$/u;

/** A word in lower case (`invites`, `nahm`, `tog`, `sollte`), not a number or a name. */
const LOWER_CASE = /^\p{Ll}[\p{L}'’-]*$/u;

/**
 * Whether `words` (a numbered line's words after its number, or the title a line would be cut to) open as a sentence's
 * clause: they open as a body's sentence does (`The Presidency …`, `Der Ausschuss …`, `Het Comité …`, `Member States
 * …`, `In order …`, `Udvalget …`, `Comitetul …`) and go on with a word in lower case that no title goes on after (a
 * verb-like continuation: `invites`, `considers that`, `nahm`, `tog`, `este invitat`), with no colon or dash setting a
 * title's parts apart. A title opening so is kept where it holds such parts (`The new CLASI Operational Action Plans …:
 * opportunities …`, `Europol Innovation Hub: annual report – presentation by Europol`) or no lower-case word (`The EU
 * Policy Cycle`); after a Greek article only where a verb follows (`Η COSI σημείωσε …`, not `Η καταπολέμηση της …`).
 */
export function readsAsClause(words: string): boolean {
  const text = words.trim();
  if (TITLE_PARTS.test(text)) return false;
  if (HUNGARIAN_CLAUSE.test(text)) return true;
  const [first = '', ...rest] = text.split(/\s+/u);
  const word = first.replace(/^["“(]/u, '');
  if (NAMES.has(word) || (!opensWithOpener(text) && !CLAUSE_SUBJECTS.has(word))) return false;
  if (word === COMMITTEE && (rest.length < COMMITTEE_CLAUSE_WORDS || !rest.some(isTitleWord))) return false;
  if (GREEK_ARTICLES.has(word)) return rest.some((next) => GREEK_VERB.test(next.replace(/[.,;:]+$/u, '')));
  return rest.some((next) => LOWER_CASE.test(next) && !isTitleWord(next));
}
