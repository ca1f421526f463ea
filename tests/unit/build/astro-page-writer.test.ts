import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// Not among Astro's exports: the file that patches/astro+7.3.5.patch adds, loaded as the build loads it.
import { createPageWriter } from '../../../node_modules/astro/dist/core/build/page-writer.js';

const GENERATE = new URL('../../../node_modules/astro/dist/core/build/generate.js', import.meta.url);

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder for one test's files. */
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'astro-page-writer-'));
  folders.push(folder);
  return folder;
}

/** The folder and file URLs Astro's static build gives its writer for a page at `path` (directory format). */
function page(root: string, path: string): [URL, URL] {
  const folder = pathToFileURL(join(root, path, '/'));
  return [folder, new URL('index.html', folder)];
}

describe("Astro's static build, as patched: pages written by a thread of their own", () => {
  it('is patched: generate.js hands each page to the writer and waits for it before the pages are done', () => {
    const source = readFileSync(GENERATE, 'utf8');
    expect(source).toContain('createPageWriter()');
    expect(source).toContain('await pageWriter?.close();');
  });

  it('writes each file with its bytes, making its folders; a string body as UTF-8', async () => {
    const root = scratch();
    const writer = createPageWriter();
    const html = '<!doctype html><p>Ständiger Ausschuss — “COSI” 😀 Ελληνικά 15912/25</p>';
    const bytes = new TextEncoder().encode(html);
    await writer.write(...page(root, 'documents/15912-25'), bytes);
    // A Buffer that is a slice of a larger one (Node's pool, a page's bytes inside a bigger array): only its own bytes.
    const pooled = Buffer.from(`xx${html}yy`, 'utf8').subarray(2, 2 + bytes.byteLength);
    await writer.write(...page(root, 'meetings/2025-03-04'), pooled);
    await writer.write(...page(root, 'about'), 'Über — ok');
    await writer.close();
    expect(readFileSync(join(root, 'documents/15912-25/index.html'), 'utf8')).toBe(html);
    expect(readFileSync(join(root, 'meetings/2025-03-04/index.html'), 'utf8')).toBe(html);
    expect(readFileSync(join(root, 'about/index.html'), 'utf8')).toBe('Über — ok');
  });

  it("writes the bytes as they were when handed over, not what the caller's array holds later", async () => {
    const root = scratch();
    const writer = createPageWriter();
    const bytes = new TextEncoder().encode('first');
    await writer.write(...page(root, 'a'), bytes);
    bytes.set(new TextEncoder().encode('SECON'));
    await writer.close();
    expect(readFileSync(join(root, 'a/index.html'), 'utf8')).toBe('first');
    expect(new TextDecoder().decode(bytes)).toBe('SECON');
  });

  it('has every file written once close() resolves, hundreds of them in order', async () => {
    const root = scratch();
    const writer = createPageWriter();
    for (let index = 0; index < 300; index += 1) await writer.write(...page(root, `pages/${index}`), `page ${index}`);
    await writer.close();
    for (const index of [0, 1, 150, 299]) expect(readFileSync(join(root, `pages/${index}/index.html`), 'utf8')).toBe(`page ${index}`);
  });

  it("fails the build with the write's error: a page whose folder cannot be made", async () => {
    const root = scratch();
    writeFileSync(join(root, 'documents'), 'a file where a folder must go');
    const writer = createPageWriter();
    await writer.write(...page(root, 'documents/15912-25'), 'never written');
    await expect(writer.close()).rejects.toThrow(/writing a built page: .*(ENOTDIR|EEXIST)/);
    await writer.abandon();
  });
});
