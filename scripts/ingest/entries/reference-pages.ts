import type { Root, RootContent } from 'mdast';
import type { Reference } from '../../../src/schemas/reference.ts';
import { MAX_REFERENCE_PAGES, pagedReferences } from '../../../src/shared/reference-pages.ts';
import { documentSlug } from '../../../src/shared/slug.ts';

/** The site path every cross-link to a document page starts with. */
const DOCUMENT_PAGES = '/documents/';

/** Which references of a document have pages of their own, and the official link of those that do not (none where no address is certain). */
export interface ReferencePages {
  /** Whether the reference with this canonical id has a page of its own. */
  has(id: string): boolean;
  /** The tree with links to documents without a page of their own pointed at their official text instead. */
  link<T extends Root>(tree: T): T;
}

/**
 * The pages a document's references get (see src/shared/reference-pages.ts): all of them, unless it cites more than
 * MAX_REFERENCE_PAGES documents. Guarantee: no link a tree keeps after `link` leads to a page the ingest does not write.
 */
export function referencePages(references: readonly Reference[]): ReferencePages {
  if (references.length <= MAX_REFERENCE_PAGES) return { has: () => true, link: (tree) => tree };
  const paged = new Set(pagedReferences(references).map(({ id }) => id));
  const listed = new Set(references.map(({ id }) => id));
  const official = new Map(references.filter(({ id }) => !paged.has(id)).map(({ id, url }) => [`${DOCUMENT_PAGES}${documentSlug(id)}/`, url ?? null]));
  return {
    has: (id) => paged.has(id) || !listed.has(id),
    link: (tree) => {
      // A stack of nodes, not recursion: the tree is as deep as its lists, and a crafted source may nest them deeply.
      const nodes: (Root | RootContent)[] = [tree];
      for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
        if ('children' in node) {
          // A link to a document without a page and without a certain address becomes its text.
          node.children = node.children.flatMap((child) =>
            child.type === 'link' && official.get(child.url) === null ? child.children : [child],
          ) as typeof node.children;
          for (const child of node.children) nodes.push(child);
        }
        if (node.type === 'link') node.url = official.get(node.url) ?? node.url;
      }
      return tree;
    },
  };
}
