/** Citations of an agenda item or a section: plain text, BibTeX and CSL-JSON. */
import { formatDateRange } from '../shared/dates.ts';
import { kindLabel } from './labels.ts';

/** The author of every Council document, as citations name it. */
const AUTHOR = 'Council of the European Union';

/** The author in the short form of the plain-text citation. */
const AUTHOR_SHORT = 'Council of the EU';

/** The document kinds whose citation names the committee ("Outcome of proceedings of COSI"). */
const KINDS_OF_COSI: readonly string[] = ['outcome-of-proceedings'];

/** What a citation is built from. */
export interface CitationSource {
  /** Canonical document number: `15912/25`. */
  readonly number: string;
  /** Slugified document kind: `outcome-of-proceedings`, `note`. */
  readonly kind: string;
  readonly subject: string | null;
  /** The dates the citation names: a meeting's days for an outcome of proceedings, else the document's date (none where it was not read). */
  readonly dates: readonly string[];
  /** The date of the document (ISO); null where the ingest could not read it (the citation names no date then). */
  readonly issued: string | null;
  /** "item 6", "section 3.10"; empty when the whole document is cited. */
  readonly label: string;
  /** Title of the item or section; empty when the whole document is cited. */
  readonly title: string;
  /** Absolute permalink of the item, section or document. */
  readonly url: string;
}

/** Parts of an ISO date as numbers, as CSL-JSON writes dates. */
function parts(iso: string): [year: number, month: number, day: number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** The days a citation names, sorted and written out: `18–19 November 2025`. */
function dateSpan(dates: readonly string[]): string {
  return formatDateRange([...dates].sort());
}

/** The document as a citation names it: "Outcome of proceedings of COSI", "Note: European Internal Security Strategy". */
export function documentTitle(source: Pick<CitationSource, 'kind' | 'subject'>): string {
  if (KINDS_OF_COSI.includes(source.kind)) return `${kindLabel(source.kind)} of COSI`;
  return source.subject === null ? kindLabel(source.kind) : `${kindLabel(source.kind)}: ${source.subject}`;
}

/**
 * The plain-text citation, with what an item or section is called and where it is, so that it can be followed from a
 * printed page: "Council of the EU, Outcome of proceedings of COSI, 18–19 November 2025, 15912/25, item 6 “Title”,
 * https://…/meetings/2025-11-18/#item-6".
 */
export function citationText(source: CitationSource): string {
  const fields = [AUTHOR_SHORT, documentTitle(source), dateSpan(source.dates), source.number].filter((field) => field !== '');
  if (source.label !== '') fields.push(source.title === '' ? source.label : `${source.label} “${source.title}”`);
  fields.push(source.url);
  return fields.join(', ');
}

/** Characters BibTeX treats as syntax, and how to write them as text. */
const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Source text as a BibTeX field value: every special character escaped. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => BIBTEX_ESCAPES[character] ?? character);
}

/** A citation key made of letters, digits and dashes: `cosi-15912-25-item-6`. */
export function citationKey(source: Pick<CitationSource, 'number' | 'label'>): string {
  const key = `cosi ${source.number} ${source.label}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return key.replace(/^-|-$/g, '');
}

/** The title of the cited thing: the item's or section's title after its label, or the document's. */
function fullTitle(source: CitationSource): string {
  const span = dateSpan(source.dates);
  const document = span === '' ? documentTitle(source) : `${documentTitle(source)}, ${span}`;
  return source.label === '' ? document : `${document}, ${source.label}: ${source.title}`;
}

/** A BibTeX `@misc` entry; every value escaped, the author braced as one corporate name. */
export function citationBibtex(source: CitationSource): string {
  const issued = source.issued === null ? [] : parts(source.issued);
  const fields: [string, string][] = [
    ['author', `{${AUTHOR}}`],
    ['title', bibtexText(fullTitle(source))],
    ['number', bibtexText(source.number)],
    ...issued.slice(0, 2).map((value, index): [string, string] => [index === 0 ? 'year' : 'month', String(value)]),
    ['url', source.url],
  ];
  if (source.label !== '') fields.push(['note', bibtexText(source.label)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${citationKey(source)},\n${body}\n}`;
}

/** One CSL-JSON item (the format of Zotero and citeproc), as an object. */
export function citationCsl(source: CitationSource): Record<string, unknown> {
  const csl: Record<string, unknown> = {
    id: citationKey(source),
    type: 'report',
    title: source.label === '' ? documentTitle(source) : source.title,
    'container-title': source.label === '' ? undefined : documentTitle(source),
    author: [{ literal: AUTHOR }],
    publisher: AUTHOR,
    'publisher-place': 'Brussels',
    genre: kindLabel(source.kind),
    number: source.number,
    section: source.label === '' ? undefined : source.label,
    issued: source.issued === null ? undefined : { 'date-parts': [parts(source.issued)] },
    'event-date': source.dates.length === 0 ? undefined : { 'date-parts': [...source.dates].sort().map(parts) },
    URL: source.url,
  };
  return Object.fromEntries(Object.entries(csl).filter(([, value]) => value !== undefined));
}
