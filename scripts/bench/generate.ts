import { documentSlug } from '../../src/shared/slug.ts';
import { createCitations } from './citations.ts';
import type { ExportStyle, PlannedDecision, PlannedDocument } from './model.ts';
import { planDocument } from './plan.ts';
import { createRandom } from './prng.ts';
import { renderDocument } from './render.ts';
import { skeletons } from './skeleton.ts';

/** What the parser must find in a generated document: the generator's own account of what it wrote. */
export interface ExpectedDocument {
  number: string;
  kind: string;
  style: ExportStyle;
  date: string;
  meetingDates: string[] | null;
  items: { number: string | null; title: string; section: string | null; day: string | null; decisions: PlannedDecision[] }[];
  /** Headings of a note (not the untitled text before the first one). */
  sections: { number: string | null; title: string }[];
  footnotes: number;
}

/** One synthetic source file: its name under the sources folder, its text, and what it holds. */
export interface GeneratedDocument {
  fileName: string;
  text: string;
  expected: ExpectedDocument;
}

/** Seeds the generator of one document from the corpus seed and its position, so documents are independent. */
const documentSeed = (seed: number, index: number): number => Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);

function expectation(document: PlannedDocument): ExpectedDocument {
  return {
    number: document.number,
    kind: documentSlug(document.kindLine),
    style: document.style,
    date: document.date,
    meetingDates: document.meetingDates,
    items: document.items.map(({ number, title, section, day, decisions }) => ({ number, title, section, day, decisions })),
    sections: document.sections.map(({ number, title }) => ({ number, title })),
    footnotes: [document.intro, ...document.sections].reduce((sum, section) => sum + (section?.footnotes.length ?? 0), 0),
  };
}

/**
 * `count` synthetic COSI documents for a seed, in date order (2010–2026), with unique numbers, in the three
 * export styles of the seeds, citing each other and outside documents with Zipf frequency. Pure and
 * deterministic: the same count and seed give the same documents.
 */
export function generateCorpus(count: number, seed: number): GeneratedDocument[] {
  const random = createRandom(seed);
  const corpus = skeletons(random, count);
  const citations = createCitations(
    random,
    corpus.map((entry) => entry.number),
  );
  return corpus.map((skeleton, index) => {
    const own = createRandom(documentSeed(seed, index));
    const planned = planDocument(own, citations, skeleton);
    return {
      fileName: `${String(index).padStart(6, '0')}_${documentSlug(skeleton.number)}.txt`,
      text: renderDocument(planned, own),
      expected: expectation(planned),
    };
  });
}
