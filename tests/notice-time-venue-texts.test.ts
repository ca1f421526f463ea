import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { meetingEntries } from '../scripts/ingest/entries/meeting-entries.ts';
import type { MeetingPart } from '../scripts/ingest/entries/document-files.ts';
import { textPage } from './support/document-page-text.ts';
import { pdfCaseReader } from './support/pdf-case.ts';
import { pdfViewerCopy } from './support/pdf-viewer-copy.ts';
import { expectOk } from './support/projection.ts';
import { inShape } from './support/text-shapes.ts';

/**
 * A CM notice's hour and venue, as its header table prints them under the meeting's date (`Time:` / `10.00`, `Venue:` /
 * `COUNCIL` / `EUROPA BUILDING` / `Rue de la Loi 155, 1048 BRUSSELS`), are the meeting's: the record keeps them with its
 * days (`meeting.time`, `meeting.venue`, the venue's lines joined by a space) and their labels as printed
 * (`printed.labels`), and the notice's page prints them as labelled fields under the date, no longer as header lines
 * of their own. The register's notices written as the Council's word processor writes them (tests/fixtures/council-pdf-lo),
 * in English, French, German, Polish, Spanish and Italian, in every shape users bring them in: the PDF, pdf.js's copy of
 * it, plain pdftotext and -layout as printed, each with its pages run into one line, and a viewer's copy of -layout.
 * The values below are read off each notice's header as printed.
 */
const FOLDER = 'tests/fixtures/council-pdf-lo';

interface Case {
  /** The labels as the notice prints them, and the values after them. */
  time: [label: string, value: string] | null;
  venue: [label: string, value: string];
  /** The meeting's format row (`Format: 1+2+1`), where the notice prints one: the meeting's too. */
  format?: [label: string, value: string];
}

const CASES: Record<string, Case> = {
  'cm-notice-format': {
    time: ['Time:', '10.00'],
    venue: ['Venue:', 'COUNCIL EUROPA BUILDING Rue de la Loi 155, 1048 BRUSSELS'],
    format: ['Format:', '1'],
  },
  'cm-notice-format-fr': {
    time: ['Heure:', '10 h 00'],
    venue: ['Lieu:', 'CONSEIL BÂTIMENT EUROPA Rue de la Loi 155, 1048 BRUXELLES'],
    format: ['Format :', '2'],
  },
  'cm-notice-format-de': {
    time: ['Uhrzeit:', '10.00 Uhr'],
    venue: ['Ort:', 'RAT EUROPA-GEBÄUDE Rue de la Loi 155, 1048 BRÜSSEL'],
    format: ['Format:', '1+2+1'],
  },
  'cm-notice-format-pl': {
    time: ['Godzina:', '10.00'],
    venue: ['Miejsce:', 'RADA BUDYNEK EUROPA Rue de la Loi 155, 1048 BRUKSELA'],
    format: ['Format:', '1'],
  },
  // the format's figure in brackets: plain pdftotext prints `(2)` under the venue's lines, above its label
  'cm-notice-format-bracket-fr': {
    time: ['Heure:', '10 h 00'],
    venue: ['Lieu:', 'CONSEIL BÂTIMENT EUROPA Rue de la Loi 155, 1048 BRUXELLES'],
    format: ['Format :', '(2)'],
  },
  'cm-notice-format-bracket-pl': {
    time: ['Godzina:', '10.00'],
    venue: ['Miejsce:', 'RADA BUDYNEK EUROPA Rue de la Loi 155, 1048 BRUKSELA'],
    format: ['Format:', '(2)'],
  },
  'cm-notice-es-times': { time: ['Hora:', '10.00'], venue: ['Lugar:', 'CONSEJO EDIFICIO EUROPA Rue de la Loi 175, 1048 Bruselas'] },
  'cm-notice-restricted-it': { time: ['Ora:', '10.00'], venue: ['Luogo:', 'CONSIGLIO EDIFICIO JUSTUS LIPSIUS Rue de la Loi 175, 1048 BRUXELLES'] },
  // the hour in brackets on the date line, no `Time:` row: no hour of the meeting's own
  'cm-notice-vtc': { time: null, venue: ['Venue:', 'videoconference'] },
  'cm-notice-joint-two-days': { time: null, venue: ['Venue:', 'COUNCIL JUSTUS LIPSIUS BUILDING Rue de la Loi 175, 1048 BRUSSELS'] },
};

/** Each shape's text of a case. */
const SHAPES: Record<string, (name: string) => Promise<string>> = {
  'the PDF': async (name) => (await pdfCase(name)).text,
  'pdf.js’s copy of the PDF': async (name) => pdfViewerCopy(new Uint8Array(readFileSync(join(FOLDER, name, 'document.pdf')))),
  'plain pdftotext': async (name) => printed(name, 'pdftotext.txt'),
  'plain pdftotext, each page run into one line': async (name) => inShape(printed(name, 'pdftotext.txt'), true),
  '-layout': async (name) => printed(name, 'pdftotext-layout.txt'),
  '-layout, each page run into one line': async (name) => inShape(printed(name, 'pdftotext-layout.txt'), true),
  'a viewer’s copy of -layout': async (name) => inShape(printed(name, 'pdftotext-layout.txt'), null),
};

const pdfCase = pdfCaseReader(FOLDER);

function printed(name: string, file: string): string {
  return readFileSync(join(FOLDER, name, file), 'utf8');
}

describe('a CM notice’s time and venue', () => {
  for (const [name, { time, venue, format }] of Object.entries(CASES)) {
    for (const [shape, text] of Object.entries(SHAPES)) {
      it(`reads ${name}'s ${time === null ? 'venue' : 'time and venue'} as the meeting's, shown under its date (${shape})`, async () => {
        const source = await text(name);
        const record = expectOk(parseDocument(source, `${name}.txt`));
        const rows = [time, venue, format ?? null].filter((row) => row !== null);
        expect({
          time: record.meeting?.time ?? null,
          venue: record.meeting?.venue ?? null,
          format: record.meeting?.format ?? null,
          labels: [record.printed?.labels.time ?? null, record.printed?.labels.venue ?? null, record.printed?.labels.format ?? null],
          lines: record.otherHeaderLines.filter((line) => rows.some(([label]) => line.startsWith(label))),
        }).toEqual({
          time: time?.[1] ?? null,
          venue: venue[1],
          format: format?.[1] ?? null,
          labels: [time?.[0] ?? null, venue[0], format?.[0] ?? null],
          lines: [],
        });
        // the page prints them under the date, as labelled fields, each once
        const header = (await textPage(source)).header.split('\n');
        for (const [label, value] of rows) expect(header.filter((line) => line === `${label} ${value}`)).toHaveLength(1);
      });
    }
  }
});

describe('the meeting entry of a notice', () => {
  const part = (overrides: Partial<MeetingPart>): MeetingPart => ({
    id: '2024-04-16',
    committee: { id: 'cosi', title: 'COSI meeting' },
    dates: ['2024-04-16'],
    role: 'agenda',
    primary: true,
    number: 'CM 2210/24',
    slug: 'cm-2210-24',
    items: [],
    decisionCount: 0,
    planned: [],
    note: null,
    cancelled: false,
    time: null,
    times: [],
    venue: null,
    ...overrides,
  });

  it('takes the hour and venue its notice prints', () => {
    const [entry] = meetingEntries([part({ time: '10 h 00', venue: 'CONSEIL BÂTIMENT EUROPA Rue de la Loi 155, 1048 BRUXELLES' })]);
    expect([entry?.time, entry?.venue]).toEqual(['10 h 00', 'CONSEIL BÂTIMENT EUROPA Rue de la Loi 155, 1048 BRUXELLES']);
  });

  it('keeps null where its notice prints none', () => {
    const [entry] = meetingEntries([part({})]);
    expect([entry?.time, entry?.venue]).toEqual([null, null]);
  });

  it('takes each day’s hours its notice prints for a meeting over two days, and none for a meeting of one day', () => {
    const times = [
      { date: '2024-04-16', start: '10:00' },
      { date: '2024-04-17', start: '09:30', end: '13:00' },
    ];
    const [entry] = meetingEntries([part({ dates: ['2024-04-16', '2024-04-17'], time: '10.00 Uhr', times })]);
    expect([entry?.time, entry?.times]).toEqual(['10.00 Uhr', times]);
    const [oneDay] = meetingEntries([part({ time: '10.00' })]);
    expect(oneDay?.times).toEqual([]);
  });

  it('takes the format its notice prints (`Format: 1+2+1`), and null where it prints none, as the hour and venue', () => {
    const [entry] = meetingEntries([part({ format: '1+2+1' })]);
    expect(entry?.format).toBe('1+2+1');
    const [without] = meetingEntries([part({ format: null })]);
    expect(without?.format).toBeNull();
    const [unprinted] = meetingEntries([part({})]);
    expect([unprinted?.time, unprinted?.venue, unprinted?.format]).toEqual([null, null, null]);
  });
});
