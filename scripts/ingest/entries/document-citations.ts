import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { HEADER_ANCHOR, headerFields } from '../../../src/shared/document-header.ts';
import { sectionHeading } from '../../../src/shared/heading-text.ts';
import { findReferences } from '../../../src/shared/references.ts';
import { sentenceText } from '../parse/sentence-text.ts';
import { citationsIn, type FoundCitation, type Place } from './citations.ts';
import { footnoteAnchor, type ParsedDocument } from './parsed-document.ts';

/**
 * Every citation a document makes of a document with a page (`paged`), in page order: the header fields, the sections,
 * the agenda items (titles included) and the footnotes; each with the anchor it stands under on the page and the
 * sentence around the reference.
 */
export function documentCitations(document: ParsedDocument, meeting: string | null, paged: (id: string) => boolean = () => true): FoundCitation[] {
  const { record, slug } = document;
  const place = (anchor: string, label: string, inMeeting: boolean): Place => ({
    document: record.number,
    documentSlug: slug,
    meeting: inMeeting ? meeting : null,
    anchor,
    label,
  });
  const inText = (title: string | null, blocks: readonly TextBlock[], at: Place) => {
    const body = sentenceText(blocks);
    const text = title === null || title === '' ? body : `${title}\n\n${body}`;
    return citationsIn(
      text,
      findReferences(text).filter(({ id }) => paged(id)),
      at,
    );
  };
  const header = headerFields({ ...record, meetingDates: record.meeting?.dates ?? [] })
    .map(([label, value]) => `${label} ${value}`)
    .join('\n\n');
  return [
    ...citationsIn(
      header,
      findReferences(header).filter(({ id }) => paged(id)),
      place(HEADER_ANCHOR, 'header', false),
    ),
    ...document.sections.flatMap(({ section, anchor }) =>
      inText(
        section.title,
        section.text,
        place(anchor, section.number === null && section.title === null ? 'introduction' : `section ${sectionHeading(section.number, section.title)}`, false),
      ),
    ),
    ...document.items.flatMap(({ item, anchor }) =>
      inText(item.title, item.text, place(anchor, item.number === null ? `item ${item.title}` : `item ${item.number}`, true)),
    ),
    ...document.footnotes.flatMap((footnote) => inText(null, footnote.text, place(footnoteAnchor(footnote.label), `footnote ${footnote.mark}`, false))),
  ];
}
