import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { FORMAT, HYBRID, IN_PERSON, VIDEOCONFERENCE } from './support/notice-format.ts';
import type { NoticeHeader } from './support/notice-header.ts';
import { ADDRESS_SHAPES, PRESIDENCY_VENUES } from './support/presidency-venues.ts';
import { TEXT_SHAPES_AND_PLAIN_COPY, inShape } from './support/text-shapes.ts';

/**
 * A CM notice that prints the meeting's format in a `Format:` row under its venue's three lines: in words with a
 * capital (`In person`, `Präsenzsitzung`, `En présentiel`) or in one word in small letters (`videoconference`,
 * `vidéoconférence`, `wideokonferencja`), as the Council's notices of a meeting held by videoconference print it. In
 * the 24 versions' wording (tests/fixtures/cm-notice-languages/notices.json: each version's labels, date, hour and venue,
 * the format's label and words below), in the six shapes users bring a text in (tests/support/text-shapes.ts). Read
 * back: the meeting's day, hour, venue (its lines joined) and format, the format's label as printed, no header line
 * left holding the format or the venue's label, and the three items planned. Expected values are read off the notice as written below.
 */
interface Notice extends NoticeHeader {
  items: string[];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

const NUMBER = 'CM 1204/26';

type Row = [label: string, lines: string[]];

/**
 * The notice as `pdftotext -layout` prints it (labels beside values) or as plain `pdftotext` does (each cell between
 * blank lines, the labels' column then the values'); without a `Format:` row where `format` is null.
 */
function printed(notice: Notice, language: string, format: string | null, layout: boolean): string {
  const { labels } = notice;
  const table: Row[] = [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    [labels.time, [notice.time]],
    [labels.venue, notice.venue],
    ...(format === null ? [] : [[FORMAT[language] ?? '', [format]] satisfies Row]),
  ];
  const right = (text: string) => (layout ? `${' '.repeat(48)}${text}` : text);
  const head = [notice.institution, '', right(notice.placeDate), right(NUMBER), '', right('COSI'), right('JAI'), '', notice.communication, '', notice.kind, ''];
  const header = layout
    ? table.flatMap(([label, lines]) => lines.map((line, index) => `${(index === 0 ? `${label}:` : '').padEnd(24)}${line}`))
    : [...table.flatMap(([label]) => [`${label}:`, '']), ...table.flatMap(([, lines]) => [...lines, ''])];
  const items = notice.items.flatMap((title, index) => [`${index + 1}.${layout ? '      ' : ' '}${title}`, '']);
  const foot = layout ? [`${NUMBER}${' '.repeat(60)}1`, `${' '.repeat(70)}${language.toUpperCase()}`] : [NUMBER, '', '1', '', language.toUpperCase(), ''];
  return [...head, ...header, '', ...items, ...foot].join('\n');
}

const FORMATS: Record<string, (language: string) => string> = {
  'in one word in small letters': (language) => VIDEOCONFERENCE[language] ?? '',
  'in words with a capital': (language) => IN_PERSON[language] ?? '',
  'a hybrid meeting': (language) => HYBRID[language] ?? '',
};

describe('a CM notice’s Format: row under its venue', () => {
  for (const [way, format] of Object.entries(FORMATS)) {
    for (const [language, notice] of Object.entries(notices)) {
      const value = format(language);
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        it(`reads the ${language} notice's \`${FORMAT[language] ?? ''}: ${value}\` apart from its venue (${way}; ${shape})`, () => {
          const record = expectOk(parseDocument(inShape(printed(notice, language, value, layout), flat), `cm-${language}.txt`));
          expect({
            meeting: record.meeting,
            label: record.printed?.labels.format ?? null,
            other: record.otherHeaderLines.filter((line) => line.includes(value) || line.includes(notice.labels.venue)),
            planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
          }).toEqual({
            meeting: { dates: ['2026-02-17'], time: notice.time, venue: notice.venue.join(' '), format: value },
            label: `${FORMAT[language] ?? ''}:`,
            other: [],
            planned: notice.items.map((title, index) => [String(index + 1), title]),
          });
        });
      }
    }
  }
});

/**
 * A format printed in a word the readers do not know, the tool's name, alike in every version (`Format: Webex`, `Zoom`,
 * `MS Teams`), under the venue's lines: the format's, in every shape. On plain pdftotext's page run into one line
 * (`Venue: Format: … 1048 Brussels Webex 1. …`) the venue ends where its address does, at the city after its postcode,
 * and what follows is the format (before, the venue kept the word, `… 1048 Brussels Webex`, the format unread with a
 * warning).
 */
describe('a CM notice’s Format: row in a word the readers do not know', () => {
  for (const value of ['Webex', 'Zoom', 'MS Teams']) {
    for (const [language, notice] of Object.entries(notices)) {
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        it(`reads the ${language} notice's \`${FORMAT[language] ?? ''}: ${value}\` apart from its venue (${shape})`, () => {
          const record = expectOk(parseDocument(inShape(printed(notice, language, value, layout), flat), `cm-${language}.txt`));
          expect({
            meeting: record.meeting,
            label: record.printed?.labels.format ?? null,
            warned: record.warnings.some((warning) => warning.message.includes(`"${FORMAT[language] ?? ''}:"`)),
            planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
          }).toEqual({
            meeting: { dates: ['2026-02-17'], time: notice.time, venue: notice.venue.join(' '), format: value },
            label: `${FORMAT[language] ?? ''}:`,
            warned: false,
            planned: notice.items.map((title, index) => [String(index + 1), title]),
          });
        });
      }
    }
  }
});

/**
 * A format printed as figures, the seats of each delegation (`Format: 2`, `Format: (2)`, `Format: 1+2+1`), alike in
 * every version: the figures are the format, neither the venue's last words nor a page number. On plain pdftotext's
 * page run into one line (`Venue: Format: … 1048 Brussels (2) 1. …`) the figures that end the values before item 1 are
 * the format's (before, the venue took them, `… 1048 Brussels (2)`, and the format stayed unread).
 */
describe('a CM notice’s Format: row printed as figures', () => {
  for (const value of ['2', '(2)', '1+2+1']) {
    for (const [language, notice] of Object.entries(notices)) {
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        it(`reads the ${language} notice's \`${FORMAT[language] ?? ''}: ${value}\` as its format, apart from its venue (${shape})`, () => {
          const record = expectOk(parseDocument(inShape(printed(notice, language, value, layout), flat), `cm-${language}.txt`));
          expect({
            meeting: record.meeting,
            label: record.printed?.labels.format ?? null,
            planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
          }).toEqual({
            meeting: { dates: ['2026-02-17'], time: notice.time, venue: notice.venue.join(' '), format: value },
            label: `${FORMAT[language] ?? ''}:`,
            planned: notice.items.map((title, index) => [String(index + 1), title]),
          });
        });
      }
    }
  }
});

/**
 * Checks that `text`, the notice in one of its shapes, reads as `notice` prints it: the meeting's day, time, venue (its
 * lines joined) and `format`, no warning about the format's label, and the three items planned.
 */
function expectVenueAndFormat(notice: Notice, language: string, format: string, text: string): void {
  const record = expectOk(parseDocument(text, `cm-${language}.txt`));
  expect({
    meeting: record.meeting,
    warned: record.warnings.some((warning) => warning.message.includes(`"${FORMAT[language] ?? ''}:"`)),
    planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
  }).toEqual({
    meeting: { dates: ['2026-02-17'], time: notice.time, venue: notice.venue.join(' '), format },
    warned: false,
    planned: notice.items.map((title, index) => [String(index + 1), title]),
  });
}

/**
 * A notice of an informal meeting the Presidency holds in its own country (tests/support/presidency-venues.ts: `Palác
 * Žofín` / `Slovanský ostrov 226, 110 00 Praha 1`, `Kulturhuset` / `Nørregade 1, 1000 København`, `… 1000-001 Lisboa`,
 * `… 00-901 Warszawa`), its format in a word the readers know (`videoconference`) or do not (`Webex`, `MS Teams`): the
 * venue ends at the city after its postcode, the format is what follows. On plain pdftotext's page run into one line
 * (`… 1000 København Webex 1. …`) the venue took the format's words before (`… 1000 København Webex`, the format unread
 * with a warning); on plain pdftotext the address after a postcode of two parts (`110 00`, `00-901`, `1000-001`) was no
 * venue's last line, and the venue was its building alone (`Palác Žofín`).
 */
describe('a CM notice’s Format: row under the venue of a meeting outside Brussels and Luxembourg', () => {
  for (const value of ['videoconference', 'Webex', 'MS Teams']) {
    for (const [language, venue] of Object.entries(PRESIDENCY_VENUES)) {
      const notice = { ...(notices[language] as Notice), venue: [...venue] };
      const format = value === 'videoconference' ? (VIDEOCONFERENCE[language] ?? '') : value;
      for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
        it(`reads the ${language} notice's \`${venue.join(' ')}\` and \`${FORMAT[language] ?? ''}: ${format}\` apart (${shape})`, () => {
          expectVenueAndFormat(notice, language, format, inShape(printed(notice, language, format, layout), flat));
        });
      }
    }
  }
});

/**
 * A notice whose venue's address ends in a shape a city's one word after its postcode does not show
 * (tests/support/presidency-venues.ts ADDRESS_SHAPES: `… 38001 Santa Cruz de Tenerife`, `… 13001 Ciudad Real`, `… 2517
 * JW Den Haag`, `… 2517 JW 's-Gravenhage`, `… Valletta VLT 1645`, `… Dublin 2, D02 X285`, `… Dublin 2`), in each of the
 * 24 versions, its format in the version's word (`videoconference`) or a tool's name (`Webex`, `MS Teams`): the venue
 * ends where its address does, the format is what follows. Before, a page run into one line gave the format `Cruz de
 * Tenerife Webex` or `Real Webex` (the city cut after its first word) or left it unread in the venue (`… Den Haag
 * Webex`, `… D02 X285 Webex`); -layout cut the venue at `Santa` (`Cruz de` read as a sentence's opening), and plain
 * pdftotext gave the format the address's line (`Dame Street, Dublin 2 videoconference`, the venue `Dublin Castle`).
 */
describe('a CM notice’s Format: row under a venue whose address ends in another shape', () => {
  Object.entries(ADDRESS_SHAPES).forEach(([way, venue], at) => {
    for (const [language, base] of Object.entries(notices)) {
      const notice = { ...base, venue: [...venue] };
      for (const format of [VIDEOCONFERENCE[language] ?? '', at % 2 === 0 ? 'Webex' : 'MS Teams']) {
        for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
          it(`reads the ${language} notice's \`${venue.join(' ')}\` and \`${FORMAT[language] ?? ''}: ${format}\` apart (${way}; ${shape})`, () => {
            expectVenueAndFormat(notice, language, format, inShape(printed(notice, language, format, layout), flat));
          });
        }
      }
    }
  });
});

/**
 * The address shapes with a postcode (ADDRESS_SHAPES), one a version in turn. Not read yet: a district's number and no
 * postcode (`Dame Street, Dublin 2` / `videoconference`) ends no address the readers know, and the word under it stays
 * the venue's.
 */
const POSTCODE_SHAPES = Object.entries(ADDRESS_SHAPES)
  .filter(([way]) => way !== 'a city’s district and no postcode')
  .map(([, venue]) => venue);

/**
 * A notice that prints no `Format:` row, its format the venue cell's last line under the address (`COUNCIL` / `EUROPA
 * BUILDING` / `Rue de la Loi 175, 1048 Brussels` / `videoconference`, `… Nørregade 1, 1000 København` / `Webex`): in the
 * version's word for a meeting by videoconference, a hybrid one or one in person, or a tool's name, under the notice's
 * venue in Brussels, under the Presidency's own and under an address of another shape (POSTCODE_SHAPES: `… 38001
 * Santa Cruz de Tenerife`, `… 2517 JW Den Haag`, `… Dublin 2, D02 X285`), in the 24 versions and the six shapes. The
 * venue ends at its address, the word under it is the meeting's format (the page shows it under the English label, the
 * notice printing none). Before, the venue kept the word (`… 1048 Brussels videoconference`, `… 1000 København Webex`)
 * in every shape, or was cut before it (`… 13001 Ciudad`, `Real videokonference` read as a sentence's opening).
 */
describe('a CM notice’s format printed as its venue’s last line, without a Format: row', () => {
  const FORMAT_WORDS: Record<string, (language: string) => string> = {
    'the version’s word for a videoconference': (language) => VIDEOCONFERENCE[language] ?? '',
    'the version’s word for a hybrid meeting': (language) => HYBRID[language] ?? '',
    'the version’s words for a meeting in person': (language) => IN_PERSON[language] ?? '',
    'a tool’s name': () => 'Webex',
    'a tool’s name of two words': () => 'MS Teams',
  };
  for (const [way, word] of Object.entries(FORMAT_WORDS)) {
    for (const [language, base] of Object.entries(notices)) {
      const presidency = PRESIDENCY_VENUES[language];
      const address = POSTCODE_SHAPES[Object.keys(notices).indexOf(language) % POSTCODE_SHAPES.length] ?? [];
      for (const venue of [base.venue, ...(presidency === undefined ? [] : [presidency]), address]) {
        const format = word(language);
        const notice = { ...base, venue: [...venue, format] };
        for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
          it(`reads the ${language} notice's \`${venue.join(' ')}\` / \`${format}\` as its venue and format (${way}; ${shape})`, () => {
            const record = expectOk(parseDocument(inShape(printed(notice, language, null, layout), flat), `cm-${language}.txt`));
            expect({
              meeting: record.meeting,
              label: record.printed?.labels.format ?? null,
              other: record.otherHeaderLines.filter((line) => line.includes(format) || line.includes(notice.labels.venue)),
              planned: (record.planned ?? []).map(({ number, title }) => [number, title]),
            }).toEqual({
              meeting: { dates: ['2026-02-17'], time: base.time, venue: venue.join(' '), format },
              label: null,
              other: [],
              planned: base.items.map((title, index) => [String(index + 1), title]),
            });
          });
        }
      }
    }
  }
});

/**
 * A word no reader knows as a format under the venue's address, no `Format:` row (`Rue de la Loi 175, 1048 Brussels` /
 * `Foobar`): no meeting's format is read from it (it may be the venue's own), in every shape.
 */
describe('a CM notice’s venue whose last line is a word no reader knows, without a Format: row', () => {
  const notice = notices['en'] as Notice;
  for (const [shape, layout, flat] of TEXT_SHAPES_AND_PLAIN_COPY) {
    it(`reads no format from \`Foobar\` under the English notice's venue (${shape})`, () => {
      const record = expectOk(parseDocument(inShape(printed({ ...notice, venue: [...notice.venue, 'Foobar'] }, 'en', null, layout), flat), 'cm-en.txt'));
      expect(record.meeting?.format ?? null).toBeNull();
    });
  }
});
