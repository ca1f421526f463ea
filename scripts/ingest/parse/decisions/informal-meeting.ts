/**
 * An outcome of an informal videoconference of the committee's members: no formal meeting, so it takes no decisions
 * (the register's outcomes of such videoconferences say so), and what its members supported or noted is their view.
 * The subject names it (`Outcome of the informal videoconference of the members of the Standing Committee …`,
 * `Résultats de la vidéoconférence informelle des membres du Comité …`, `Ergebnis der informellen Videokonferenz …`);
 * each decision read in its items is then marked `informal`.
 */
import type { Decision } from '../../../../src/schemas/decision.ts';

/**
 * An informal videoconference in the 24 versions' words, its adjective and noun in the order and the case a subject
 * prints them (`informal videoconference`, `vidéoconférence informelle`, `informellen Videokonferenz`,
 * `videoconferencia informal`, `nieformalnej wideokonferencji`, `άτυπης τηλεδιάσκεψης`, `informális videokonferencia` …).
 */
const INFORMAL_VIDEOCONFERENCE = new RegExp(
  [
    String.raw`informal\s+video-?conference`,
    String.raw`vidéo-?conférence\s+informelle`,
    String.raw`informellen?\s+Video-?konferenz`,
    String.raw`videoconferencia\s+informal`,
    String.raw`videoconferenza\s+informale`,
    String.raw`informele\s+videoconferentie`,
    String.raw`videoconferência\s+informal`,
    String.raw`nieformaln\p{L}{1,3}\s+wideokonferencj`,
    String.raw`videoconferin\p{L}{1,4}\s+informal`,
    String.raw`neformáln\p{L}{1,3}\s+videokonferenc`,
    String.raw`neformaln\p{L}{1,3}\s+videokonferenc`,
    String.raw`informális\s+videokonferenci`,
    String.raw`неформалн\p{L}{1,3}\s+видеоконференци`,
    String.raw`άτυπ\p{L}{1,3}\s+τηλεδιάσκεψ`,
    String.raw`uformel\p{L}{0,3}\s+videokonference`,
    String.raw`informell\p{L}{0,3}\s+videokonferens`,
    String.raw`epävirallis\p{L}{0,4}\s+videokokou`,
    String.raw`mitteametlik\p{L}{0,3}\s+videokonverents`,
    String.raw`neformāl\p{L}{1,3}\s+videokonferenc`,
    String.raw`neformali\p{L}{1,3}\s+vaizdo\s+konferencij`,
    String.raw`vidjokonferenza\s+informali`,
    String.raw`físchomhdhál\p{L}{0,3}\s+neamhfhoirmiúil`,
  ].join('|'),
  'iu',
);

/** Whether a document's subject names an informal videoconference, whose outcome records views, no decisions. */
export function namesInformalVideoconference(subject: string | null): boolean {
  return subject !== null && INFORMAL_VIDEOCONFERENCE.test(subject);
}

/** The decisions of an item of an informal videoconference's outcome, each marked as a view taken there, not a decision. */
export function asInformalViews(decisions: readonly Decision[]): Decision[] {
  return decisions.map((decision) => ({ ...decision, informal: true }));
}
