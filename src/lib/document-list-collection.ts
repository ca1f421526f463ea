/** The documents list read from the collections once per build (the I/O edge of document-list.ts and cited-subject.ts). */
import { getCollection } from 'astro:content';
import { citedDescriptions, type DescribingDecision } from './cited-subject.ts';
import { documentYears, listedDocuments, type DocumentYear } from './document-list.ts';
import { kindLabel, REFERENCE_TYPE_LABELS } from './labels.ts';

let years: Promise<DocumentYear[]> | undefined;
let descriptions: Promise<(id: string) => string[]> | undefined;

/** What the archive's texts say each cited document is (cited-subject.ts), from every reference's citations and every decision. */
export function describeCited(): Promise<(id: string) => string[]> {
  descriptions ??= Promise.all([getCollection('references'), getCollection('decisions')]).then(([references, decisions]) => {
    const citing = new Map<string, DescribingDecision[]>();
    for (const { data } of decisions) {
      for (const id of data.references) {
        const list = citing.get(id);
        if (list === undefined) citing.set(id, [data]);
        else list.push(data);
      }
    }
    const citations = new Map(references.map(({ data }) => [data.id, data.citations]));
    return (id: string) => citedDescriptions(id, citations.get(id) ?? [], citing.get(id) ?? []);
  });
  return descriptions;
}

/** Every document held or cited, by year, built on first use and shared by the index and the year pages. */
export function documentsByYear(): Promise<DocumentYear[]> {
  years ??= Promise.all([getCollection('documents'), getCollection('references'), describeCited()]).then(([documents, references, describe]) =>
    documentYears(
      listedDocuments(
        documents.map(({ data }) => data),
        references.map(({ data }) => data),
        { kind: kindLabel, type: (type) => REFERENCE_TYPE_LABELS[type], describe: (id) => describe(id)[0] ?? null },
      ),
    ),
  );
  return years;
}
