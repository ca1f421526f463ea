import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { inShape } from './support/text-shapes.ts';

/**
 * An outcome's item whose sub-points the Greek and Bulgarian versions letter in their own alphabets (`α)`, `β)`, `γ)`;
 * `а)`, `б)`, `в)`), as they print them: a sub-point's heading on a line of its own heads the sentence under it, whose
 * object it stands for where the sentence leaves it empty (`Η COSI έλαβε γνώση.` under `α) Ενημέρωση από την Ευρωπόλ …`
 * took note of that information, not of the item), and a sub-point's label opening a sentence is no part of its object
 * (`в) Докладът в документ 13802/25 беше одобрен.` approves `докладът в документ 13802/25`). The outcome of
 * tests/fixtures/outcome-languages with item 3's text so written, in five shapes: labelled rows, -layout, plain
 * pdftotext (labels first), that page run into one line, and a viewer's copy of the -layout page (no blank lines).
 */
const POINTS: Record<string, { lines: string[]; decisions: [string | null, string, string][] }> = {
  el: {
    lines: [
      'α) Ενημέρωση από την Ευρωπόλ σχετικά με την αξιολόγηση της απειλής',
      'Η COSI έλαβε γνώση.',
      'β) Περαιτέρω πορεία',
      'Η COSI πραγματοποίησε ανταλλαγή απόψεων.',
      'γ) Τα συμπεράσματα του εγγράφου 13802/25 εγκρίθηκαν.',
    ],
    decisions: [
      ['COSI', 'took-note', 'Ενημέρωση από την Ευρωπόλ σχετικά με την αξιολόγηση της απειλής'],
      ['COSI', 'exchanged-views', 'Περαιτέρω πορεία'],
      [null, 'approved', 'τα συμπεράσματα του εγγράφου 13802/25'],
    ],
  },
  bg: {
    lines: [
      'а) Информация от Европол относно оценката на заплахата от тежката престъпност',
      'Комитетът взе под внимание.',
      'б) Бъдещи действия',
      'Комитетът проведе обмен на мнения.',
      'в) Докладът в документ 13802/25 беше одобрен.',
    ],
    decisions: [
      ['COSI', 'took-note', 'Информация от Европол относно оценката на заплахата от тежката престъпност'],
      ['COSI', 'exchanged-views', 'Бъдещи действия'],
      [null, 'approved', 'докладът в документ 13802/25'],
    ],
  },
};

/** The shapes: the outcome's page as outcomePage prints it, run into one line, or as a viewer copies its -layout page. */
const SHAPES: Record<string, [shape: OutcomeShape, flat: boolean | null]> = {
  'labelled rows': ['labelled rows', false],
  '-layout': ['layout', false],
  'plain pdftotext': ['labels first', false],
  'plain pdftotext, the page run into one line': ['labels first', true],
  'a viewer’s copy of the -layout page': ['layout', null],
};

describe('sub-points lettered in the Greek and Cyrillic alphabets', () => {
  for (const [language, { lines, decisions }] of Object.entries(POINTS)) {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no ${language} outcome`);
    for (const [name, [shape, flat]] of Object.entries(SHAPES)) {
      it(`reads the ${language} item 3's decisions each about its sub-point, without its label (${name})`, () => {
        const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', lines.join('\n\n')];
        const text = inShape(outcomePage(outcome, language, shape, { sentences, foot: [] }), flat);
        const item = expectOk(parseDocument(text, `outcome-${language}.txt`)).items[2];
        expect([item?.title, item?.decisions.map(({ by, verb, object }) => [by, verb, object])]).toEqual([outcome.items[2], decisions]);
      });
    }
  }
});
