/**
 * What a search result says of the page it lists, as hidden Pagefind metadata, made with Astro's template tag
 * (src/lib/isolated.ts says why not a component): every document, cited document, meeting, actor and topic page has it.
 */
import { addAttribute, render } from 'astro/compiler-runtime';
import { numberSearchForms } from './number-query.ts';
import type { Markup } from './isolated.ts';

/** What the metadata says of a page. */
export interface SearchMetaFields {
  /** What the page is, for people: `Meeting`, `Note`, `Cited document`, `Actor`, `Topic`. */
  readonly type: string;
  /** When, as the page says it (`18–19 November 2025`); null for actors and topics. */
  readonly date: string | null;
  /** The numbers of the documents the page holds (an outcome's on its meeting's page). */
  readonly numbers: readonly string[];
  /** Whether the archive only cites the document (its page holds no text of it). */
  readonly cited?: boolean;
}

/** A hidden element holding one `name:value` of Pagefind metadata. */
const meta = (value: string): Markup => render`<span hidden${addAttribute(value, 'data-pagefind-meta')}></span>`;

/**
 * The page's `type`, `date` and `cited` as Pagefind metadata, and the forms of the numbers of the documents it holds
 * (`numbers`), which the search page ranks highly so that a document number finds the page that holds the document
 * first. Hidden: the page shows all this in its own words.
 */
export function searchMeta({ type, date, numbers, cited = false }: SearchMetaFields): Markup[] {
  const forms = [...new Set(numbers.flatMap((number) => numberSearchForms(number).split(' ')))].join(' ');
  return [
    meta(`type:${type}`),
    ...(date === null ? [] : [meta(`date:${date}`)]),
    ...(forms === '' ? [] : [meta(`numbers:${forms}`)]),
    ...(cited ? [meta('cited:cited only')] : []),
  ];
}
