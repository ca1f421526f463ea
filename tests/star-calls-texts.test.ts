import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { expectOk } from './support/projection.ts';
import { type Outcome, outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';

/**
 * A note marked with a star in a document other than a notice, called in running text: the COSI outcome of
 * tests/fixtures/outcome-languages/outcomes.json in each of the 24 official languages, its third item's sentence
 * calling the note with a star glued to its last word (`… set out in 13802/25*.`), the note at the page's foot
 * (`* Also circulated as WK 15012/2025.`), in the shapes a text reaches the ingest in: the header table as labelled rows,
 * `pdftotext -layout`, plain `pdftotext` (labels before their values) and the page run into one line. The star is the
 * call of the note, linked to it, and no text of the item, its sentence or its decision.
 */
/** The third item's decision, as the languages whose decisions the ingest reads print its object (outcome-languages.test.ts). */
const APPROVED: Readonly<Record<string, string>> = {
  en: 'the conclusions set out in 13802/25',
  fr: 'les conclusions figurant dans le document 13802/25',
  de: 'die Schlussfolgerungen in Dokument 13802/25',
  it: 'le conclusioni che figurano nel documento 13802/25',
  pl: 'konkluzje zawarte w dokumencie 13802/25',
};

/** A sentence with the star glued to its last word, before its closing full stop. */
const called = (sentence: string): string => sentence.replace(/\.$/u, '*.');

describe('a star glued to a word of a document other than a notice calls the note the star marks', () => {
  for (const shape of ['labelled rows', 'layout', 'labels first', 'flattened'] as OutcomeShape[]) {
    describe(shape, () => {
      for (const [language, outcome] of Object.entries(outcomes)) {
        it(`links the ${language} outcome's call to its note, and keeps the star out of the item's text`, () => {
          const record = expectOk(
            parseDocument(
              outcomePage(outcome, language, shape, {
                sentences: outcome.sentences.map((sentence, index) => (index === 2 ? called(sentence) : sentence)),
                foot: [`* ${outcome.footnote}`],
              }),
              `outcome-${language}.txt`,
            ),
          );
          const item = record.items[2];
          const decision = item?.decisions.find((found) => found.verb === 'approved');
          const read = {
            footnotes: record.footnotes.map((note) => [note.mark, note.label, blocksPlain(note.text)]),
            calls: item?.text.flatMap((block) => block.inline.flatMap((part) => (part.type === 'footnote' ? [part.label] : []))),
            text: blocksPlain(item?.text ?? []),
            ...(APPROVED[language] === undefined ? {} : { decision: decision?.object }),
            elsewhere: record.sections.map((section) => blocksPlain(section.text)).filter((text) => text.includes(outcome.footnote)),
          };
          expect(read).toEqual({
            footnotes: [['*', 'asterisk', outcome.footnote]],
            calls: ['asterisk'],
            text: outcome.sentences[2],
            ...(APPROVED[language] === undefined ? {} : { decision: APPROVED[language] }),
            elsewhere: [],
          });
        });
      }
    });
  }
});

/**
 * The same outcome run into one line a page, its third item on a second page of its own under 400 characters, as the
 * last page of a flattened text is: `3. Fight against … 13802/25*. * Also circulated as WK 15012/2025.` and the footer.
 */
function shortLastPage(outcome: Outcome, language: string): string {
  const flat = outcomePage(outcome, language, 'flattened', {
    sentences: outcome.sentences.map((sentence, index) => (index === 2 ? called(sentence) : sentence)),
    foot: [`* ${outcome.footnote}`],
  });
  const at = flat.indexOf(` 3. ${outcome.items[2] ?? ''}`);
  return `${flat.slice(0, at)} 14470/25 TR/kl 1 JAI.1 LIMITE ${language.toUpperCase()}\n${flat.slice(at + 1).replace(/ 1 JAI\.1 /u, ' 2 JAI.1 ')}`;
}

describe('a star note run into a short page of a text flattened to one line a page is the note it is', () => {
  for (const [language, outcome] of Object.entries(outcomes)) {
    it(`reads the ${language} outcome's note off its last page, and keeps it out of the item`, () => {
      const text = shortLastPage(outcome, language);
      expect(text.split('\n')[1]?.length).toBeLessThan(400);
      const record = expectOk(parseDocument(text, `outcome-${language}.txt`));
      const item = record.items[2];
      expect({
        footnotes: record.footnotes.map((note) => [note.mark, note.label, blocksPlain(note.text)]),
        inItem: `${item?.title ?? ''} ${blocksPlain(item?.text ?? [])}`.includes(outcome.footnote),
      }).toEqual({ footnotes: [['*', 'asterisk', outcome.footnote]], inItem: false });
    });
  }
});
