import { DEFAULT_KIND } from './vocabulary.ts';

/**
 * The kind of an outcome of proceedings issued as a note: older registers (about 2010–2014) print a summary of a
 * meeting's discussions under the kind line `NOTE` (or none), its subject opening with what it is — `Summary of
 * discussions of the meeting of COSI on 1 February 2011`, `Résumé des discussions de la réunion du COSI du 1er
 * février 2011`. Such a document reports a meeting item by item, as an outcome does.
 */
export const REPORTED_MEETING_KIND = 'outcome-of-proceedings';

/** Kinds under which a report of a meeting may be printed. */
const REPORTING_KINDS: ReadonlySet<string> = new Set(['note', DEFAULT_KIND]);

// The opening words of such a subject in the versions the Council prints (lower case, the article optional where the
// versions print it both ways): a summary of the discussions, an outcome of the proceedings, a summary record.
const OPENINGS: readonly string[] = [
  'summary of (?:the )?discussions?',
  'outcome of (?:the )?proceedings',
  'summary record',
  'résumé des (?:discussions|débats|travaux)',
  'résultats? des travaux',
  'compte rendu (?:sommaire|des (?:discussions|travaux))',
  'zusammenfassung der (?:beratungen|erörterungen|diskussionen?)',
  'ergebnis(?:se)? der beratungen',
  'resumen de (?:los debates|las deliberaciones)',
  'resultados? de los trabajos',
  'sintesi (?:delle discussioni|dei lavori)',
  '(?:esito|risultati) dei lavori',
  'samenvatting van de (?:besprekingen|beraadslagingen)',
  'resultaat (?:van de )?besprekingen',
  'resumo d[oa]s (?:debates|discussões)',
  'resultados? dos trabalhos',
];

const OPENING = new RegExp(`^(?:${OPENINGS.join('|')})\\b`, 'iu');

/**
 * Whether a document is an outcome of proceedings printed as a note: its kind is `note` (or it has none), its subject
 * opens with the words of a meeting's summary and names at least one day of the meeting (`meetingDays`, those not
 * after the document's date).
 */
export function reportsMeeting(kind: string, subject: string | null, meetingDays: readonly string[]): boolean {
  return REPORTING_KINDS.has(kind) && subject !== null && meetingDays.length > 0 && OPENING.test(subject.trim());
}
