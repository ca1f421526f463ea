import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk, project } from './support/projection.ts';

/**
 * Plain `pdftotext` sometimes drops a footnote's number altogether: the text stays at the page's foot without it, the
 * call stays in the body. Each footnote of the plain renderings of the Council-made PDFs (tests/fixtures/council-pdf-lo,
 * tests/fixtures/council-pdf, the real register documents rebuilt so in tests/fixtures/real-register-lo) is read here with its number dropped as `pdftotext` drops it — the number before its text
 * (`1 Doc. 14470/25.` → `Doc. 14470/25.`) or the number alone on its line (`1`, printed apart) — one footnote at a time.
 * Where that leaves it unambiguous (one unmatched call, one unnumbered text at the foot) the footnote must still be read
 * as expected.json states it (read off the document); elsewhere NOT_TOLD states what is read and why, and no footnote
 * is read that the document does not print.
 */
const DIRS = ['tests/fixtures/council-pdf-lo', 'tests/fixtures/council-pdf', 'tests/fixtures/real-register-lo'];

interface Footnote {
  mark: string;
  text: string;
}

/** The footnotes a rendering reads short of the document whatever is dropped (foot-footnotes-texts.test.ts states why): the words it keeps as printed. */
const AS_PRINTED: Record<string, [string, string]> = { 'council-pdf-lo/note-footnote-over-page': ['Eleven', 'El even'] };

/** The drops that leave the text ambiguous, what is read then (the marks of the footnotes read as expected.json states them), and why. */
const NOT_TOLD: Record<string, { why: string; read: string[] }> = {
  'real-register-lo/report-2014-policy-cycle-en 1': {
    why: 'footnote 1’s text, unnumbered at page 2’s foot, ends in no sentence (`… in close cooperation`, its rest at the next page’s foot) and the next page goes on in lower case (`into: (i) …`), as the page’s last paragraph the break cut would: it is read as neither',
    read: ['2'],
  },
  'council-pdf-lo/note-restricted-de 1': {
    why: 'the page prints the figure `1 300` (its thousands a space apart) besides the call `Frontex 1 zu`: with the footnote’s number dropped, the text cannot tell which `1` calls it',
    read: [],
  },
  'council-pdf-lo/older-note-questionnaire 1': {
    why: 'footnote 1 is called glued to a word (`Strategy1`) and its text is a document with its codes (`Doc. 7120/10 JAI 182 CATS 20 …`) over the older footer: with its number dropped, it stays a line of the page; footnote 2, its number printed, is read',
    read: ['2'],
  },
  'council-pdf-lo/presidency-note-annex 1': {
    why: 'footnote 3 is called in a table cell, which plain pdftotext prints apart (as without the drop); footnote 1, called glued to a year (`20101`), the page’s one call of it, is read',
    read: ['1', '2'],
  },
  'council-pdf-lo/presidency-note-annex 2': {
    why: 'footnote 3 is called in a table cell, which plain pdftotext prints apart (as without the drop)',
    read: ['1', '2'],
  },
  'council-pdf-lo/presidency-note-annex 3': {
    why: 'footnote 3 is called in a table cell, which plain pdftotext prints apart (as without the drop)',
    read: ['1', '2'],
  },
  'council-pdf-lo/note-public-en 1': {
    why: 'footnote 1 is withheld in the public version (`[…]`): with its number dropped, its text has no word that sets it apart from the page’s last bullet above it',
    read: [],
  },
  'council-pdf-lo/outcome-public-fr 1': {
    why: 'footnote 1 is withheld (`[…]`) under a paragraph the page break cuts (`… est convenu de le`, the next page going on `transmettre au Coreper.`): with its number dropped, `[…]` may be the paragraph’s own withheld rest',
    read: [],
  },
  'council-pdf-lo/outcome-decisions-en 1': {
    why: 'footnote 1 stands under a sentence the page break cuts (`… while one delegation (HU)` / `Also circulated as WK 2345/2026.`, the next page going on `entered a parliamentary …`) and is called one space apart from the sentence before it (`2026. 1`): with its number dropped, its text reads as the cut sentence’s next line and the call as a figure (a misreading left for the footnote readers)',
    read: [],
  },
  'council-pdf-lo/outcome-decisions-fr 1': {
    why: 'footnote 1 stands under a sentence the page break cuts (`… ont soutenu l’approche` / `Également diffusé sous la cote WK 2345/2026.`) and is called one space apart from the sentence before it (`2026. 1`): with its number dropped, its text reads as the cut sentence’s next line and the call as a figure (a misreading left for the footnote readers)',
    read: [],
  },
  'council-pdf-lo/outcome-decisions-de 1': {
    why: 'footnote 1 stands under a sentence the page break cuts (`… Der Ausschuss billigte` / `Auch als WK 2345/2026 verteilt.`) and is called one space apart from the sentence before it (`Warschau. 1`): with its number dropped, its text reads as the cut sentence’s next line and the call as a figure (a misreading left for the footnote readers)',
    read: [],
  },
  'council-pdf-lo/outcome-decisions-es 1': {
    why: 'footnote 1 stands under a sentence the page break cuts (`… El Comité aprobó el proyecto de` / `Distribuido también como WK 2345/2026.`) and is called one space apart from the sentence before it (`2026. 1`): with its number dropped, its text reads as the cut sentence’s next line and the call as a figure (a misreading left for the footnote readers)',
    read: [],
  },
  'council-pdf-lo/outcome-decisions-pl 1': {
    why: 'footnote 1 stands under a sentence the page break cuts (`… natomiast` / `Rozesłano również jako WK 2345/2026.`) and is called glued to the year’s `r.` (`2026 r.1`): with its number dropped, its text reads as the cut sentence’s next line and the call as part of the date (a misreading left for the footnote readers)',
    read: [],
  },
  'council-pdf-lo/outcome-decisions-el 1': {
    why: 'footnote 1 stands under a sentence the page break cuts (`… Η COSI ενέκρινε το` / `Διανεμήθηκε επίσης ως WK 2345/2026.`) and is called one space apart from the sentence before it (`2026. 1`): with its number dropped, its text reads as the cut sentence’s next line and the call as a figure (a misreading left for the footnote readers)',
    read: [],
  },
  'council-pdf-lo/report-2016-en 1': {
    why: 'footnote 1 is called glued to the full stop after a year (`December 2015.1`) and its text is the last line of page 1 (`Doc. 5299/16.`): with its number dropped, the call reads as part of a figure (`2015.1`) and the text as a line of the page; footnote 2 (`2 OJ L 52, 3.3.2010, p. 50.`, on page 2), its number printed, is read',
    read: ['2'],
  },
  'council-pdf/limite-note-wrapped-subject 4': {
    why: 'the page prints the numbers 2 and 3 apart and calls 4 too (`20194`), over three texts: which text lost its number cannot be told, so none of the page’s is read',
    read: ['1'],
  },
  'council-pdf/limite-note-wrapped-subject 3': {
    why: 'the page prints the numbers 2 and 4 apart from three texts: which text lost its number cannot be told, so none of the page’s is read',
    read: ['1'],
  },
};

function expectedFootnotes(dir: string): Footnote[] {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { footnotes?: Footnote[] };
  return expected.footnotes ?? [];
}

/** The rendering with footnote `footnote`'s number dropped, or null when the number cannot be found as plain pdftotext prints it. */
function dropped(text: string, footnote: Footnote): string | null {
  const start = footnote.text.slice(0, 12);
  const pages = text.split('\f');
  const page = pages.findIndex((lines) => lines.split('\n').some((line) => line.startsWith(`${footnote.mark} ${start}`) || line.startsWith(start)));
  const lines = pages[page]?.split('\n');
  if (lines === undefined) return null;
  const numbered = lines.findIndex((line) => line.startsWith(`${footnote.mark} ${start}`));
  const lone = lines.findLastIndex((line) => line.trim() === footnote.mark);
  if (numbered >= 0) lines[numbered] = (lines[numbered] ?? '').slice(footnote.mark.length + 1);
  else if (lone >= 0) lines.splice(lone, 1);
  else return null;
  return pages.map((other, index) => (index === page ? lines.join('\n') : other)).join('\f');
}

const cases = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'expected.json')) && existsSync(join(dir, name, 'pdftotext.txt')))
    .flatMap((name) =>
      expectedFootnotes(join(dir, name)).flatMap((footnote, index) =>
        // A notice's note on the items it marks (`*`, `**`) prints its mark as text, which pdftotext never drops.
        /^\d+$/.test(footnote.mark) ? [{ dir: join(dir, name), index, mark: labelOf(expectedFootnotes(join(dir, name)), index) }] : [],
      ),
    ),
).sort((a, b) => `${a.dir} ${a.mark}`.localeCompare(`${b.dir} ${b.mark}`));

/** The label of the document's `index`th footnote: its mark, or for a mark printed again (an annex numbering from 1 again) `1-2`, as the record labels it. */
function labelOf(footnotes: readonly Footnote[], index: number): string {
  const mark = footnotes[index]?.mark ?? '';
  const before = footnotes.slice(0, index).filter((footnote) => footnote.mark === mark).length;
  return before === 0 ? mark : `${mark}-${before + 1}`;
}

describe.each(cases)('$dir, plain pdftotext, footnote $mark’s number dropped', ({ dir, index, mark }) => {
  const key = `${dir.replace('tests/fixtures/', '')} ${mark}`;
  const [whole, printed] = AS_PRINTED[dir.replace('tests/fixtures/', '')] ?? ['', ''];
  const expected = expectedFootnotes(dir).map((footnote) => ({ ...footnote, text: footnote.text.replace(whole, printed) }));
  const footnote = expected[index];
  const text = footnote === undefined ? null : dropped(readFileSync(join(dir, 'pdftotext.txt'), 'utf8'), footnote);
  const read = text === null ? [] : project(expectOk(parseDocument(text, key))).footnotes;
  const told = NOT_TOLD[key];

  it('finds the number to drop', () => {
    expect(text).not.toBeNull();
  });
  if (told === undefined) {
    it('reads each footnote the document prints, the one whose number was dropped too', () => {
      expect(read).toEqual(expected);
    });
  } else {
    it(`reads what the text tells (${told.why})`, () => {
      expect(read.map((footnote) => footnote.mark)).toEqual(told.read);
      for (const footnote of read) expect(expected).toContainEqual(footnote);
    });
  }
});
