import { citationsIn, type FoundCitation, type Place } from './citations.ts';
import { sectionHeading } from '../markdown/document-body.ts';
import type { Fragment } from '../markdown/fragment.ts';
import { headerFields, HEADER_ANCHOR } from '../markdown/header-block.ts';
import { footnoteAnchor, type ParsedDocument } from './parsed-document.ts';
import { findReferences } from '../../../src/shared/references.ts';

/**
 * Every citation a document makes, in page order: the header fields, the sections, the agenda items (titles
 * included) and the footnotes; each with the anchor it stands under on the page and the sentence around the reference.
 */
export function documentCitations(document: ParsedDocument, meeting: string | null): FoundCitation[] {
  const { record, slug } = document;
  const place = (anchor: string, label: string, inMeeting: boolean): Place => ({
    document: record.number,
    documentSlug: slug,
    meeting: inMeeting ? meeting : null,
    anchor,
    label,
  });
  const inFragment = (title: string, fragment: Fragment, at: Place) => {
    const shift = title.length + 2;
    const references = [...findReferences(title), ...fragment.references.map((found) => ({ ...found, start: found.start + shift, end: found.end + shift }))];
    return citationsIn(`${title}\n\n${fragment.plain}`, `${title}\n\n${fragment.source}`, references, at);
  };
  const header = headerFields(record)
    .map(([label, value]) => `${label} ${value}`)
    .join('\n\n');
  return [
    ...citationsIn(header, header, findReferences(header), place(HEADER_ANCHOR, 'header', false)),
    ...document.sections.flatMap(({ section, anchor, fragment }) =>
      inFragment(
        section.title ?? '',
        fragment,
        place(anchor, section.number === null && section.title === null ? 'introduction' : `section ${sectionHeading(section.number, section.title)}`, false),
      ),
    ),
    ...document.items.flatMap(({ item, anchor, fragment }) =>
      inFragment(item.title, fragment, place(anchor, item.number === null ? `item ${item.title}` : `item ${item.number}`, true)),
    ),
    ...document.footnotes.flatMap(({ footnote, fragment }) =>
      inFragment('', fragment, place(footnoteAnchor(footnote.mark), `footnote ${footnote.mark}`, false)),
    ),
  ];
}
