import { isPlausibleDate } from '../shared/dates.ts';

/** What the home page says the archive holds. */
export interface ArchiveSummary {
  documents: number;
  referenced: number;
  meetings: number;
  decisions: number;
  /** Earliest and latest plausible date of an ingested document or meeting day, ISO; null for an empty archive. */
  from: string | null;
  to: string | null;
}

/** Counts and date range of the archive, from the dates of its documents and meetings. */
export function summarise(input: {
  documentDates: readonly string[];
  meetingDates: readonly string[];
  referencedOnly: number;
  decisions: number;
  meetings: number;
}): ArchiveSummary {
  const dates = [...input.documentDates, ...input.meetingDates].filter(isPlausibleDate).sort();
  return {
    documents: input.documentDates.length,
    referenced: input.referencedOnly,
    meetings: input.meetings,
    decisions: input.decisions,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
  };
}
