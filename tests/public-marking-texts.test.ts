import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';

/**
 * The PUBLIC marking as the register prints it on the COSI outcome 14470/25 of tests/fixtures/outcome-languages (the
 * register's shape of 2025: the Council's name over its place and date, `(OR. en)`, number, marking, codes, kind,
 * From/To/Subject, the two-line footer), in each of the 24 versions, where the marking is PUBLIC in English in every
 * version as LIMITE is: under the number where a LIMITE document prints LIMITE (a document public from the start, its
 * footer without a marking: `JAI.1` / `EN`), or above the Council's name over a LIMITE header (a document made public
 * after its release, as the register's declassified versions print `PUBLIC` over `Council of the` / `European Union`),
 * or in the register's stamp `LIMITE PUBLIC` above a LIMITE header (a LIMITE document made public, as the register's
 * report 8776/3/11 REV 3 of tests/fixtures/layouts/noise-stamp-inline prints it over `Brussels, 27 May 2011`): the
 * marking as printed, the stamp's LIMITE not the document's own.
 * Each is read in labelled rows, `pdftotext -layout`, plain `pdftotext` with the labels first, the page run into one
 * line (`PUBLIC Council of the European Union Brussels, …`) and a viewer's copy without blank lines.
 */

type Placement = 'under the number' | 'above the Council’s name' | 'the stamp LIMITE PUBLIC above the Council’s name';

/** The outcome's page with PUBLIC in one place, in one shape. */
function publicPage(language: string, placement: Placement, shape: OutcomeShape | 'viewer copy'): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const printed = outcomePage(outcome, language, shape === 'flattened' || shape === 'viewer copy' ? 'labelled rows' : shape, { foot: [] });
  const lines = printed.split('\n');
  if (placement === 'under the number') {
    // LIMITE under the number becomes PUBLIC; the footer prints no marking
    const header = lines.findIndex((line) => line.trim() === 'LIMITE');
    lines[header] = (lines[header] ?? '').replace('LIMITE', 'PUBLIC');
    const footer = lines.findLastIndex((line) => /(?:^|\s)LIMITE(?:\s|$)/.test(line));
    if (lines[footer]?.trim() === 'LIMITE') lines.splice(footer, 2);
    else lines[footer] = (lines[footer] ?? '').replace('LIMITE', '      ');
  } else if (placement === 'above the Council’s name') lines.unshift('PUBLIC', '');
  else lines.unshift('LIMITE PUBLIC', '');
  const text = lines.join('\n');
  if (shape === 'viewer copy') return lines.filter((line) => line.trim() !== '').join('\n');
  if (shape !== 'flattened') return text;
  return `${lines
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim())
    .join(' ')}\n`;
}

const SHAPES = ['labelled rows', 'layout', 'labels first', 'flattened', 'viewer copy'] as const;
const PLACEMENTS: readonly Placement[] = ['under the number', 'above the Council’s name', 'the stamp LIMITE PUBLIC above the Council’s name'];

describe('a header printing the PUBLIC marking', () => {
  for (const [language, outcome] of Object.entries(outcomes))
    it(`reads the ${language} outcome's PUBLIC marking as its field, under the number, above the Council's name and in the stamp LIMITE PUBLIC, in five shapes`, () => {
      for (const placement of PLACEMENTS)
        for (const shape of SHAPES) {
          const record = expectOk(parseDocument(publicPage(language, placement, shape), `outcome-${language}.txt`));
          const where = `${placement}, ${shape}`;
          expect([record.number, record.public, record.limite, record.subject], where).toEqual([
            '14470/25',
            true,
            placement !== 'under the number',
            outcome.subject,
          ]);
          // the stamp is shown as printed where the marking stands
          expect(record.printed?.public, where).toBe(
            placement === 'under the number' || placement === 'above the Council’s name' ? undefined : 'LIMITE PUBLIC',
          );
          // the marking is no other header line, alone or run into the Council's name (`PUBLIC Council of the European Union`)
          expect(
            record.otherHeaderLines.filter((line) => line.includes('PUBLIC')),
            where,
          ).toEqual([]);
          expect(
            record.items.map((item) => item.title),
            where,
          ).toEqual(outcome.items);
        }
    });

  it('reads no PUBLIC marking in a word of a title in capitals', () => {
    const en = outcomes['en'];
    if (en === undefined) throw new Error('en');
    const page = outcomePage(en, 'en', 'labelled rows', { foot: [] });
    const title = page.replace('OUTCOME OF PROCEEDINGS', 'PROTECTION OF PUBLIC SPACES');
    expect(expectOk(parseDocument(title, 'title.txt')).public).toBeUndefined();
  });
});
