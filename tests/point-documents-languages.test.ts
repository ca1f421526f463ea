import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { layoutNoticeHeader, type NoticeHeader } from './support/notice-header.ts';
import { expectOk } from './support/projection.ts';

/**
 * The documents a COSI notice of meeting (tests/fixtures/cm-notice-languages/notices.json, the 24 versions) lists under
 * an item with sub-points, as the Council lays them out: a point's documents under its title, indented as the title
 * (`a)   State of play` / `     5513/26`), and the item's own after its last point, at the item's title's column,
 * where the point's label stands. `pdftotext -layout` and a text export's tabs keep those columns; plain `pdftotext`
 * does not, and a documents line after the last point is then that point's, as it most often is.
 */
interface Notice extends NoticeHeader {
  items: string[];
  points: [string, string];
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

/** The header as `-layout` prints it, a blank line more under it. */
const header = (notice: Notice) => [...layoutNoticeHeader(notice, ['CM 1204/26']), ''];

/** The page's footer as `-layout` prints it. */
const footer = (language: string) => ['', `CM 1204/26${' '.repeat(60)}1`, `${' '.repeat(70)}${language.toUpperCase()}`];

/**
 * Item 3's lines: its points, point a)'s document under its title, and after point b) the item's own document at the
 * item's column; `item` is how far the item's title stands in, `point` how far the points' titles do.
 */
function agenda(notice: Notice, item: string, point: string, label: (text: string) => string): string[] {
  const [first = '', second = '', third = ''] = notice.items;
  const [a = '', b = ''] = notice.points;
  return [
    `1.${item}${first}`,
    '',
    `2.${item}${second}`,
    '',
    `3.${item}${third}`,
    '',
    `${label('a)')}${a}`,
    `${point}5513/26`,
    '',
    `${label('b)')}${b}`,
    '',
    `${' '.repeat(2)}${item}5514/26 + ADD 1`,
  ];
}

/** The shapes that keep the columns: `pdftotext -layout`'s spaces and a text export's tabs. */
const SHAPES: Record<string, (notice: Notice, language: string) => string> = {
  layout: (notice, language) =>
    [...header(notice), ...agenda(notice, '      ', ' '.repeat(13), (text) => `${' '.repeat(8)}${text.padEnd(5)}`), ...footer(language)].join('\n'),
  tabs: (notice, language) =>
    [...header(notice), ...agenda(notice, '\t', '\t\t', (text) => `\t${text}\t`).map((line) => line.replace(/^ {2}\t/u, '\t')), ...footer(language)].join('\n'),
};

describe.each(Object.keys(notices))('the documents under item 3’s points, in %s', (language) => {
  const notice = notices[language] as Notice;
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`${shape}: files point a)’s document under it and the document at the item’s column after point b) under the item`, () => {
      const record = expectOk(parseDocument(make(notice, language), `notices/points-${language}.txt`));
      const third = record.planned?.find((item) => item.number === '3');
      expect(third?.points.map(({ label, title, references }) => [label, title, references])).toEqual([
        ['a', notice.points[0], ['5513/26']],
        ['b', notice.points[1], []],
      ]);
      expect(third?.references).toEqual(['5514/26', '5514/26 ADD 1']);
    });
  }

  it('plain pdftotext (no columns): the document after point b) is point b)’s', () => {
    const plain = SHAPES.layout?.(notice, language)
      .split('\n')
      .map((line) => line.trim())
      .join('\n');
    const third = expectOk(parseDocument(plain ?? '', `notices/points-${language}.txt`)).planned?.find((item) => item.number === '3');
    expect(third?.points.map(({ references }) => references)).toEqual([['5513/26'], ['5514/26', '5514/26 ADD 1']]);
    expect(third?.references).toEqual([]);
  });
});
