import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSite, fixtureSite } from './fixture-sites.ts';

/** The site of the seeds among sources that cannot be read, are read with warnings, or have hostile names (tmp/sites/bad-sources). */
export const BAD_SOURCES = fixtureSite('bad-sources');

/** Folders copied as they are: the seeds, the three unreadable files and the documents of the sources page (tests/fixtures/README.md). */
const COPIED = ['content/sources', 'tests/fixtures/bad', 'tests/fixtures/sources-page'] as const;

/** The Council note every named copy is made from, its number replaced so that each copy is a document of its own. */
const NOTE = 'tests/fixtures/sources-page/note.txt';
const NOTE_NUMBER = '5120/24';

/**
 * Sources written under names that file systems allow and web addresses do not, each a distinct Council note
 * (number in the value): twins whose names differ only in Unicode normalisation or case, names with `#`, `%2e`,
 * `%41`, a line feed and a bell, a name that is merely unusual (in NFD, with spaces, brackets and punctuation, in
 * a sub-folder), and a hidden file and a macOS resource-fork copy, which the ingest skips.
 */
export const NAMED = {
  nfcTwin: { name: 'collide-\u00e9.txt', number: '5201/24' },
  nfdTwin: { name: 'collide-e\u0301.txt', number: '5202/24' },
  upperTwin: { name: 'Twin-Case.txt', number: '5203/24' },
  lowerTwin: { name: 'twin-case.txt', number: '5204/24' },
  hash: { name: 'hash#1.txt', number: '5205/24' },
  percentDot: { name: 'dot%2e.txt', number: '5206/24' },
  percentEscape: { name: 'escape%41.txt', number: '5207/24' },
  lineFeed: { name: 'line\nfeed.txt', number: '5208/24' },
  bell: { name: 'bell\u0007.txt', number: '5209/24' },
  unusual: { name: "Notes 2024/Re\u0301sume\u0301 – note (draft) [v2] & co + 1;=@!~$'.txt", number: '5210/24' },
  hidden: { name: '.hidden.txt', number: '5211/24' },
  resourceFork: { name: '._note.txt', number: '5212/24' },
} as const;

/** The Council note of a named source: the template note with its number replaced. */
export function namedNote(number: string): string {
  return readFileSync(NOTE, 'utf8').replace(NOTE_NUMBER, number);
}

/** Builds the site from the seeds, the copied fixtures and the named sources, as `npm run build` builds the real one. */
export function buildBadSourcesSite(): void {
  rmSync(resolve('tmp/sites', BAD_SOURCES.name), { recursive: true, force: true });
  mkdirSync(BAD_SOURCES.sources, { recursive: true });
  for (const folder of COPIED) cpSync(folder, BAD_SOURCES.sources, { recursive: true });
  for (const { name, number } of Object.values(NAMED)) {
    mkdirSync(dirname(join(BAD_SOURCES.sources, name)), { recursive: true });
    writeFileSync(join(BAD_SOURCES.sources, name), namedNote(number));
  }
  buildSite(BAD_SOURCES);
}
