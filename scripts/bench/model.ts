import type { DECISION_VERBS } from '../../src/schemas/vocabulary.ts';

/** A verb of the closed decision vocabulary. */
export type DecisionVerb = (typeof DECISION_VERBS)[number];

/** How the source text was exported: tab-separated plain text (seed 000), Markdown-like (seeds 002/003), or PDF-extracted. */
export type ExportStyle = 'plain' | 'markdown' | 'pdf';

/** The export styles with their share of the corpus (weights sum to 100). */
export const EXPORT_STYLES: readonly { style: ExportStyle; weight: number }[] = [
  { style: 'plain', weight: 40 },
  { style: 'markdown', weight: 30 },
  { style: 'pdf', weight: 30 },
];

/**
 * A run of text with inline markers: `\u0001n\u0002` marks footnote n, so that each export style can
 * print it its own way (`¹`, `<sup>1</sup>`).
 */
export type Inline = string;

/** The start and end of a footnote marker inside an Inline. */
export const FOOTNOTE_MARK = { open: '\u0001', close: '\u0002' } as const;

/** A decision the generator wrote into an item, as the parser must find it. */
export interface PlannedDecision {
  verb: DecisionVerb;
  references: string[];
}

/** A paragraph or a bullet list of an item or a section. */
export type Block = { type: 'paragraph'; text: Inline } | { type: 'list'; entries: Inline[] };

/** A footnote definition: its mark and its text. */
export interface PlannedFootnote {
  mark: number;
  text: string;
}

/** An agenda item of an outcome of proceedings. */
export interface PlannedItem {
  /** "3", "6.1", or null for an unnumbered "Any other business". */
  number: string | null;
  title: string;
  /** The agenda heading the item stands under, or null. */
  section: string | null;
  /** The ISO date of the day heading above it, for multi-day meetings; else null. */
  day: string | null;
  blocks: Block[];
  decisions: PlannedDecision[];
}

/** A numbered (or unnumbered) heading of a note with its text. */
export interface PlannedSection {
  number: string | null;
  title: string;
  blocks: Block[];
  /** Footnotes printed after the section's text. */
  footnotes: PlannedFootnote[];
}

/** Everything about one synthetic document before it is printed in an export style. */
export interface PlannedDocument {
  /** Canonical number: `15912/25`, `14470/1/25 REV 1`. */
  number: string;
  /** The document-type line as printed: `OUTCOME OF PROCEEDINGS`, `NOTE`, … */
  kindLine: string;
  style: ExportStyle;
  /** ISO date of the document. */
  date: string;
  /** ISO dates of the meeting (outcomes of proceedings only), else null. */
  meetingDates: string[] | null;
  limite: boolean;
  codes: string[];
  from: string;
  to: string;
  previous: string[];
  subject: string;
  /** Paragraphs before the first heading of a note (with their footnotes). */
  intro: PlannedSection | null;
  items: PlannedItem[];
  sections: PlannedSection[];
}
