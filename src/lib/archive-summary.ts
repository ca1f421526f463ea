/** What the home page says the archive holds, in numbers; what years it covers is coverage.ts's. */
export interface ArchiveSummary {
  documents: number;
  referenced: number;
  meetings: number;
  decisions: number;
}

/** Counts of the archive: documents held, documents only cited, meetings and decisions. */
export function summarise(input: { documents: number; referencedOnly: number; decisions: number; meetings: number }): ArchiveSummary {
  return { documents: input.documents, referenced: input.referencedOnly, meetings: input.meetings, decisions: input.decisions };
}
