import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The outcome of tests/fixtures/outcome-languages/outcomes.json (14470/25) in each of the 24 versions and each shape
 * its text reaches the ingest in, its number printed nowhere readable: not in the header (lost, misread `1447O/25`, cut
 * `/25`, no Council number `0/00`) nor in its page footers (their number lost too). The document is still read, filed
 * under its source's name marked as such, with a warning, its damaged printing kept among the other header lines.
 */
const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];
const DAMAGES = ['', '1447O/25', '/25', '0/00'];
const WARNING = 'no document number read in the header nor in the page footers';

/** The page without its footer (`14470/25 TR/kl 1 JAI.1 LIMITE EN`, the page's last lines), as a copy that kept the text only has it. */
function withoutFooter(page: string): string {
  return `${page.slice(0, page.lastIndexOf('14470/25')).trimEnd()}\n`;
}

describe('a document whose header and footers print no number that can be read is filed under its source’s name, in each official language and shape', () => {
  for (const [language, outcome] of Object.entries(outcomes))
    it(`${language}: no number, 1447O/25, /25, 0/00`, () => {
      for (const shape of SHAPES)
        for (const damaged of DAMAGES) {
          // the header's number damaged, the page footer lost (a copy that kept the page's text only)
          const text = withoutFooter(outcomePage(outcome, language, shape, { foot: [] })).replace('14470/25', damaged);
          const source = `content/sources/copies/outcome-${language}.txt`;
          const record = expectOk(parseDocument(text, source));
          const warned = record.warnings.filter((warning) => warning.message.startsWith(WARNING));
          expect({ shape, damaged, number: record.number, unnumbered: record.unnumbered, date: record.date, kind: record.kind, warned: warned.length }).toEqual(
            {
              shape,
              damaged,
              number: `Unnumbered (copies/outcome-${language}.txt)`,
              unnumbered: true,
              date: '2025-11-25',
              kind: 'outcome-of-proceedings',
              warned: 1,
            },
          );
          expect(record.subject).toBe(outcome.subject);
          expect(warned[0]?.message).toContain(`"Unnumbered (copies/outcome-${language}.txt)"`);
          expect(record.printed?.number).toBeUndefined();
          expect(record.otherHeaderLines.filter((line) => /\/(?:25|00)/.test(line))).toEqual(damaged === '' ? [] : [damaged]);
          expect(record.items.map((item) => item.title)).toEqual(outcome.items);
          expect(record.references.map(({ id }) => id)).toEqual(expect.arrayContaining(['CM 5123/25', '14470/1/25 REV 1', '13802/25']));
        }
    });

  it('never reads an association council’s number (`UE-UA 2101/25`, header and footers) as the main series’ 2101/25, in each language and shape', () => {
    for (const [language, outcome] of Object.entries(outcomes))
      for (const shape of SHAPES)
        for (const series of ['UE-UA', 'UE-MD']) {
          const text = outcomePage(outcome, language, shape, { foot: [] }).replaceAll('14470/25', `${series} 2101/25`);
          const record = expectOk(parseDocument(text, `association-${language}.txt`));
          expect({ language, shape, number: record.number, subject: record.subject }).toEqual({
            language,
            shape,
            number: `Unnumbered (association-${language}.txt)`,
            subject: outcome.subject,
          });
          expect(record.otherHeaderLines).toContain(`${series} 2101/25`);
          expect(record.references.map(({ id }) => id)).not.toContain('2101/25');
          expect(record.warnings.find(({ message }) => message.startsWith(WARNING))?.message).toContain(
            `it prints "${series} 2101/25", a number of an association council's series`,
          );
        }
  });

  it('says what the header printed in the number’s place: a cut number, or one no Council series has', () => {
    const english = outcomes['en'];
    if (english === undefined) throw new Error('the fixture has no English outcome');
    const warning = (damaged: string) =>
      expectOk(parseDocument(withoutFooter(outcomePage(english, 'en', 'labelled rows', { foot: [] })).replace('14470/25', damaged), 'a.txt')).warnings.find(
        (each) => each.message.startsWith(WARNING),
      )?.message ?? '';
    expect(warning('/25')).toContain('"/25", a number whose first figures the copy dropped');
    expect(warning('0/00')).toContain('"0/00", which is no Council document number');
    expect(warning('')).toContain('no link to the Council\u2019s register'.replace('\u2019', "'"));
  });

  it('gives each source its own identity, the same on every run, never a Council number nor one another source’s path gives', () => {
    const english = outcomes['en'];
    if (english === undefined) throw new Error('the fixture has no English outcome');
    const text = withoutFooter(outcomePage(english, 'en', 'layout', { foot: [] })).replace('14470/25', '');
    const numbers = ['content/sources/14470-25.txt', 'content/sources/2025/14470-25.txt', 'content/sources/ST 14470 2025 INIT.txt'].map(
      (source) => expectOk(parseDocument(text, source)).number,
    );
    expect(numbers).toEqual(['Unnumbered (14470-25.txt)', 'Unnumbered (2025/14470-25.txt)', 'Unnumbered (ST 14470 2025 INIT.txt)']);
    expect(expectOk(parseDocument(text, 'content/sources/14470-25.txt')).number).toBe(numbers[0]);
  });

  it('still refuses a text that shows no Council header at all, or one anchor of it only', () => {
    const letters = 'Notes from the reading group\n\nWe met on Thursday to talk about the Council.\n';
    for (const text of [letters, `Subject: the reading group\n\n${letters}`, `Brussels, 3 March 2026\n\n${letters}`]) {
      const record = parseDocument(text, 'letter.txt');
      expect(record.status === 'error' ? record.error.message : 'read').toMatch(/^expected a Council document number/);
    }
  });

  it('reads the body of a note without a number as it reads it with one', () => {
    const english = outcomes['en'];
    if (english === undefined) throw new Error('the fixture has no English outcome');
    const page = withoutFooter(outcomePage(english, 'en', 'labels first', { foot: [] }));
    const numbered = expectOk(parseDocument(page, 'a.txt'));
    const unnumbered = expectOk(parseDocument(page.replace('14470/25', ''), 'b.txt'));
    expect(unnumbered.items.map((item) => blocksPlain(item.text))).toEqual(numbered.items.map((item) => blocksPlain(item.text)));
    expect(unnumbered.footnotes).toEqual(numbered.footnotes);
  });
});
