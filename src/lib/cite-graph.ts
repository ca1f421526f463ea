/** A document's place in the citation chain: the documents it cites and the documents that cite it. */
import { documentSlug } from '../shared/slug.ts';

/** A neighbour in the citation graph: its canonical number and its page. */
export interface GraphNode {
  readonly id: string;
  readonly href: string;
}

/** The neighbours of one document, each list in first-appearance or citing order, without duplicates. */
export interface CitationNeighbours {
  readonly cites: readonly GraphNode[];
  readonly citedBy: readonly GraphNode[];
}

/** The fields of a document entry the graph needs. */
export interface CitingDocument {
  readonly slug: string;
  readonly references: readonly string[];
}

/** The fields of a reference entry the graph needs. */
export interface CitedDocument {
  readonly slug: string;
  readonly citations: readonly { readonly document: string; readonly documentSlug: string }[];
}

/** The page of a document number. */
function node(id: string, slug = documentSlug(id)): GraphNode {
  return { id, href: `/documents/${slug}/` };
}

/**
 * The documents that the document with `slug` cites (when it is ingested) and those that cite it
 * (from its reference entry, when something cites it). Self-citations are left out.
 */
export function citationNeighbours(slug: string, document: CitingDocument | undefined, reference: CitedDocument | undefined): CitationNeighbours {
  const cites = (document?.references ?? []).filter((id) => documentSlug(id) !== slug).map((id) => node(id));
  const citing = new Map<string, GraphNode>();
  for (const citation of reference?.citations ?? []) {
    if (citation.documentSlug !== slug && !citing.has(citation.documentSlug)) citing.set(citation.documentSlug, node(citation.document, citation.documentSlug));
  }
  return { cites: [...new Map(cites.map((n) => [n.href, n])).values()], citedBy: [...citing.values()] };
}

/**
 * How wide a label of the graph is drawn at most, in SVG units per character at its 12 px type: wider than the average
 * glyph of a sans-serif face (digits ~0.55 em, capitals up to ~0.8 em), so that a box sized by it always holds its label.
 */
const UNITS_PER_CHARACTER = 8;

/** Space between a box's edge and its label, on each side. */
export const LABEL_PADDING = 8;

/** The width of a box that holds every one of `labels` (at least `minimum`), so that no label spills out of its box. */
export function boxWidth(labels: readonly string[], minimum: number): number {
  const longest = Math.max(0, ...labels.map((label) => [...label].length));
  return Math.max(minimum, longest * UNITS_PER_CHARACTER + 2 * LABEL_PADDING);
}
