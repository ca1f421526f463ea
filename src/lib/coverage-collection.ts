/** The archive's coverage read from the collections once per build (the I/O edge of coverage.ts). */
import { getCollection } from 'astro:content';
import { coverage, type Coverage } from './coverage.ts';
import { registerIndex } from './register-collection.ts';

let covered: Promise<Coverage> | undefined;

/** The coverage of the documents and meetings held, and how recent the sources are; shared by the home and about pages. */
export function archiveCoverage(): Promise<Coverage> {
  covered ??= Promise.all([getCollection('documents'), getCollection('meetings'), registerIndex()]).then(([documents, meetings, register]) => {
    return coverage(
      documents.map(({ data }) => data),
      // A meeting its notice cancels did not take place: neither recorded nor known from its agenda.
      meetings.filter(({ data }) => data.cancelled !== true).map(({ id, data }) => ({ id, recorded: data.outcome !== null })),
      register.all.map((answer) => answer.fetchedAt),
    );
  });
  return covered;
}
