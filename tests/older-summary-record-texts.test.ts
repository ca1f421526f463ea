import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';
import { daysFirstVersions, entry, NUMBER, PAGES, summaryRecord, title, versions, withoutCapitalN, type Version } from './support/older-summary-record.ts';

/** What a record read from the summary record must hold, whatever its shape. */
function expectRead(text: string, version: Version): void {
  const record = expectOk(parseDocument(text, 'content/sources/older-summary-record.txt'));
  expect([record.number, record.date, record.kind, record.codes]).toEqual([NUMBER, version.date, 'summary-record', ['CRS/CRP 47']]);
  // the subject's second line is the subject's wherever a shape prints it (in plain pdftotext after a blank line), its days the meeting's
  expect(record.subject).toBe(version.subject.join(' '));
  expect(record.meeting?.dates).toEqual(version.days);
  expect(record.items.map((item) => [item.number, item.title])).toEqual(version.titles.map((_, index) => [String(index + 1), title(version, index)]));
  for (const [index, item] of record.items.entries()) expect(JSON.stringify(item.text)).toContain(JSON.stringify(version.texts[index]).slice(1, -1));
  const body = JSON.stringify([record.sections, record.items]);
  for (const furniture of ['lb 2', 'DQPG', '\uFFFD']) expect(body).not.toContain(furniture);
  // the contents stay text: each entry's title with its leaders and page
  expect(JSON.stringify(record.sections)).toContain(JSON.stringify(entry(2, version.titles[1], PAGES[1] ?? '')).slice(1, -1));
}

describe.each(Object.entries(versions))('a summary record of 2011 with a table of contents before its items (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('reads its items once, from under the contents, the contents as text (%s)', (_shape, layout, flat) => {
    expectRead(inShape(summaryRecord(version, layout), flat), version);
  });
});

describe.each(Object.entries(daysFirstVersions))(
  'a summary record of 2011 whose subject’s second line opens with its year or its place (%s)',
  (_language, version) => {
    it.each(TEXT_SHAPES)(
      'reads that line as the subject’s and its days as the meeting’s, its items once from under the contents (%s)',
      (_shape, layout, flat) => {
        // the Lithuanian line's `d.` closes the days (`lapkričio 23–24 d. Briuselyje`), no sentence; item 3's title ends in
        // brackets (`… (2011 m. liepos 1 d.–gruodžio 31 d.)`) before its text's `Komitetas atsižvelgė …`, `A bizottság tudomásul vette …`
        expectRead(inShape(summaryRecord(version, layout), flat), version);
      },
    );
  },
);

describe.each(Object.entries(versions))('a summary record of 2011 whose contents print each page set right, no dot leaders (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('reads its items once, from under the contents (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(summaryRecord(version, layout, false), flat), 'content/sources/older-summary-record.txt'));
    expect(record.items.map((item) => [item.number, item.title])).toEqual(version.titles.map((_, index) => [String(index + 1), title(version, index)]));
    // the entry as text, its gap made one space as the text's runs of spaces are
    expect(JSON.stringify(record.sections)).toContain(JSON.stringify(`2. ${version.titles[1]} ${PAGES[1] ?? ''}`).slice(1, -1));
  });
});

describe.each(Object.entries(versions))('the 2011 summary record whose font printed the capital N as U+FFFD (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('reads its header, items and footers with the letter put back (%s)', (_shape, layout, flat) => {
    const text = inShape(withoutCapitalN(summaryRecord(version, layout), '\uFFFD'), flat);
    expect(text).toContain(version.institution.replaceAll('N', '\uFFFD'));
    expectRead(text, version);
  });
});

describe.each(Object.entries(versions))('the 2011 summary record whose font dropped the capital N, leaving a space or nothing (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('reads its header, contents’ heading, items and footers with the letter put back (%s)', (_shape, layout, flat) => {
    for (const placeholder of [' ', '']) {
      const text = inShape(withoutCapitalN(summaryRecord(version, layout), placeholder), flat);
      expect(text).not.toContain(version.subject[0]);
      // the subject whole (`AUSSCHUSSES DER STÄNDIGEN VERTRETER`, printed `STÄDIGE` or `STÄ DIGE`), the body from the contents' heading
      expectRead(text, version);
    }
  });
});

describe('the 2011 summary record whose font dropped the capital N at a word’s start', () => {
  it.each(TEXT_SHAPES)('puts it back in the Council’s name, the month and the delegation’s name (%s)', (_shape, layout, flat) => {
    const version = versions['en'];
    if (version === undefined) throw new Error('no English version');
    for (const placeholder of ['\uFFFD', ' ', '']) {
      const text = inShape(withoutCapitalN(summaryRecord(version, layout), placeholder), flat);
      const record = expectOk(parseDocument(text, 'content/sources/older-summary-record.txt'));
      const body = JSON.stringify([record.subject, record.sections, record.items]);
      for (const word of ['November 2011', 'The Netherlands delegation']) expect(body).toContain(word);
      expect(body).not.toMatch(/(?<!N)(?:etherlands|ovember)/u);
    }
  });
});
