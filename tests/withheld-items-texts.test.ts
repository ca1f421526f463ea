import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes, type Outcome } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A public version of an outcome (partial access: the Council withholds passages as `[…]`, `[...]` or `DELETED`) as a
 * copy out of a PDF viewer or a page flattened to one line gives it: item 1 printed whole (two sentences), item 2 its text withheld
 * under its title, item 3 withheld whole (its title and its text), item 4 whole (two sentences), item 5 its title's
 * rest withheld after a colon. Plain `pdftotext` prints each item's number alone over its title; the viewer copy keeps no blank line, the
 * flattened page runs all of it into one line.
 */
const MARKS = ['[…]', '[...]', 'DELETED'] as const;

/** The items of the public version: number, title as printed, and the text printed under it. */
function publicItems(outcome: Outcome, mark: string): [number: string, title: string, text: string][] {
  return [
    ['1.', outcome.items[0] ?? '', `${outcome.sentences[0] ?? ''} ${outcome.footnote}`],
    ['2.', outcome.items[1] ?? '', mark],
    ['3.', mark, mark],
    ['4.', outcome.items[2] ?? '', `${outcome.sentences[2] ?? ''} ${outcome.footnote}`],
    ['5.', `${outcome.items[1] ?? ''}: ${mark}`, outcome.sentences[1] ?? ''],
  ];
}

function publicVersion(outcome: Outcome, language: string, mark: string, shape: 'viewer' | 'flattened'): string {
  const head = [outcome.institution, outcome.placeDate, '(OR. en)', '14470/25', 'LIMITE', 'COSI 180', outcome.kind];
  const labels = [`${outcome.labels.from}: ${outcome.from}`, `${outcome.labels.to}: ${outcome.to}`, `${outcome.labels.subject}: ${outcome.subject}`];
  const items = publicItems(outcome, mark).flatMap(([number, title, text]) => [number, title, text]);
  const footer = ['14470/25', 'TR/kl', '1', 'JAI.1', `LIMITE ${language.toUpperCase()}`];
  if (shape === 'viewer') return [...head, ...labels, outcome.opening, ...items, ...footer].join('\n');
  return [...head, ...labels].join('\n') + '\n\n' + [outcome.opening, ...items, ...footer].join(' ');
}

const cases = Object.keys(outcomes).flatMap((language) =>
  MARKS.flatMap((mark) => (['viewer', 'flattened'] as const).map((shape) => ({ language, mark, shape }))),
);

describe.each(cases)('a public outcome in $language, items withheld as $mark, as a $shape copy', ({ language, mark, shape }) => {
  const outcome = outcomes[language] as Outcome;
  const record = expectOk(parseDocument(publicVersion(outcome, language, mark, shape), `public-${language}.txt`));

  it('reads every item, a title withheld whole as its mark, a withheld text not in its title', () => {
    expect(record.items.map((item) => `${item.number ?? ''} ${item.title}`)).toEqual(
      publicItems(outcome, mark).map(([number, title]) => `${number.replace('.', '')} ${title}`),
    );
  });
});
