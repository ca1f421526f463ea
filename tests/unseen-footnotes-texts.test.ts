import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { COVER_NOTES_7033, type CoverNote7033 } from './support/cover-note-7033.ts';
import { HEAD_14079 } from './support/note-heads.ts';
import { plainFooter } from './support/page-footer.ts';
import { plainHead } from './support/plain-head.ts';
import { expectOk, project } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * Footnotes of real Council documents about COSI that no fixture holds, their wording kept (shortened), in the shapes
 * users bring them in: a Presidency note of 2015 (14079/15) whose two footnotes cite a document each with no full stop
 * (`10854/15`, `9798/15`), which plain `pdftotext` prints apart from their numbers (`1` / `2`, then the two numbers),
 * so that a page run into one line prints `… is indicated. 1 2 10854/15 9798/15 14079/15 EB/FR/dk …`; and the cover
 * note of 2016 sending COSI's report to the national Parliaments (7033/16, in Dutch and English) whose text ends on the
 * rule those years print under it, its footnote below the rule (`… nationale parlementen. ________________________ 1
 * Doc. 5299/16.` on a page run into one line).
 */

/** The calls of the record's text, by label. */
function callLabels(value: unknown, labels: string[] = []): string[] {
  if (Array.isArray(value)) for (const node of value) callLabels(node, labels);
  else if (typeof value === 'object' && value !== null) {
    const node = value as { type?: unknown; label?: unknown; subjectFootnotes?: unknown };
    if (Array.isArray(node.subjectFootnotes)) for (const { label } of node.subjectFootnotes as Array<{ label: string }>) labels.push(label);
    if (node.type === 'footnote' && typeof node.label === 'string') labels.push(node.label);
    else for (const child of Object.values(value)) callLabels(child, labels);
  }
  return labels;
}

/** The record's visible text, its runs joined, to look for the source's words in. */
function visibleText(record: OkRecord): string {
  const { footnotes: _footnotes, warnings: _warnings, ...rest } = record;
  return JSON.stringify(rest);
}

/** 14079/15's first page and the start of its second, as plain `pdftotext` (`layout` false) or `-layout` prints them. */
function note14079(layout: boolean): string {
  const codes = ['COSI 142', 'CATS 107', 'JAI 853', 'ENFOPOL 342', 'ENFOCUSTOM 113', 'DAPIX 209', 'SIRIS 79', 'GENVAL 57', 'CORDROGUE 88'];
  const body = [
    'Delegation will find attached a report on the progress achieved on the actions foreseen in the',
    'implementation paper 1 for the Renewed European Union Internal Security Strategy (ISS), which',
    'was adopted by the Council on its Conclusions of 16 June 2015 2.',
    'The report, prepared on the basis of the input provided by the concerned Working Parties on the',
    'state of play of the renewed ISS implementation, follows exactly the same structure as the',
    'implementation paper.',
    'The objectives of the forty different actions contained in the implementation paper have been',
    'distinguished between those ones which are being/were implemented and those ones which still',
    'are to be implemented. Where appropriate, only one of the two possibilities ("being/were',
    'implemented" or "still to be implemented") is indicated.',
  ];
  const second = [
    'COSI is invited to discuss the enclosed report with a view to the general debate on',
    'implementation of the renewed EU Internal Security Strategy (2015-2020) that will take place at',
    'the Council on 4 December 2015.',
  ];
  const first = layout
    ? [
        'Council of the                                  Brussels, 23 November 2015',
        'European Union                                  (OR. en)',
        '                                                14079/15',
        '',
        '                                                LIMITE',
        '',
        ...codes.map((code) => `                                                ${code}`),
        '',
        'NOTE',
        'From:                    Presidency',
        'To:                      Standing Committee on Operational Cooperation on Internal Security',
        'No. prev. doc.:          10854/15',
        'Subject:                 Renewed European Union Internal Security Strategy: Report on Implementation',
        '',
        ...body.flatMap((line, index) => (index === 3 || index === 6 ? ['', line] : [line])),
        '',
        '',
        '1',
        '      10854/15',
        '2',
        '      9798/15',
        '14079/15                              EB/FR/dk                                   1',
        '                                      DGD 1C                LIMITE               EN',
      ]
    : [
        ...plainHead(HEAD_14079, ['14079/15', 'LIMITE', ...codes]),
        'No. prev. doc.:',
        '',
        '10854/15',
        '',
        'Subject:',
        '',
        'Renewed European Union Internal Security Strategy: Report on Implementation',
        '',
        ...body,
        '',
        '1',
        '2',
        '',
        '10854/15',
        '9798/15',
        '',
        ...plainFooter('14079/15', 'EB/FR/dk', 'DGD 1C', '1', 'EN'),
        '',
      ];
  const footer2 = layout
    ? [
        '14079/15                              EB/FR/dk                                   2',
        '                                      DGD 1C                LIMITE               EN',
      ]
    : ['', '14079/15', '', 'EB/FR/dk', 'DGD 1C', '', 'LIMITE', '', '2', '', 'EN', ''];
  return `${first.join('\n')}\n\f${[...second, '', ...footer2].join('\n')}\n\f`;
}

describe('a Presidency note of 2015 whose footnotes each cite a document without a full stop (14079/15)', () => {
  it.each(TEXT_SHAPES)('reads footnote 1 `10854/15` and footnote 2 `9798/15`, each called once, and keeps every sentence (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(note14079(layout), flat), 'content/sources/14079-15.txt'));
    expect([record.number, record.date, record.kind]).toEqual(['14079/15', '2015-11-23', 'note']);
    // the subject ends before the one delegation's sentence (`Delegation will find attached …`), in every shape
    expect(record.subject).toBe('Renewed European Union Internal Security Strategy: Report on Implementation');
    expect(project(record).footnotes).toEqual([
      { mark: '1', text: '10854/15' },
      { mark: '2', text: '9798/15' },
    ]);
    expect(callLabels(record).sort()).toEqual(['1', '2']);
    const visible = visibleText(record);
    for (const words of [
      'implemented\\" or \\"still to be implemented\\") is indicated.',
      'COSI is invited to discuss the enclosed report',
      'that will take place at the Council on 4 December 2015.',
    ])
      expect(visible).toContain(words);
    // the numbers apart and the footer stay out of the text
    expect(visible).not.toMatch(/indicated\. 1 2|EB\/FR\/dk/u);
  });
});

/** The cover note as plain `pdftotext` (`layout` false) or `-layout` prints its one page. */
function coverNote(note: CoverNote7033, layout: boolean): string {
  const rule = '________________________';
  const [number, initials, directorate, page, language] = note.footer;
  const lines = layout
    ? [
        ...note.head.layout,
        ...note.body.slice(0, 3),
        '',
        ...note.body.slice(3),
        `${''.padEnd(40)}${rule}`,
        '',
        '',
        `1      ${note.footnote}`,
        `${number}${''.padEnd(30)}${initials}${''.padEnd(30)}${page}`,
        `${''.padEnd(38)}${directorate}${''.padEnd(34)}${language}`,
      ]
    : [...note.head.plain, ...note.body, rule, '', '1', '', note.footnote, '', number, '', initials, '', directorate, '', page, '', language, ''];
  return `${lines.join('\n')}\n\f`;
}

describe.each(Object.entries(COVER_NOTES_7033))(
  'the cover note of COSI’s report whose footnote stands under the rule that ends its text (7033/16, %s)',
  (_language, note) => {
    it.each(TEXT_SHAPES)('reads footnote 1 `Doc. 5299/16.` called from the first paragraph, the rule no text (%s)', (_shape, layout, flat) => {
      const record = expectOk(parseDocument(inShape(coverNote(note, layout), flat), 'content/sources/7033-16.txt'));
      expect([record.number, record.date, record.codes]).toEqual(['7033/16', '2016-03-11', ['PARLNAT 57']]);
      expect(project(record).footnotes).toEqual([{ mark: '1', text: note.footnote }]);
      expect(callLabels(record)).toEqual(['1']);
      const visible = visibleText(record);
      expect(visible).toContain(note.body.at(-1));
      expect(visible).not.toContain('___');
      expect(visible).not.toContain(note.footnote);
    });
  },
);
