/** Closed vocabularies shared by the ingest, the schemas and the pages. */

/**
 * What COSI did with an item: the closed set of decision verbs. `concluded` is a conclusion the outcome records (`The
 * Chair concluded that …`, `COSI concluded that …`); `postponed` an item or discussion put off (`The item was postponed`);
 * `will-return` an item the body says it will come back to (`COSI will revert to this item at its next meeting`: no
 * decision yet, but the item returns); `withdrawn` an item taken off the agenda (`The item was withdrawn`).
 */
export const DECISION_VERBS = [
  'adopted',
  'endorsed',
  'agreed',
  'approved',
  'confirmed',
  'took-note',
  'exchanged-views',
  'welcomed',
  'tasked',
  'invited',
  'concluded',
  'postponed',
  'will-return',
  'withdrawn',
] as const;

/** The kinds of referenced document, by series or legal form. */
export const REFERENCE_TYPES = [
  'council', // ST series: 16515/09, 14470/1/25 REV 1, 7402/24 COR 1, 9459/20 ADD 1
  'meeting', // CM series: CM 4578/2/24 REV 2
  'working', // WK series: WK 13949/2021
  'european-council', // EUCO 50/24
  'commission', // COM/2023/516 final
  'regulation', // Regulation (EU) 2024/1689
  'directive', // Directive (EU) 2024/1260
  'decision', // Council Decision 2010/131/EU
  'official-journal', // OJ L 135, 24.5.2016 (an issue), OJ L, 2024/1689 (an act published under its own number)
  'celex', // CELEX 32016R0794: a document of EUR-Lex by its CELEX number
  'case-law', // ECLI:EU:C:2024:123: a court decision by its European Case Law Identifier
  'parliament', // PE 123.456: a European Parliament document
  'association', // UE-UA 2101/25: an association or stabilisation council's document, a series of the register's own
  'procedure', // 2023/0123(COD): an interinstitutional file's procedure, at the Legislative Observatory
] as const;

/**
 * What the register answered for a document, as `npm run fetch` records it: `fetched` (a PDF, saved beside the
 * sidecar), `not-public` (403: withheld, e.g. LIMITE or WK), `not-found` (404/410: no such document or language
 * version), `not-a-pdf` (a 200 whose body is an HTML page or otherwise no PDF: nothing saved).
 */
export const SIDECAR_STATUSES = ['fetched', 'not-public', 'not-found', 'not-a-pdf'] as const;
