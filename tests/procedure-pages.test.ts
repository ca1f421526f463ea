import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCollections } from '../scripts/ingest/entries/to-markdown.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';

/** The Legislative Observatory's page of a procedure. */
const OEIL = 'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=';

/**
 * Notes and proposals naming their interinstitutional file in the header (tests/fixtures/layouts/, written from the
 * documents: each `expected.json` gives the file), in English, Finnish, Hungarian and Greek, in the shapes they come in:
 * labelled rows, a page run into one line with the labels first, squeezed spaces. The number and procedure are as each
 * header prints them.
 */
const FILES: readonly (readonly [fixture: string, number: string, procedure: string])[] = [
  ['interinstitutional-note', '9341/21', '2020/0349(COD)'],
  ['labels-first-flattened', '13106/20', '2020/0350(COD)'],
  ['squeezed-spaces', '7102/13', '2013/0091(COD)'],
  ['finnish-interinstitutional-flattened', '6120/11', '2011/0023(NLE)'],
  ['hungarian-interinstitutional-flattened', '6120/14', '2014/0021(NLE)'],
  ['greek-proposal-labels-first-flattened', '9940/18', '2018/0152(COD)'],
];

describe('an interinstitutional file in the header is a page of its procedure, with the Legislative Observatory’s address and the papers citing it', () => {
  for (const [fixture, number, procedure] of FILES)
    it(`${fixture}: ${procedure}`, () => {
      const source = `tests/fixtures/layouts/${fixture}/source.txt`;
      const record = expectOk(parseDocument(readFileSync(source, 'utf8'), source));
      expect(record.number).toBe(number);
      expect(record.references[0]).toEqual({ id: procedure, type: 'procedure', url: `${OEIL}${procedure}` });
      const slug = procedure
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, '');
      const page = JSON.parse(toCollections([record]).get(`references/${slug}.json`) ?? 'null') as {
        id: string;
        url: string;
        citations: { document: string; anchor: string; label: string }[];
      } | null;
      expect(page).toMatchObject({ id: procedure, type: 'procedure', url: `${OEIL}${procedure}` });
      expect(page?.citations.map(({ document, anchor, label }) => ({ document, anchor, label }))).toEqual([
        { document: number, anchor: 'header', label: 'header' },
      ]);
    });
});
