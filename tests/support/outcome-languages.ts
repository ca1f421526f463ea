import { readFileSync } from 'node:fs';

/**
 * One COSI outcome of proceedings in each of the 24 official languages, as tests/fixtures/outcome-languages/outcomes.json
 * holds it (written by hand as the Council's versions print it).
 */
export interface Outcome {
  institution: string;
  placeDate: string;
  kind: string;
  labels: Record<'from' | 'to' | 'subject', string>;
  from: string;
  to: string;
  subject: string;
  /** The opening sentence; the footnote's mark follows it. */
  opening: string;
  /** The items' titles. */
  items: string[];
  /** One sentence under each item, naming its document. */
  sentences: string[];
  footnote: string;
}

/** Fields a case states that the ingest does not read yet (`<shape>/<language>`), with why: left aside, and checked still unread so the list stays true. */
export type NotRead = Record<string, { fields: string[]; why: string }>;

/** The fixture's outcomes by language, and the fields stated as not read yet. */
export const { outcomes, notRead } = JSON.parse(readFileSync('tests/fixtures/outcome-languages/outcomes.json', 'utf8')) as {
  outcomes: Record<string, Outcome>;
  notRead: NotRead;
};
