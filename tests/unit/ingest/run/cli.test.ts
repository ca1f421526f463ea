import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { toContentFiles } from '../../../../scripts/ingest/entries/to-markdown.ts';
import type { OkRecord } from '../../../../src/schemas/record.ts';
import type { SourceEntry } from '../../../../src/schemas/source-entry.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const SEEDS = join(ROOT, 'content', 'sources');
const OUTCOME_2025 = '000_fcebac5ee47826ac.txt';
const OUTCOME_2017 = '004_3542f36dac911e8f.txt';
const temporary: string[] = [];

afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder with a `sources` folder holding copies of the named seeds, and an `out` path not yet created. */
function workspace(seeds: readonly string[]): { sources: string; out: string; base: string } {
  const base = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  temporary.push(base);
  const sources = join(base, 'sources');
  mkdirSync(sources);
  for (const seed of seeds) cpSync(join(SEEDS, seed), join(sources, seed));
  return { sources, out: join(base, 'out'), base };
}

function ingest(args: readonly string[], fileSizeLimit = false): SpawnSyncReturns<string> {
  const command = [process.execPath, join(ROOT, 'scripts', 'ingest', 'run', 'cli.ts'), ...args];
  return fileSizeLimit
    ? spawnSync('bash', ['-c', 'ulimit -f 0; exec "$0" "$@"', ...command], { cwd: ROOT, encoding: 'utf8' })
    : spawnSync(command[0] ?? '', command.slice(1), { cwd: ROOT, encoding: 'utf8' });
}

/** The entries of the sources collection the ingest wrote under `out`, in the file's order (sorted by source). */
function sourceEntries(out: string): Record<string, SourceEntry> {
  return JSON.parse(readFileSync(join(out, 'source-files', 'sources.json'), 'utf8')) as Record<string, SourceEntry>;
}

/** Every file under a folder with its content, keyed by relative path. */
function snapshot(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(files.sort().map((path) => [relative(folder, path), readFileSync(path, 'utf8')]));
}

describe('npm run ingest', () => {
  it('writes the collections, and a second run changes no byte and touches no file', () => {
    const { sources, out } = workspace([OUTCOME_2025, OUTCOME_2017]);
    const first = ingest(['--sources', sources, '--out', out, '--quiet']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'decisions',
      'documents',
      'items',
      'meetings',
      'mentions',
      'references',
      'register',
      'source-files',
      'texts',
      'variants',
    ]);
    expect(readdirSync(join(out, 'meetings')).sort()).toEqual(['2017-11-21.json', '2025-11-18.json']);
    const before = snapshot(out);
    const modified = statSync(join(out, 'documents', '15912-25.json')).mtimeMs;
    const second = ingest(['--sources', sources, '--out', out, '--quiet']);
    expect(second.status).toBe(0);
    expect(snapshot(out)).toEqual(before);
    expect(statSync(join(out, 'documents', '15912-25.json')).mtimeMs).toBe(modified);
  });

  it('removes the files of a source that is gone and leaves other folders of the content root alone', () => {
    const { sources, out } = workspace([OUTCOME_2025, OUTCOME_2017]);
    expect(ingest(['--sources', sources, '--out', out, '--quiet']).status).toBe(0);
    writeFileSync(join(out, 'keep.txt'), 'not ours');
    rmSync(join(sources, OUTCOME_2017));
    expect(ingest(['--sources', sources, '--out', out, '--quiet']).status).toBe(0);
    expect(readdirSync(join(out, 'meetings'))).toEqual(['2025-11-18.json']);
    expect(readdirSync(join(out, 'documents'))).toEqual(['15912-25.json']);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('not ours');
    expect(readdirSync(out).sort()).toEqual([
      'decisions',
      'documents',
      'items',
      'keep.txt',
      'meetings',
      'mentions',
      'references',
      'register',
      'source-files',
      'texts',
      'variants',
    ]);
  });

  it('reports an empty, a binary and an outside-linked source on one line each, lists them as errors, still ingests the others and exits 0', () => {
    const { sources, out, base } = workspace([OUTCOME_2025]);
    writeFileSync(join(sources, 'empty.txt'), ' \n\n');
    writeFileSync(join(sources, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(base, 'outside.txt'), readFileSync(join(SEEDS, OUTCOME_2017)));
    symlinkSync(join(base, 'outside.txt'), join(sources, 'link.txt'));
    const run = ingest(['--sources', sources, '--out', out, '--quiet']);
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContainEqual(expect.stringMatching(/sources\/binary\.txt: binary file, not text$/));
    expect(lines).toContainEqual(expect.stringMatching(/sources\/empty\.txt: empty file$/));
    expect(lines).toContainEqual(expect.stringMatching(/sources\/link\.txt: symbolic link to a file outside the sources folder, not read$/));
    expect(readdirSync(join(out, 'documents'))).toEqual(['15912-25.json']);
    const listed = sourceEntries(out);
    expect(Object.values(listed).map(({ source, status, bytes, file }) => [source.replace(/^.*\//, ''), status, bytes, file === null])).toEqual([
      ['000_fcebac5ee47826ac.txt', 'ok', 6820, false],
      ['binary.txt', 'error', 8, false],
      ['empty.txt', 'error', 3, false],
      ['link.txt', 'error', null, true],
    ]);
  });

  it('reads a PDF saved under a text name and a text export saved under a PDF name by what they hold, saying so, and lists files of other kinds as skipped', () => {
    const { sources, out } = workspace([]);
    // the Council's PDF of 9412/1/24 REV 1 saved as .txt; the pdftotext -layout export of CM 2210/24 saved as .pdf
    cpSync(join(ROOT, 'tests/fixtures/council-pdf-lo/outcome-nine-items/document.pdf'), join(sources, 'ST-9412-2024-REV-1.txt'));
    cpSync(join(ROOT, 'tests/fixtures/council-pdf-lo/cm-notice-en/pdftotext-layout.txt'), join(sources, 'CM-2210-2024.pdf'));
    cpSync(join(SEEDS, OUTCOME_2025), join(sources, 'outcome'));
    cpSync(join(SEEDS, OUTCOME_2017), join(sources, 'outcome.docx'));
    writeFileSync(join(sources, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    const run = ingest(['--sources', sources, '--out', out]);
    expect(run.status).toBe(0);
    expect(readdirSync(join(out, 'documents'))).toEqual(['9412-1-24-rev-1.json', 'cm-2210-24.json']);
    expect(run.stderr).toMatch(/sources\/ST-9412-2024-REV-1\.txt: .*a PDF under a text file's name: read as a PDF/);
    expect(run.stderr).toMatch(/sources\/CM-2210-2024\.pdf: .*named \.pdf but holds text, not a PDF: read as text/);
    expect(run.stderr).toMatch(/sources\/outcome: skipped: a file with no name ending, not a source the ingest reads \(\.txt, \.md or \.pdf\)/);
    expect(run.stderr).toMatch(/sources\/outcome\.docx: skipped: a "\.docx" file, not a source the ingest reads \(\.txt, \.md or \.pdf\)/);
    expect(run.stderr).not.toContain('DS_Store');
    expect(run.stderr).toMatch(/2 sources: 2 ok \(2 with warnings\), 0 errors, 2 skipped/);
  });

  it('exits 1 with --strict when a source is an error, after writing the others all the same', () => {
    const { sources, out } = workspace([OUTCOME_2025]);
    writeFileSync(join(sources, 'empty.txt'), '');
    const run = ingest(['--sources', sources, '--out', out, '--quiet', '--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/sources\/empty\.txt: empty file\n$/);
    expect(readdirSync(join(out, 'documents'))).toEqual(['15912-25.json']);
    rmSync(join(sources, 'empty.txt'));
    expect(ingest(['--sources', sources, '--out', out, '--quiet', '--strict']).status).toBe(0);
  });

  it('makes one document of two sources with the same text, says so in the report, and keeps the rest', () => {
    const { sources, out } = workspace([OUTCOME_2025, OUTCOME_2017]);
    cpSync(join(SEEDS, OUTCOME_2025), join(sources, 'copy.txt'));
    const run = ingest(['--sources', sources, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n').slice(0, -1)).toEqual([
      `${join(sources, 'copy.txt')}: warning: document 15912/25 has the same text as in ${join(sources, OUTCOME_2025)}: one document`,
    ]);
    expect(readdirSync(join(out, 'documents'))).toEqual(['15754-17.json', '15912-25.json']);
    expect(readdirSync(join(out, 'variants'))).toEqual([]);
    const statuses = Object.values(sourceEntries(out)).map(({ source, status, document }) => [source.replace(/^.*\//, ''), status, document?.slug]);
    expect(statuses).toEqual([
      [OUTCOME_2025, 'ok', '15912-25'],
      [OUTCOME_2017, 'ok', '15754-17'],
      ['copy.txt', 'ok', '15912-25'],
    ]);
  });

  it('keeps both texts of a number two sources give differently, the second as a variant, with a warning naming both', () => {
    const { sources, out } = workspace([OUTCOME_2025]);
    writeFileSync(join(sources, 'edited.txt'), readFileSync(join(SEEDS, OUTCOME_2025), 'utf8').replace('COSI endorsed', 'COSI rejected'));
    const run = ingest(['--sources', sources, '--out', out]);
    expect(run.status).toBe(0);
    const both = `${join(sources, OUTCOME_2025)}, ${join(sources, 'edited.txt')}`;
    const warning = `warning: document number 15912/25 is given with different texts by ${both}: each is kept, and its page says the sources differ`;
    expect(run.stderr.trim().split('\n').slice(0, -1)).toEqual([`${join(sources, OUTCOME_2025)}: ${warning}`, `${join(sources, 'edited.txt')}: ${warning}`]);
    expect(readdirSync(join(out, 'documents'))).toEqual(['15912-25.json']);
    expect(readdirSync(join(out, 'variants'))).toEqual(['15912-25--source-2.json']);
    expect(readFileSync(join(out, 'variants', '15912-25--source-2.json'), 'utf8')).toContain('COSI rejected');
    expect(readFileSync(join(out, 'documents', '15912-25.json'), 'utf8')).not.toContain('COSI rejected');
  });

  it('writes the versions of one document in different languages each to its own page, not as a duplicate number', () => {
    const { sources, out } = workspace([]);
    for (const layout of ['flattened-note', 'french-version', 'german-version']) {
      cpSync(join(ROOT, 'tests', 'fixtures', 'layouts', layout, 'source.txt'), join(sources, `${layout}.txt`));
    }
    const run = ingest(['--sources', sources, '--out', out, '--quiet', '--strict']);
    expect(run.status).toBe(0);
    expect(readdirSync(join(out, 'documents')).sort()).toEqual(['8812-1-19-rev-1-de.json', '8812-1-19-rev-1-fr.json', '8812-1-19-rev-1.json']);
  });

  it('prints the warnings of documents read with warnings and the counts, unless --quiet', () => {
    const { sources, out } = workspace([OUTCOME_2025]);
    cpSync(join(ROOT, 'tests', 'fixtures', 'sources-page', 'unstructured.txt'), join(sources, 'unstructured.txt'));
    const run = ingest(['--sources', sources, '--out', out]);
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      `${join(sources, 'unstructured.txt')}:16: warning: no section headings found (lines such as "1. Introduction" or "## Presidency report"): the text after the header is shown as one block`,
    );
    expect(lines[1]).toMatch(/^ingest: 2 sources: 2 ok \(1 with warnings\), 0 errors, 0 skipped; /);
    expect(ingest(['--sources', sources, '--out', out, '--quiet']).stderr).toBe('');
  });

  it('writes exactly the files toContentFiles makes when two outcomes record one meeting and a number is given twice', () => {
    const { sources, out } = workspace([OUTCOME_2025, OUTCOME_2017]);
    // The 2025 meeting minuted again under another number of the same date, and the 2017 outcome copied.
    writeFileSync(join(sources, 'lower.txt'), readFileSync(join(SEEDS, OUTCOME_2025), 'utf8').replace('15912/25', '15911/25'));
    cpSync(join(SEEDS, OUTCOME_2017), join(sources, 'twice.txt'));
    const run = ingest(['--sources', sources, '--out', out, '--quiet']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const written = snapshot(out);
    written.delete(join('source-files', 'sources.json'));
    expect([...written.keys()].filter((path) => path.startsWith('meetings/'))).toEqual(['meetings/2017-11-21.json', 'meetings/2025-11-18.json']);
    const names = [OUTCOME_2025, OUTCOME_2017, 'lower.txt', 'twice.txt'];
    const all = names.map((name) => parseDocument(readFileSync(join(sources, name), 'utf8'), join(sources, name)) as OkRecord);
    expect(written).toEqual(toContentFiles(all));
  });

  it('leaves the previous content untouched when writing fails part-way', () => {
    const { sources, out } = workspace([OUTCOME_2025]);
    expect(ingest(['--sources', sources, '--out', out, '--quiet']).status).toBe(0);
    const before = snapshot(out);
    cpSync(join(SEEDS, OUTCOME_2017), join(sources, OUTCOME_2017));
    const run = ingest(['--sources', sources, '--out', out, '--quiet'], true);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ingest: EFBIG/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual([
      'decisions',
      'documents',
      'items',
      'meetings',
      'mentions',
      'references',
      'register',
      'source-files',
      'texts',
      'variants',
    ]);
  });
});

describe('npm run ingest -- --check', () => {
  it('passes on fresh content and names each changed, missing and extra file without writing', () => {
    const { sources, out } = workspace([OUTCOME_2025]);
    expect(ingest(['--sources', sources, '--out', out, '--quiet']).status).toBe(0);
    expect(ingest(['--sources', sources, '--out', out, '--check', '--quiet']).status).toBe(0);
    writeFileSync(join(out, 'documents', '15912-25.json'), 'edited by hand\n');
    rmSync(join(out, 'meetings', '2025-11-18.json'));
    writeFileSync(join(out, 'references', 'stray.json'), '{}\n');
    const run = ingest(['--sources', sources, '--out', out, '--check', '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      `missing ${join(out, 'meetings', '2025-11-18.json')}`,
      `extra ${join(out, 'references', 'stray.json')}`,
      `changed ${join(out, 'documents', '15912-25.json')}`,
    ]);
    expect(readFileSync(join(out, 'documents', '15912-25.json'), 'utf8')).toBe('edited by hand\n');
  });
});

describe('npm run ingest -- --json', () => {
  it('prints one record per file in the order given, failures included, and writes nothing', () => {
    const { sources, base } = workspace([OUTCOME_2025, OUTCOME_2017]);
    writeFileSync(join(sources, 'empty.txt'), '');
    const files = [join(sources, OUTCOME_2017), join(sources, 'empty.txt'), join(sources, OUTCOME_2025)];
    const run = ingest(['--json', ...files]);
    expect(run.status).toBe(1);
    const records = JSON.parse(run.stdout) as { source: string; status: string; number?: string; error: unknown }[];
    expect(records.map(({ source, status, number }) => [source, status, number])).toEqual([
      [files[0], 'ok', '15754/17'],
      [files[1], 'error', undefined],
      [files[2], 'ok', '15912/25'],
    ]);
    expect(records[1]?.error).toEqual({ file: files[1], line: 0, message: 'empty file' });
    expect(readdirSync(base)).toEqual(['sources']);
  });
});
