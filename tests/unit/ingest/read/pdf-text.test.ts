import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PdfItem } from '../../../../scripts/ingest/read/pdf-geometry.ts';
import { itemsToText } from '../../../../scripts/ingest/read/pdf-text.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { expectOk } from '../../../support/projection.ts';

const A4 = { width: 595.28, height: 841.89 };

/** A text item; the width is what a 0.5 em per character face would give. */
function item(str: string, x: number, y: number, extra: Partial<PdfItem> = {}): PdfItem {
  const fontSize = extra.fontSize ?? 12;
  return { str, x, y, width: str.length * fontSize * 0.5, fontSize, bold: false, page: 0, angle: 0, ...extra };
}

function footer(page: number): PdfItem[] {
  const small = { fontSize: 10, page };
  return [
    item('15912/25', 70, 44, small),
    item('EB/dk', 280, 44, small),
    item(String(page + 1), 515, 44, small),
    item('JAI.1', 200, 32, small),
    item('EN', 510, 32, small),
  ];
}

/** 60 and 14 characters: with the marker between them the line reaches the right edge (x 520). */
const LINE_START = 'The agenda was adopted as set out in the meeting document CM';
const LINE_END = ' 4578/2/24 REV';
/** A full line (75 characters, to x 520) and the words that wrap from it onto the next page. */
const SECOND_LINE = '2, which the Presidency had circulated to the delegations ahead of the meet-';

/** Page 1: the two-column header, an item whose text runs on to page 2, a footnote; page 2: the rest. */
const ITEMS: PdfItem[] = [
  item('Brussels, 25 November 2025', 340, 771),
  item('(OR. en)', 340, 757),
  item('15912/25', 340, 730, { bold: true }),
  item('COSI 237', 340, 702),
  item('OUTCOME OF PROCEEDINGS', 70, 716, { bold: true }),
  item('From:', 70, 692),
  item('General Secretariat of the Council', 170, 692),
  item('Subject:', 70, 677),
  item('Outcome of Proceedings', 170, 677),
  item('1. Adoption of the agenda', 70, 640, { bold: true }),
  item(LINE_START, 70, 616),
  item('1', 430, 620.2, { fontSize: 7.2 }),
  item(LINE_END, 433.6, 616),
  item(SECOND_LINE, 70, 601),
  item('1', 70, 103.6, { fontSize: 6 }),
  item('CM 4578/2/24 REV 2.', 84, 100, { fontSize: 10 }),
  ...footer(0),
  item('ing.', 70, 771, { page: 1 }),
  item('2. Information from the Presidency', 70, 747, { bold: true, page: 1 }),
  ...footer(1),
];

describe('itemsToText', () => {
  it('writes the header column by column, the body without furniture, and each footnote after its paragraph', () => {
    expect(itemsToText(ITEMS, [A4, A4])).toBe(
      [
        'Brussels, 25 November 2025',
        '(OR. en)',
        '',
        '15912/25',
        '',
        'COSI 237',
        '',
        '**OUTCOME OF PROCEEDINGS**',
        '',
        'From:\tGeneral Secretariat of the Council',
        'Subject:\tOutcome of Proceedings',
        '',
        '**1. Adoption of the agenda**',
        '',
        `${LINE_START}¹${LINE_END} 2, which the Presidency had circulated to the delegations ahead of the meeting.`,
        '',
        '¹ CM 4578/2/24 REV 2.',
        '',
        '**2. Information from the Presidency**',
        '',
      ].join('\n'),
    );
  });

  it('keeps a footnote whose marker is not found, after the last paragraph of its page', () => {
    const items = [item('A paragraph without its marker.', 70, 700), item('7', 70, 103.6, { fontSize: 6 }), item('16515/09.', 84, 100, { fontSize: 10 })];
    expect(itemsToText(items, [A4])).toBe('A paragraph without its marker.\n\n⁷ 16515/09.\n');
  });

  it('keeps the text of every item, however the items lie on the page', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    const anyItem = fc
      .record({
        str: word,
        x: fc.double({ min: 40, max: 540, noNaN: true }),
        y: fc.double({ min: 100, max: 740, noNaN: true }),
        fontSize: fc.constantFrom(6, 10, 12, 15),
        bold: fc.boolean(),
      })
      .map(({ str, x, y, fontSize, bold }) => item(str, x, y, { fontSize, bold }));
    fc.assert(
      fc.property(fc.array(anyItem, { minLength: 1, maxLength: 40 }), (items) => {
        const text = itemsToText(items, [A4]);
        return items.every((one) => text.includes(one.str));
      }),
      { numRuns: 200 },
    );
  });
});

describe('itemsToText with landscape annex pages', () => {
  const LANDSCAPE = { width: 841.89, height: 595.28 };
  /** 75 characters of 6 points from x 70: a line that runs to the portrait page's right edge at 520. */
  const FULL = 'Delegations will find in the annex the state of play of the roadmap on the';
  const portrait = [
    item(FULL, 70, 700),
    item('fight against high-risk criminal networks, which the Presidency drew up and', 70, 686),
    item('which the COSI Support Group examined at its meeting of 5 June 2024, and the', 70, 672),
    item('measures proposed.', 70, 658),
  ];
  /** Two landscape pages of table rows that run to x 770, more lines than the portrait page has. */
  const annex = [1, 2].flatMap((page) => Array.from({ length: 10 }, (_, row) => item(`Row ${page}.${row} `.padEnd(116, 'x'), 70, 500 - row * 14, { page })));

  it('joins the wrapped lines of a portrait page at its own right edge, not at the longer lines of the landscape pages', () => {
    const text = itemsToText([...portrait, ...annex], [A4, LANDSCAPE, LANDSCAPE]);
    expect(text.split('\n')).toContain(
      `${FULL} fight against high-risk criminal networks, which the Presidency drew up and which the COSI Support Group examined at its meeting of 5 June 2024, and the measures proposed.`,
    );
  });
});

describe('a notice whose header values wrap in a narrow cell, its lines 15 points apart, and no body line wraps', () => {
  /** The labels and their values' lines, in English, French and German, as the Secretariat's notices print them. */
  const LANGUAGES = [
    {
      kind: 'NOTICE OF MEETING AND PROVISIONAL AGENDA',
      labels: ['From:', 'To:', 'Subject:'],
      from: ['General Secretariat of the', 'Council'],
      to: ['Standing Committee on', 'Operational Cooperation on', 'Internal Security'],
      subject: ['Meeting of the Standing', 'Committee on Operational', 'Cooperation on Internal Secu-', 'rity (COSI)'],
      items: ['1. Adoption of the agenda', '2. Any other business'],
    },
    {
      kind: 'AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE',
      labels: ['Expéditeur:', 'Destinataire:', 'Objet:'],
      from: ['Secrétariat général du', 'Conseil'],
      to: ['Comité permanent de', 'coopération opérationnelle en', 'matière de sécurité intérieure'],
      subject: ['Réunion du Comité', 'permanent de coopération', 'opérationnelle en matière de', 'sécurité intérieure (COSI)'],
      items: ['1. Adoption de l’ordre du jour', '2. Divers'],
    },
    {
      kind: 'EINBERUFUNG UND VORLÄUFIGE TAGESORDNUNG',
      labels: ['Absender:', 'Empfänger:', 'Betr.:'],
      from: ['Generalsekretariat des', 'Rates'],
      to: ['Ständiger Ausschuss für die', 'operative Zusammenarbeit im', 'Bereich der inneren Sicherheit'],
      subject: ['Tagung des Ständigen', 'Ausschusses für die operative', 'Zusammenarbeit im Bereich der', 'inneren Sicherheit (COSI)'],
      items: ['1. Annahme der Tagesordnung', '2. Sonstiges'],
    },
  ];

  /** The notice's page, its codes column's lines at the edge of the right-hand block under the kind line (`COSI 97` at y 717, 11.4 points above `From:`), read back. */
  function readNotice({ kind, labels, from, to, subject, items }: (typeof LANGUAGES)[number], codes: readonly [string, number][]) {
    const rows = [from, to, subject];
    let y = 705.6;
    const table = rows
      .flatMap((lines, row) =>
        lines.map((text, index) => {
          const placed = [...(index === 0 ? [item(labels[row] ?? '', 70, y)] : []), item(text, 170, y)];
          y -= 15;
          return placed;
        }),
      )
      .flat();
    const text = itemsToText(
      [
        item('Brussels, 23 May 2025', 340, 771),
        item('CM 90103/25', 340, 743, { bold: true }),
        item(kind, 70, 729.6, { bold: true, width: 280 }),
        ...codes.map(([code, at]) => item(code, 340, at)),
        ...table,
        ...items.map((title, index) => item(title, 70, y - 24 * (index + 1), { bold: true })),
        ...footer(0),
      ],
      [A4],
    );
    return expectOk(parseDocument(text, 'notice.pdf'));
  }

  const joined = (lines: string[]) => lines.join(' ').replace('- ', '');

  it.each(LANGUAGES)('reads each value whole, the code beside the kind line no step of its lines ($kind)', (language) => {
    // The codes column runs on below the kind line, its last code 11.4 points above `From:`: no step of a paragraph.
    const record = readNotice(language, [['COSI 97', 717]]);
    expect([record.from, record.to, record.subject]).toEqual([language.from.join(' '), language.to.join(' '), joined(language.subject)]);
  });

  it.each(LANGUAGES)('reads the codes column going on beside the label table as codes, none a word of the sender ($kind)', (language) => {
    // the codes column runs on under the kind line set across the page, its second line 3.6 points under `From:`
    const record = readNotice(language, [
      ['COSI 97', 717],
      ['JAI 655', 702],
    ]);
    expect([record.from, record.to, record.subject, record.codes]).toEqual([
      language.from.join(' '),
      language.to.join(' '),
      joined(language.subject),
      ['COSI 97', 'JAI 655'],
    ]);
  });
});
