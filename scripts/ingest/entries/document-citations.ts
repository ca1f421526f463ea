import type { TextBlock } from '../../../src/schemas/text-block.ts';
import { HEADER_ANCHOR, headerFields, interinstitutionalFileField } from '../../../src/shared/document-header.ts';
import { sectionHeading } from '../../../src/shared/heading-text.ts';
import { findReferences, type FoundReference } from '../../../src/shared/references.ts';
import { addedVersions } from '../parse/references/added-versions.ts';
import { sentenceReading } from '../parse/text/sentence-text.ts';
import { titledSentences } from '../parse/text/sentences.ts';
import { citationsIn, type FoundCitation, type Place } from './citations.ts';
import { footnoteAnchor, type ParsedDocument } from './parsed-document.ts';

/**
 * Every citation a document makes of a document with a page (`paged`), in page order: the header's interinstitutional
 * file and fields, the sections,
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
  // The parse split an item's text (and a footnote's an item calls) into sentences already: its split is reused.
  const inText = (title: string | null, blocks: readonly TextBlock[], at: Place) => {
    const body = sentenceReading(blocks);
    if (title === null || title === '') return citationsIn(body.text, citedIn(body.text, paged), at, () => body.units().map((unit) => unit.text));
    const text = `${title}\n\n${body.text}`;
    return citationsIn(text, citedIn(text, paged), at, () => titledSentences(title, body.text, body.units()));
  };
  const file = interinstitutionalFileField(record);
  const header = [
    ...(file === null ? [] : [file]),
    ...headerFields({
      ...record,
      meetingDates: record.meeting?.dates ?? [],
      meetingTime: record.meeting?.time,
      meetingVenue: record.meeting?.venue,
      meetingFormat: record.meeting?.format,
    }),
  ]
    .map(([label, value]) => `${label} ${value}`)
    .join('\n\n');
  return [
    ...citationsIn(header, citedIn(header, paged), place(HEADER_ANCHOR, 'header', false)),
    ...document.sections.flatMap(({ section, anchor }) =>
      inText(
        section.title,
        section.text,
        place(
          anchor,
          section.number === null && section.title === null
            ? 'introduction'
            : `section ${sectionHeading(section.number, section.title, section.printedNumber)}`,
          false,
        ),
      ),
    ),
    ...document.items.flatMap(({ item, anchor }) =>
      inText(item.title, item.text, place(anchor, item.number === null ? `item ${item.title}` : `item ${item.number}`, true)),
    ),
    ...document.footnotes.flatMap((footnote) => inText(null, footnote.text, place(footnoteAnchor(footnote.label), `footnote ${footnote.mark}`, false))),
  ];
}

/**
 * The documents a text cites that have pages, in order: each number found, then the versions and range numbers added
 * after it (`+ ADD 1`, `9876/25 to 9879/25`: added-versions.ts), these at the number's own place, so that the sentence
 * quoted for them is the one that prints it.
 */
function citedIn(text: string, paged: (id: string) => boolean): FoundReference[] {
  return findReferences(text)
    .flatMap((found) => [found, ...addedVersions(text, found).map((added) => ({ ...added, start: found.start, end: found.end }))])
    .filter(({ id }) => paged(id));
}
