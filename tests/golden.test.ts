import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { HEADER_FIELDS, expectOk, pick, project, type Projection } from './support/projection.ts';
import { loadSeeds } from './support/seeds.ts';

const seeds = loadSeeds();

/** The source files `npm run ingest` reads (issue 2: `.txt` and `.md` files under content/sources); each needs a golden. */
const SOURCE_FILE = /\.(?:txt|md)$/u;

describe('the seed goldens', () => {
  it('cover every source document of content/sources', () => {
    const sources = readdirSync('content/sources')
      .filter((file) => SOURCE_FILE.test(file))
      .map((file) => basename(file, extname(file)));
    expect(seeds.map((seed) => seed.name)).toEqual(sources.sort());
  });
});

describe.each(seeds)('the record of seed $name', ({ source, expected }) => {
  let parsed: Projection | undefined;
  /** Parses the seed once, on first use, so that each field group fails on its own. */
  const actual = (): Projection => {
    parsed ??= project(expectOk(parseDocument(readFileSync(source, 'utf8'), source)));
    return parsed;
  };

  it('has the header fields read from the document', () => {
    expect(pick(actual(), HEADER_FIELDS)).toEqual(pick(expected, HEADER_FIELDS));
  });

  it('has the meeting dates of its "On:" line, or none for a document that records no meeting', () => {
    expect(actual().meeting).toEqual(expected.meeting);
  });

  it('lists the agenda items with their numbers and titles, in document order', () => {
    const numbered = (projection: Projection) => projection.items.map(({ number, title }) => ({ number, title }));
    expect(numbered(actual())).toEqual(numbered(expected));
  });

  it('places every agenda item under its agenda heading and meeting day', () => {
    const placed = (projection: Projection) => projection.items.map(({ number, section, day }) => ({ number, section, day }));
    expect(placed(actual())).toEqual(placed(expected));
  });

  it('records who decided what under every agenda item, with the documents each object cites', () => {
    const decided = (projection: Projection) => projection.items.map(({ number, decisions }) => ({ number, decisions }));
    expect(decided(actual())).toEqual(decided(expected));
  });

  it('keeps each sentence that records a decision once per item, in the order written', () => {
    const recorded = (projection: Projection) => projection.items.map(({ number, sentences }) => ({ number, sentences }));
    expect(recorded(actual())).toEqual(recorded(expected));
  });

  it('lists the documents each agenda item cites', () => {
    const cited = (projection: Projection) => projection.items.map(({ number, references }) => ({ number, references }));
    expect(cited(actual())).toEqual(cited(expected));
  });

  it('has the sections of the document, with numbers and titles as printed', () => {
    expect(actual().sections).toEqual(expected.sections);
  });

  it('has every footnote with its mark and text', () => {
    expect(actual().footnotes).toEqual(expected.footnotes);
  });

  it('lists every reference once, in order of first appearance, with its type and official URL', () => {
    expect(actual().references).toEqual(expected.references);
  });
});
