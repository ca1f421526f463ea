/**
 * The originals of the sources, served at `/sources/<path inside the sources folder>` byte for byte: copied into the
 * built site while its pages are bundled and written (from `astro:build:setup`, once Astro has emptied the output
 * folder; `astro:build:done` waits for the copies), and served by the dev server from where the ingest read them.
 * Astro would make each one a page of an endpoint route at about a millisecond a file (2,000 files: 2.2 s of a
 * 2,000-document build); a copy costs what the file system does. The list is the ingest's sources collection
 * (`<content>/source-files/sources.json`), the same one the /sources/ page lists, so the site keeps one direction:
 * the ingest says which files are served, the build only copies them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { sourceEntrySchema } from '../../src/schemas/source-entry.ts';
import { sourceRelativePath } from '../../src/shared/source-url.ts';

/** The URL folder the originals are served under, as `src/shared/source-url.ts` makes their links. */
const URL_FOLDER = '/sources/';

/** One original to serve: where the ingest read it (relative to the working folder, or absolute) and its path under /sources/. */
export interface SourceCopy {
  readonly file: string;
  readonly path: string;
}

const sourcesFileSchema = z.record(z.string(), sourceEntrySchema);

/** The originals the ingest's sources collection serves (its `file` is null for one it does not), in the file's order. */
export function sourceCopies(sourcesJson: string): SourceCopy[] {
  const entries = sourcesFileSchema.parse(JSON.parse(sourcesJson));
  return Object.values(entries).flatMap(({ source, file }) => (file === null ? [] : [{ file, path: sourceRelativePath(source) }]));
}

/** The sources collection's file under a content root (relative to the project root, or absolute); none yet: no copies. */
async function readCopies(sourcesJson: string): Promise<SourceCopy[]> {
  const text = await readFile(sourcesJson, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  return text === null ? [] : sourceCopies(text);
}

/** `readCopies`, read at once: the build reads the list before it writes a page. */
function readCopiesNow(sourcesJson: string): SourceCopy[] {
  if (!existsSync(sourcesJson)) return [];
  return sourceCopies(readFileSync(sourcesJson, 'utf8'));
}

/**
 * The copying thread's code: each `[from, to]` pair of its data copied in order, with the folders it needs, by
 * synchronous calls. A thread of its own, because the main thread of `astro build` ran none of the callbacks of file
 * operations started beside its pages until it had rendered the last one: copies started there one after another were
 * still waiting for their first when the pages were done, and were all made after them as before.
 */
const COPY_THREAD = `
const { copyFileSync, mkdirSync } = require('node:fs');
const { dirname } = require('node:path');
const { workerData } = require('node:worker_threads');
for (const [from, to] of workerData) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
`;

/** Copies each original to its path under `<dist>/sources/`, in a thread of its own; settles when every copy is made. */
export function copySources(copies: readonly SourceCopy[], dist: string): Promise<void> {
  const pairs = copies.map(({ file, path }) => [resolve(file), join(dist, 'sources', path)]);
  return new Promise((done, fail) => {
    const thread = new Worker(COPY_THREAD, { eval: true, workerData: pairs });
    thread.on('error', fail);
    thread.on('exit', (code) => (code === 0 ? done() : fail(new Error(`copying the sources' originals stopped with exit code ${code}`))));
  });
}

/** The original a dev server's request asks for (`/sources/2025/a%20b.txt`), or undefined. */
export function requestedCopy(copies: readonly SourceCopy[], url: string): SourceCopy | undefined {
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  if (!pathname.startsWith(URL_FOLDER)) return undefined;
  let path: string;
  try {
    path = pathname.slice(URL_FOLDER.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
  return copies.find((copy) => copy.path === path);
}

/**
 * The integration: `contentRoot` is where the ingest wrote the collections (COSI_CONTENT, or `./content`), relative to
 * the project root as the content config's loaders read it.
 */
export function sourceFiles(contentRoot: string): AstroIntegration {
  let sourcesJson = '';
  let outDir = '';
  /**
   * The copies under way since the build set up, and the folder they go to: made after the last page, the 10,000
   * originals of the benchmark were copied one by one while both cores had nothing else to do.
   */
  let early: { dist: string; copied: Promise<number> } | undefined;
  const copyAll = async (dist: string, copies: readonly SourceCopy[]): Promise<number> => {
    await copySources(copies, dist);
    return copies.length;
  };
  return {
    name: 'cosi-source-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        sourcesJson = resolve(fileURLToPath(config.root), contentRoot, 'source-files', 'sources.json');
        outDir = fileURLToPath(config.outDir);
      },
      // Called once Astro has emptied the output folder (core/build/static-build.js), before it bundles and writes the pages.
      'astro:build:setup': () => {
        if (early !== undefined) return;
        const copied = copyAll(outDir, readCopiesNow(sourcesJson));
        // Its failure is reported when the build ends and waits for it, not as an unhandled rejection now.
        copied.catch(() => undefined);
        early = { dist: outDir, copied };
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          void readCopies(sourcesJson)
            .then(async (copies) => {
              const copy = requestedCopy(copies, request.url ?? '');
              if (copy === undefined) return next();
              const bytes = await readFile(resolve(copy.file));
              response.setHeader('Content-Type', 'application/octet-stream');
              response.end(bytes);
            })
            .catch(() => next());
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const count = early !== undefined && resolve(early.dist) === resolve(dist) ? await early.copied : await copyAll(dist, await readCopies(sourcesJson));
        early = undefined;
        logger.info(`${count} source files copied to ${URL_FOLDER}`);
      },
    },
  };
}
