import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPagefind } from '../../../scripts/build/pagefind-cli.ts';
import { layOut, searchPageLists, searchPageListsApart } from '../../../scripts/build/search-pages.ts';

const GLOB = '{meetings,documents,actors,topics}/*/index.html';
const made: string[] = [];

/** A folder holding the given files (path → HTML), removed after the tests. */
function siteOf(files: Record<string, string>): string {
  const site = mkdtempSync(join(tmpdir(), 'cosi-search-test-'));
  made.push(site);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  return site;
}

const page = (title: string, body: string, extra = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><article data-pagefind-body>${extra}<h1>${title}</h1><p>${body}</p></article></body></html>`;
const CITED_ONLY = '<span hidden data-pagefind-filter="cited:yes"></span>';

/** Every file under a folder, by path relative to it. */
const filesUnder = (folder: string): string[] =>
  (readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();

afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

describe('searchPageLists', () => {
  it('lists each indexed page under its bundle and leaves out what Pagefind would not index', () => {
    const site = siteOf({
      'meetings/2025-11-18/index.html': page('Meeting of 18 November 2025', 'Regional dialogue'),
      'documents/9267-25/index.html': page('9267/25', 'Europol and the internal security strategy'),
      'documents/10737-16/index.html': page('10737/16', 'Cited in 2746/13', CITED_ONLY),
      'documents/index.html': page('Documents', 'A list page the glob does not name'),
      'topics/empact/index.html': '<!DOCTYPE html><html lang="en"><body><p>No data-pagefind-body here</p></body></html>',
    });
    const pages = searchPageLists(site, GLOB);
    expect([...pages.main].sort()).toEqual(['documents/9267-25/index.html', 'meetings/2025-11-18/index.html']);
    expect(pages.cited).toEqual(['documents/10737-16/index.html']);
  });

  it('tells the bundles apart on pages of other scripts than Latin, read byte by byte: the markers are found after any character', () => {
    const site = siteOf({
      // Greek, Bulgarian, a typographic apostrophe and a character beyond the BMP right before and inside the markers' tags.
      'documents/5001-25/index.html': `<!DOCTYPE html><html lang="el"><body><p>Συμβούλιο’</p><article title="Съвет 𝔄" data-pagefind-body><h1>5001/25</h1><p>Η Επιτροπή</p></article></body></html>`,
      'documents/5002-25/index.html': `<!DOCTYPE html><html lang="bg"><body><article data-pagefind-body><span title="ЕС’𝔄" hidden data-pagefind-filter="cited:yes"></span><h1>5002/25</h1></article></body></html>`,
      'documents/5003-25/index.html': `<!DOCTYPE html><html lang="bg"><body><p>data-pagefind-body: Съвет</p></body></html>`,
    });
    expect(searchPageLists(site, GLOB)).toEqual({ main: ['documents/5001-25/index.html'], cited: ['documents/5002-25/index.html'] });
  });

  it('reads its part of the sorted pages only, and the parts together are the whole list', async () => {
    const files: Record<string, string> = {};
    for (let number = 1; number <= 7; number += 1) {
      files[`documents/${String(9000 + number)}-25/index.html`] = page(`${String(9000 + number)}/25`, 'Text', number % 3 === 0 ? CITED_ONLY : '');
    }
    files['meetings/2025-11-18/index.html'] = page('Meeting of 18 November 2025', 'Regional dialogue');
    const site = siteOf(files);
    const whole = searchPageLists(site, GLOB);
    expect(whole.main).toHaveLength(6);
    expect(whole.cited).toEqual(['documents/9003-25/index.html', 'documents/9006-25/index.html']);
    const parts = [0, 1, 2].map((index) => searchPageLists(site, GLOB, { index, count: 3 }));
    expect(parts.map(({ main, cited }) => main.length + cited.length)).toEqual([2, 3, 3]);
    expect(parts.flatMap((part) => part.main)).toEqual(whole.main);
    expect(parts.flatMap((part) => part.cited)).toEqual(whole.cited);
    // In processes of their own, two or three at once: the same lists.
    expect(await searchPageListsApart(site, GLOB, 2)).toEqual(whole);
    expect(await searchPageListsApart(site, GLOB, 3)).toEqual(whole);
  });
});

describe('layOut', () => {
  it("lays pages out at their own paths under a folder, as links to the site's files, not copies", () => {
    const site = siteOf({
      'meetings/2025-11-18/index.html': page('Meeting of 18 November 2025', 'Regional dialogue'),
      'documents/10737-16/index.html': page('10737/16', 'Cited in 2746/13', CITED_ONLY),
    });
    const folder = join(siteOf({}), 'cited');
    layOut(site, ['documents/10737-16/index.html'], folder);
    expect(filesUnder(folder)).toEqual(['documents/10737-16/index.html']);
    expect(statSync(join(folder, 'documents/10737-16/index.html')).ino).toBe(statSync(join(site, 'documents/10737-16/index.html')).ino);
  });
});

describe('runPagefind', () => {
  // When the call comes, Pagefind has printed that it read the pages; whether it has also written its bundle by then
  // depends on how soon this process reads the pipe (under load it may not have yet), so the test checks what the call
  // is for: the pages removed from the call on, the bundle still holds every page.
  it('says once that Pagefind has read every page, so that the pages can go while it indexes', async () => {
    const site = siteOf({
      'meetings/2025-11-18/index.html': page('Meeting of 18 November 2025', 'Regional dialogue'),
      'documents/9267-25/index.html': page('9267/25', 'Europol and the internal security strategy'),
    });
    const output = join(site, 'pagefind');
    let calls = 0;
    await runPagefind(site, output, () => {
      calls += 1;
      for (const folder of ['meetings', 'documents']) rmSync(join(site, folder), { recursive: true, force: true });
    });
    expect(calls).toBe(1);
    expect(readdirSync(site)).toEqual(['pagefind']);
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([2]);
  });

  it("fails with Pagefind's own message on a site without a page to index, instead of leaving the search without a bundle", async () => {
    const site = siteOf({});
    const output = join(site, 'pagefind');
    await expect(runPagefind(site, output)).rejects.toThrow(/Pagefind failed .*not able to build an index/s);
    expect(existsSync(output)).toBe(false);
  });
});

describe('scripts/build/search-index.ts', () => {
  it('writes both bundles for a site whose documents cite nothing outside it (its pages in the main one, an empty cited-only one) and leaves nothing beside the site', () => {
    const parent = siteOf({
      'dist/documents/9267-25/index.html': page('9267/25', 'Europol and the internal security strategy'),
      'dist/meetings/2025-11-18/index.html': page('Meeting of 18 November 2025', 'Regional dialogue'),
    });
    const site = join(parent, 'dist');
    const project = resolve('.');
    const cwd = siteOf({});
    copyFileSync(join(project, 'pagefind.yml'), join(cwd, 'pagefind.yml'));
    const run = spawnSync(process.execPath, [join(project, 'scripts/build/search-index.ts'), '--site', site], { cwd, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('search: 2 pages in /pagefind/, 0 cited-only pages in /pagefind-cited/\n');
    const entry = (bundle: string) =>
      JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry('pagefind').languages).map((language) => language.page_count)).toEqual([2]);
    expect(entry('pagefind-cited').languages).toEqual({});
    expect(existsSync(join(site, 'pagefind-cited', 'pagefind.js'))).toBe(true);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
