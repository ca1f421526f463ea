import type { Citation } from '../schemas/reference-entry.ts';

/** The prefix Astro's Markdown renderer puts before footnote ids (`fn-1` → `user-content-fn-1`). */
const FOOTNOTE_ID_PREFIX = 'user-content-';

/** The element id of an anchor on a rendered page: footnote anchors and footnote calls' anchors (`fnref-1`) get the renderer's prefix. */
export function anchorId(anchor: string): string {
  return anchor.startsWith('fn-') || anchor.startsWith('fnref-') ? `${FOOTNOTE_ID_PREFIX}${anchor}` : anchor;
}

/** Where a citation points: an agenda item on its meeting page, anything else on the citing document's page. */
export function citationHref(citation: Citation): string {
  const id = anchorId(citation.anchor);
  if (citation.meeting !== null && citation.anchor.startsWith('item-')) {
    return `/meetings/${citation.meeting}/#${id}`;
  }
  return `/documents/${citation.documentSlug}/#${id}`;
}
