import { KINDS } from '../text/header-vocabulary.ts';
import { DEFAULT_KIND } from '../text/vocabulary.ts';

/**
 * The kind of an outcome of proceedings issued as a note: older registers (about 2010–2014) print a summary of a
 * meeting's discussions under the kind line `NOTE` (or none), its subject opening with what it is — `Summary of
 * discussions of the meeting of COSI on 1 February 2011`, `Résumé des discussions de la réunion du COSI du 1er
 * février 2011`. Such a document reports a meeting item by item, as an outcome does.
 */
export const REPORTED_MEETING_KIND = 'outcome-of-proceedings';

/** Kinds under which a report of a meeting may be printed. */
const REPORTING_KINDS: ReadonlySet<string> = new Set(['note', DEFAULT_KIND]);

/** The kinds whose kind line a meeting's summary opens its subject with (`Outcome of proceedings of …`, `Wynik prac …`). */
const REPORT_SLUGS: ReadonlySet<string> = new Set(['outcome-of-proceedings', 'summary-record']);

/**
 * The opening words of a summary of the discussions that no kind line prints, in the versions that word it so (lower
 * case, without accents; the article optional where the versions print it both ways).
 */
const SUMMARY_OF_DISCUSSIONS: readonly string[] = [
  'summary of (?:the )?discussions?',
  'outcome of the proceedings',
  'resume des (?:discussions|debats|travaux)',
  'resultat des travaux',
  'compte rendu des (?:discussions|travaux)',
  'zusammenfassung der (?:beratungen|erorterungen|diskussionen?)',
  'ergebnisse der beratungen',
  'resumen de (?:los debates|las deliberaciones)',
  'resultados de los trabajos',
  'sintesi (?:delle discussioni|dei lavori)',
  'samenvatting van de (?:besprekingen|beraadslagingen)',
  'resultaat van de besprekingen',
  'resumo d[oa]s (?:debates|discussoes)',
  'resultado dos trabalhos',
];

/** A text in lower case without accents (`Αποτέλεσμα εργασιών` → `αποτελεσμα εργασιων`), as the kind lines are kept. */
function bare(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The opening words of such a subject in the versions the Council prints: the kind lines of an outcome of proceedings
 * and a summary record in the 24 languages (`KINDS`), and the words of a summary of the discussions.
 */
const OPENINGS: readonly string[] = [
  ...[...KINDS]
    .filter(([, { slug }]) => REPORT_SLUGS.has(slug))
    .map(([printed]) =>
      bare(printed)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, '\\s+'),
    ),
  ...SUMMARY_OF_DISCUSSIONS,
];

const OPENING = new RegExp(`^(?:${OPENINGS.join('|')})(?![\\p{L}])`, 'u');

/**
 * Whether a document is an outcome of proceedings printed as a note: its kind is `note` (or it has none), its subject
 * opens with the words of a meeting's summary and names at least one day of the meeting (`meetingDays`, those not
 * after the document's date).
 */
export function reportsMeeting(kind: string, subject: string | null, meetingDays: readonly string[]): boolean {
  return REPORTING_KINDS.has(kind) && subject !== null && meetingDays.length > 0 && OPENING.test(bare(subject.trim()));
}
