/** The file-system edge: the sources folder as the fetcher reads and writes it (sidecars, PDFs, part files, earlier versions). */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sourceSidecarSchema } from '../../src/schemas/source-sidecar.ts';
import { END_WINDOW } from './pdf-check.ts';
import type { Archive, Digest } from './ports.ts';

/** The archive under a sources folder; a sidecar that does not validate is an error naming it, never silently replaced. */
export function archiveFiles(root: string): Archive {
  const at = (path: string) => join(root, path);
  return {
    async readSidecar(target) {
      const text = await readFile(at(target.sidecar), 'utf8').catch((error: unknown) => {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
        throw error;
      });
      if (text === null) return null;
      const parsed = sourceSidecarSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`${at(target.sidecar)}: not a sidecar npm run fetch can read (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return parsed.data;
    },
    async writeSidecar(target, sidecar) {
      const path = at(target.sidecar);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(`${path}.part`, `${JSON.stringify(sourceSidecarSchema.parse(sidecar), null, 2)}\n`);
      await rename(`${path}.part`, path);
    },
    async exists(path) {
      return (await stat(at(path)).catch(() => null))?.isFile() ?? false;
    },
    async ends(path) {
      const file = await open(at(path), 'r');
      try {
        const { size } = await file.stat();
        const window = Math.min(size, END_WINDOW);
        const head = new Uint8Array(window);
        const tail = new Uint8Array(window);
        await file.read(head, 0, window, 0);
        await file.read(tail, 0, window, size - window);
        return { size, head, tail };
      } finally {
        await file.close();
      }
    },
    digest: (path) => digest(at(path)),
    async move(from, to) {
      await mkdir(dirname(at(to)), { recursive: true });
      await rename(at(from), at(to));
    },
    async remove(path) {
      await rm(at(path), { force: true });
    },
  };
}

/** Size, SHA-256 and modification time of a file, read as a stream (a register PDF can run to megabytes). */
async function digest(path: string): Promise<Digest> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const { size, mtime } = await stat(path);
  return { bytes: size, sha256: hash.digest('hex'), modifiedAt: mtime.toISOString() };
}
