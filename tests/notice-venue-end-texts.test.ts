import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { AGENDA_HEADINGS } from './support/agenda-headings.ts';
import { plainBlock } from './support/block-text.ts';
import type { NoticeHeader } from './support/notice-header.ts';
import { TEXT_SHAPES_AND_PLAIN_COPY, inShape } from './support/text-shapes.ts';

/**
 * Where a CM notice's venue ends, its last value over the agenda's heading (`Items for discussion`) and items: after the
 * meeting room a notice prints under its address (`Rue de la Loi 175, 1048 Brussels` / `Meeting room 50.7`, `Salle
 * 50.7`, `Sitzungssaal 50.7`, each version's word for it), and after an address printed without the comma before its
 * postcode (`Rue de la Loi 175 1048 Brussels`). In the 24 versions' wording (tests/fixtures/cm-notice-languages/notices.json:
 * labels, hour, the venue's lines, the heading of the items for discussion, the items), in the six shapes of
 * tests/support/text-shapes.ts (on a page run into one line the heading follows the venue on its line: `… 1048 Brussels
 * Meeting room 50.7 Items for discussion 1. …`). Read back: the venue, its lines joined by a space; the three items
 * planned under the heading. Expected values are read off the notice as written below.
 */
interface Notice extends NoticeHeader {
  items: string[];
  headings: Record<'discussion' | 'information', string>;
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

const NUMBER = 'CM 1204/26';

/** The meeting room under the address, as each version names it: Europa building, room 50.7. */
const ROOMS: Readonly<Record<string, string>> = {
  bg: 'Зала 50.7',
  cs: 'Zasedací místnost 50.7',
  da: 'Mødelokale 50.7',
  de: 'Sitzungssaal 50.7',
  el: 'Αίθουσα συνεδριάσεων 50.7',
  en: 'Meeting room 50.7',
  es: 'Sala de reuniones 50.7',
  et: 'Koosolekuruum 50.7',
  fi: 'Kokoushuone 50.7',
  fr: 'Salle 50.7',
  ga: 'Seomra cruinnithe 50.7',
  hr: 'Dvorana za sastanke 50.7',
  hu: 'Tárgyaló 50.7',
  it: 'Sala riunioni 50.7',
  lt: 'Posėdžių salė 50.7',
  lv: 'Sanāksmju telpa 50.7',
  mt: 'Kamra tal-laqgħat 50.7',
  nl: 'Vergaderzaal 50.7',
  pl: 'Sala posiedzeń 50.7',
  pt: 'Sala de reuniões 50.7',
  ro: 'Sala de reuniune 50.7',
  sk: 'Rokovacia miestnosť 50.7',
  sl: 'Sejna soba 50.7',
  sv: 'Mötesrum 50.7',
};

/** The venue's lines of each case: the room under the address; the address without its comma (`Rue de la Loi 175 1048 Brussels`). */
const VENUES: Record<string, (notice: Notice, language: string) => string[]> = {
  'the meeting room under the address': (notice, language) => [...notice.venue, ROOMS[language] ?? ''],
  'the address without a comma before the postcode': (notice) => notice.venue.map((line) => line.replace(', 1048', ' 1048')),
};

type Row = [label: string, lines: string[]];

/**
 * The notice as `-layout` prints it (labels beside values) or as plain `pdftotext` does (the labels' column, then the
 * values'), the heading (the items for discussion's, or `heading`) and items under the venue.
 */
function printed(notice: Notice, language: string, venue: string[], layout: boolean, heading = notice.headings.discussion): string {
  const { labels } = notice;
  const table: Row[] = [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    [labels.time, [notice.time]],
    [labels.venue, venue],
  ];
  const right = (text: string) => (layout ? `${' '.repeat(48)}${text}` : text);
  const head = [notice.institution, '', right(notice.placeDate), right(NUMBER), '', right('COSI'), right('JAI'), '', notice.communication, '', notice.kind, ''];
  const header = layout
    ? table.flatMap(([label, lines]) => lines.map((line, index) => `${(index === 0 ? `${label}:` : '').padEnd(24)}${line}`))
    : [...table.map(([label]) => `${label}:`), '', ...table.flatMap(([, lines]) => lines)];
  const items = notice.items.flatMap((title, index) => [`${index + 1}.${layout ? '      ' : ' '}${title}`, '']);
  const foot = layout ? [`${NUMBER}${' '.repeat(60)}1`, `${' '.repeat(70)}${language.toUpperCase()}`] : [NUMBER, '', '1', '', language.toUpperCase(), ''];
  return [...head, ...header, '', '', heading, '', ...items, ...foot].join('\n');
}

describe('where a CM notice’s venue ends', () => {
  for (const [venueCase, venueOf] of Object.entries(VENUES)) {
    for (const [language, notice] of Object.entries(notices)) {
      const venue = venueOf(notice, language);
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        it(`reads the ${language} notice's venue to \`${venue.at(-1) ?? ''}\` and its items under \`${notice.headings.discussion}\` (${venueCase}; ${shape})`, () => {
          const text = printed(notice, language, venue, layout);
          const record = expectOk(parseDocument(flat === null && !layout ? text.replace(/\n{2,}/g, '\n') : inShape(text, flat), `cm-${language}.txt`));
          expect({
            venue: record.meeting?.venue,
            planned: (record.planned ?? []).map(({ number, title, section }) => [number, title, section]),
          }).toEqual({
            venue: venue.join(' '),
            planned: notice.items.map((title, index) => [String(index + 1), title, notice.headings.discussion]),
          });
        });
      }
    }
  }
});

/**
 * A notice whose venue is its table's last value, the agenda's heading under it (`Rue de la Loi 175, 1048 Brussels` /
 * `Provisional agenda` / `1. …`), in the 24 versions' wordings and the six shapes: the venue ends at its city, the
 * heading stays on the page above item 1 (a paragraph of the body before the items).
 */
describe('a CM notice’s venue over the agenda’s heading', () => {
  for (const [language, heading] of AGENDA_HEADINGS) {
    const notice = notices[language] as Notice;
    for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
      it(`reads the ${language} notice's venue to \`${notice.venue.at(-1) ?? ''}\` and \`${heading}\` above item 1 (${shape})`, () => {
        const text = printed(notice, language, notice.venue, layout, heading);
        const record = expectOk(parseDocument(flat === null && !layout ? text.replace(/\n{2,}/g, '\n') : inShape(text, flat), `cm-${language}.txt`));
        expect({
          venue: record.meeting?.venue,
          heading: record.sections.filter((section) => section.number === null).flatMap((section) => section.text.map(plainBlock)),
          planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
        }).toEqual({
          venue: notice.venue.join(' '),
          heading: [heading],
          planned: notice.items.map((title, index) => [String(index + 1), title]),
        });
      });
    }
  }
});
