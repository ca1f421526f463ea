/**
 * Links to documents' pages and decisions as sentences, as markup made with Astro's template tag (src/lib/isolated.ts
 * says why not components): a decisions table or a meeting's list of documents shows thousands of them.
 */
import { addAttribute, render } from 'astro/compiler-runtime';
import { documentSlug } from '../shared/slug.ts';
import { decisionParts, type Stated } from './decision-text.ts';
import { isolated, type Markup } from './isolated.ts';

/** A link to a document's page in the archive, showing its canonical number or the text as printed, isolated from the text around it. */
export function documentLink(id: string, text: string = id): Markup {
  return render`<a class="doc-ref"${addAttribute(`/documents/${documentSlug(id)}/`, 'href')}>${isolated(text)}</a>`;
}

/**
 * One decision as a sentence: who, the verb and what, each document the object cites linked as printed — to its page
 * when it has one (it is among the decision's references), else to its official text where its address is certain.
 */
export function decisionSentence(decision: Stated & { readonly references: readonly string[] }): (string | Markup)[] {
  return decisionParts(decision).map((part) =>
    part.reference === null
      ? part.text
      : decision.references.includes(part.reference)
        ? documentLink(part.reference, part.text)
        : part.url === null
          ? part.text
          : render`<a${addAttribute(part.url, 'href')}>${part.text}</a>`,
  );
}
