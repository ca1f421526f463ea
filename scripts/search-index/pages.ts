/**
 * The pages of the built site that Pagefind reads, relative to the site's root: the only pages whose templates
 * put `data-pagefind-body` on their article (src/pages/meetings/[id].astro, src/components/IngestedDocument.astro
 * and ReferencedDocument.astro through src/pages/documents/[slug].astro). A new searchable page type must be added here.
 */
export const INDEXED_PAGES = '{meetings,documents}/*/index.html';
