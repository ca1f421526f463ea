import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySources, requestedCopy, sourceCopies } from '../../../scripts/build/source-files.ts';

/** One entry of the ingest's `source-files/sources.json`. */
function entry(source: string, file: string | null, status: 'ok' | 'error' = 'ok') {
  return {
    source,
    status,
    bytes: file === null ? null : 5,
    file,
    document: status === 'ok' ? { slug: '5120-24', number: '5120/24' } : null,
    warnings: [],
    error: status === 'ok' ? null : { file: source, line: 0, message: 'no document number' },
  };
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('sourceCopies', () => {
  it('serves each file the ingest read at its path inside the sources folder, and none whose file is null', () => {
    const sources = {
      'content/sources/2024/note.txt': entry('content/sources/2024/note.txt', 'content/sources/2024/note.txt'),
      'content/sources/Notes 2024/Résumé #1.txt': entry('content/sources/Notes 2024/Résumé #1.txt', 'content/sources/Notes 2024/Re\u0301sume\u0301 #1.txt'),
      'content/sources/twin.txt': entry('content/sources/twin.txt', null, 'error'),
    };
    expect(sourceCopies(JSON.stringify(sources))).toEqual([
      { file: 'content/sources/2024/note.txt', path: '2024/note.txt' },
      { file: 'content/sources/Notes 2024/Re\u0301sume\u0301 #1.txt', path: 'Notes 2024/Résumé #1.txt' },
    ]);
  });

  it('refuses a sources file that is not the collection the ingest writes', () => {
    expect(() => sourceCopies(JSON.stringify({ a: { source: 'a' } }))).toThrow();
  });
});

describe('copySources', () => {
  it('copies each original byte for byte under <dist>/sources/, making its folders', async () => {
    const root = mkdtempSync(join(tmpdir(), 'source-files-'));
    folders.push(root);
    const original = join(root, 'in.bin');
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x00, 0xff, 0x0d, 0x0a]);
    writeFileSync(original, bytes);
    await copySources([{ file: original, path: 'Notes 2024/a b.txt' }], join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'sources', 'Notes 2024', 'a b.txt')).equals(bytes)).toBe(true);
  });

  it('fails when an original cannot be read, after copying the ones before it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'source-files-'));
    folders.push(root);
    writeFileSync(join(root, 'first.txt'), 'first');
    const copies = [
      { file: join(root, 'first.txt'), path: 'first.txt' },
      { file: join(root, 'gone.txt'), path: 'gone.txt' },
    ];
    await expect(copySources(copies, join(root, 'dist'))).rejects.toThrow(/gone\.txt/);
    expect(readFileSync(join(root, 'dist', 'sources', 'first.txt'), 'utf8')).toBe('first');
  });
});

describe('requestedCopy (the dev server)', () => {
  const copies = [
    { file: 'content/sources/Notes 2024/Résumé #1.txt', path: 'Notes 2024/Résumé #1.txt' },
    { file: 'content/sources/a.txt', path: 'a.txt' },
  ];

  it('finds the original a percent-encoded address under /sources/ names, as sourceUrl writes it', () => {
    expect(requestedCopy(copies, '/sources/Notes%202024/R%C3%A9sum%C3%A9%20%231.txt')).toBe(copies[0]);
    expect(requestedCopy(copies, '/sources/a.txt?download')).toBe(copies[1]);
  });

  it('finds nothing outside /sources/, for a file not served, or for an address that does not decode', () => {
    expect(requestedCopy(copies, '/documents/a.txt')).toBeUndefined();
    expect(requestedCopy(copies, '/sources/')).toBeUndefined();
    expect(requestedCopy(copies, '/sources/b.txt')).toBeUndefined();
    expect(requestedCopy(copies, '/sources/%E0%A4%A.txt')).toBeUndefined();
  });
});
