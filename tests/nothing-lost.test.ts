import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentMarkdown, renderAsTheSite } from './support/hostile-render.ts';
import { fragmentCharacters, linesMissingFrom } from './support/page-lines.ts';
import { loadSeeds } from './support/seeds.ts';
import { bodyLines, sourceLines } from './support/source-characters.ts';

/** The hostile fixtures' sources: markup, escapes and marks that must reach the page as printed. */
const HOSTILE = 'tests/fixtures/hostile';

/** Every seed and hostile source, by path. */
const SOURCES = [...loadSeeds().map(({ source }) => source), ...readdirSync(HOSTILE).map((name) => join(HOSTILE, name))];

describe.each(SOURCES)('source %s', (source) => {
  it('shows every character of every body line (page furniture aside) in the body the site renders from its Markdown', async () => {
    const lines = bodyLines(sourceLines(source));
    expect(lines.length).toBeGreaterThan(0);
    const body = fragmentCharacters(await renderAsTheSite(documentMarkdown(readFileSync(source, 'utf8'))));
    expect(linesMissingFrom(body, lines)).toEqual([]);
  });
});
