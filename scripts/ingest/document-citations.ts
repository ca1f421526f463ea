import { citationsIn, type FoundCitation } from './citations.ts';
import { headerFields, HEADER_ANCHOR } from './header-block.ts';
import { sectionHeading } from './document-body.ts';
import { footnoteAnchor, type ParsedDocument } from './parsed-document.ts';

/**
 * Every citation a document makes, in page order: the header fields, the sections, the agenda items and the
 * footnotes; each with the anchor it stands under on the page and the sentence around the reference.
 */
export function documentCitations(document: ParsedDocument, meeting: string | null): FoundCitation[] {
  const { record, slug } = document;
  const place = (anchor: string, label: string, inMeeting: boolean) => ({
    document: record.number,
    documentSlug: slug,
    meeting: inMeeting ? meeting : null,
    anchor,
    label,
  });
  const header = headerFields(record)
    .map(([label, value]) => `${label} ${value}`)
    .join('\n\n');
  return [
    ...citationsIn(header, place(HEADER_ANCHOR, 'header', false)),
    ...document.sections.flatMap(({ section, anchor, fragment }) =>
      citationsIn(fragment.plain, place(anchor, section.number === null && section.title === null ? 'introduction' : `section ${sectionHeading(section.number, section.title)}`, false)),
    ),
    ...document.items.flatMap(({ item, anchor, fragment }) =>
      citationsIn(fragment.plain, place(anchor, item.number === null ? `item ${item.title}` : `item ${item.number}`, true)),
    ),
    ...document.footnotes.flatMap(({ footnote, fragment }) => citationsIn(fragment.plain, place(footnoteAnchor(footnote.mark), `footnote ${footnote.mark}`, false))),
  ];
}
