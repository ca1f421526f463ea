import * as fsPromises from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCollectionsAtomically, type FileSystem } from '../../../../scripts/ingest/run/write-atomic.ts';

const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/** A content root holding sources and one earlier generation of two collections. */
function contentRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'write-atomic-'));
  temporary.push(root);
  for (const [path, content] of [
    ['sources/a.txt', 'source text'],
    ['documents/old.md', 'old document'],
    ['meetings/2017-11-21.md', 'old meeting'],
  ] as const) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [relative(root, path), readFileSync(path, 'utf8')]),
  );
}

const NEXT = new Map([
  ['documents/15912-25.md', 'new document'],
  ['items/2025-11-18--item-1.md', 'new item'],
  ['meetings/2025-11-18.md', 'new meeting'],
  ['references/15912-25.json', '{}\n'],
]);

/** The real file system with the n-th call of one function failing. */
function failingOn(name: 'writeFile' | 'rename', nth: number): FileSystem {
  let calls = 0;
  const fail = async (...args: unknown[]): Promise<never> => {
    calls += 1;
    if (calls === nth) throw new Error(`simulated ${name} failure`);
    return (fsPromises[name] as (...a: unknown[]) => Promise<never>)(...args);
  };
  return { ...fsPromises, [name]: fail };
}

describe('writeCollectionsAtomically', () => {
  it('replaces the collection folders and leaves the sources as they were', async () => {
    const root = contentRoot();
    await writeCollectionsAtomically(root, NEXT);
    expect(snapshot(root)).toEqual({
      'documents/15912-25.md': 'new document',
      'items/2025-11-18--item-1.md': 'new item',
      'meetings/2025-11-18.md': 'new meeting',
      'references/15912-25.json': '{}\n',
      'sources/a.txt': 'source text',
    });
    expect(readdirSync(root).sort()).toEqual([
      'decisions',
      'documents',
      'items',
      'meetings',
      'mentions',
      'references',
      'register',
      'source-files',
      'sources',
      'texts',
      'variants',
    ]);
  });

  it('leaves the content root untouched when writing a file fails', async () => {
    const root = contentRoot();
    const before = snapshot(root);
    await expect(writeCollectionsAtomically(root, NEXT, failingOn('writeFile', 3))).rejects.toThrow('simulated writeFile failure');
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['documents', 'meetings', 'sources']);
  });

  it('puts back the folders already swapped when a rename fails half-way through the swap', async () => {
    const root = contentRoot();
    const before = snapshot(root);
    // Renames in order: decisions (new in), documents (old out, new in), items (new in), meetings (old out) …
    await expect(writeCollectionsAtomically(root, NEXT, failingOn('rename', 5))).rejects.toThrow('simulated rename failure');
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['documents', 'meetings', 'sources']);
  });

  it('refuses a path that would leave the staging folder', async () => {
    const root = contentRoot();
    await expect(writeCollectionsAtomically(root, new Map([['documents/../../escape.md', 'x']]))).rejects.toThrow(/refusing to write outside/);
    expect(readdirSync(join(root, '..'))).not.toContain('escape.md');
  });
});
