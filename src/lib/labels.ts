import type { DECISION_VERBS, REFERENCE_TYPES } from '../schemas/vocabulary.ts';

/** How each decision verb reads in a sentence ("COSI took note"). */
export const VERB_LABELS: Readonly<Record<(typeof DECISION_VERBS)[number], string>> = {
  adopted: 'adopted',
  endorsed: 'endorsed',
  agreed: 'agreed',
  approved: 'approved',
  confirmed: 'confirmed',
  'took-note': 'took note',
  'exchanged-views': 'exchanged views',
  welcomed: 'welcomed',
  tasked: 'tasked',
  invited: 'invited',
  concluded: 'concluded',
  postponed: 'postponed',
  'will-return': 'will return',
  withdrawn: 'withdrew',
};

/** What each kind of referenced document is, for people. */
export const REFERENCE_TYPE_LABELS: Readonly<Record<(typeof REFERENCE_TYPES)[number], string>> = {
  council: 'Council document',
  meeting: 'Council meeting document (CM)',
  working: 'Council working document (WK)',
  'european-council': 'European Council document',
  commission: 'European Commission document',
  regulation: 'Regulation',
  directive: 'Directive',
  decision: 'Council decision',
  'official-journal': 'Official Journal of the European Union',
  celex: 'EUR-Lex document (CELEX number)',
  'case-law': 'Court decision (ECLI)',
  parliament: 'European Parliament document',
  association: 'Association council document',
  procedure: 'Interinstitutional procedure',
};

/** A document kind slug as a phrase: `outcome-of-proceedings` → `Outcome of proceedings`. */
export function kindLabel(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** English names of languages, from the runtime's language data (the same for every build on one Node version). */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A version's language for people: `fr` → `French`; a version whose header does not tell its language is "unstated language". */
export function languageName(code: string | null): string {
  return code === null ? 'unstated language' : (LANGUAGE_NAMES.of(code) ?? code);
}
