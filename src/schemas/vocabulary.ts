/** Closed vocabularies shared by the ingest, the schemas and the pages. */

/** What COSI did with an item: the closed set of decision verbs. */
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
] as const;
