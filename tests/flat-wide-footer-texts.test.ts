import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * A note whose first page `pdftotext -layout` prints wide, its footer's pieces far apart (council-pdf/report-contents-leaders,
 * 6543/25, prints `6543/25`, 61 spaces, `MK/ps`, 72 spaces, `1`, then `JAI.1`, 139 spaces, `EN`), a sentence running on
 * over the page break. Written by hand in four versions. With each page run into one line the footer stands inside the
 * sentence (`… meets twice every 6543/25      MK/ps      1 JAI.1      EN semester for …`): it is page furniture there
 * too and the sentence reads whole, where before a gap wider than 120 spaces kept the footer in the paragraph.
 */
const NOTES: readonly [language: string, before: string, after: string][] = [
  [
    'en',
    'COSI prepares internal security matters for the Council. COSI itself usually meets twice every',
    'semester for formal meetings and once per semester for an informal meeting.',
  ],
  [
    'fr',
    'Le COSI prépare les questions de sécurité intérieure pour le Conseil. Le COSI se réunit généralement deux fois par',
    'semestre en réunion formelle et une fois par semestre en réunion informelle.',
  ],
  [
    'de',
    'Der COSI bereitet Fragen der inneren Sicherheit für den Rat vor. Der COSI tritt in der Regel zweimal pro',
    'Halbjahr zu förmlichen Sitzungen und einmal pro Halbjahr zu einer informellen Sitzung zusammen.',
  ],
  [
    'it',
    'Il COSI prepara le questioni di sicurezza interna per il Consiglio. Il COSI si riunisce di norma due volte per',
    'semestre in riunione formale e una volta per semestre in riunione informale.',
  ],
];

/** Page `page`'s footer as `-layout` prints it, its pieces `gaps` apart. */
function footer(language: string, page: number, gaps: readonly [number, number, number]): string[] {
  return [`6543/25${' '.repeat(gaps[0])}MK/ps${' '.repeat(gaps[1])}${page}`, `JAI.1${' '.repeat(gaps[2])}${language.toUpperCase()}`];
}

function layoutText(language: string, before: string, after: string): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const row = (label: string, text: string) => `${label.padEnd(22)}${text}`;
  return [
    `${outcome.institution.padEnd(60)}${outcome.placeDate}`,
    `${' '.repeat(60)}6543/25`,
    '',
    row(`${outcome.labels.from}:`, outcome.from),
    row(`${outcome.labels.to}:`, outcome.to),
    row(`${outcome.labels.subject}:`, 'Report on the activities of COSI'),
    '',
    `1.    ${outcome.sentences[0] ?? ''}`,
    '',
    before,
    ...footer(language, 1, [61, 72, 139]),
    '\f',
    after,
    '',
    ...footer(language, 2, [40, 44, 88]),
    '\f',
  ].join('\n');
}

const SHAPES: readonly [name: string, shape: (text: string) => string][] = [
  ['-layout', (text) => text],
  ['a viewer’s copy of -layout (lines trimmed, no blank line)', viewerCopyOfLayout],
  ['the -layout pages run into one line each', flattenedPages],
];

describe.each(NOTES)('a note in %s whose wide first page’s footer falls inside a sentence', (language, before, after) => {
  it.each(SHAPES)('leaves the footer out and reads the sentence whole (%s)', (_shape, shape) => {
    const record = expectOk(parseDocument(shape(layoutText(language, before, after)), `note-${language}.txt`));
    const texts = record.sections.flatMap((section) => section.text.map((block) => block.inline.map((run) => (run.type === 'text' ? run.value : '')).join('')));
    expect(texts.filter((text) => /MK\/ps|JAI\.1/u.test(text))).toEqual([]);
    expect(texts.some((text) => text.includes(`${before.split(' ').slice(-2).join(' ')} ${after.split(' ').slice(0, 3).join(' ')}`))).toBe(true);
  });
});
