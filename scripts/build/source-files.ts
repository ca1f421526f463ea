/**
 * The originals of the sources, served at `/sources/<path inside the sources folder>` byte for byte: copied into the
 * built site once its pages are written (`astro:build:done`), and served by the dev server from where the ingest read
 * them. Astro would make each one a page of an endpoint route at about a millisecond a file (2,000 files: 2.2 s of a
 * 2,000-document build); a copy costs what the file system does. The list is the ingest's sources collection
 * (`<content>/source-files/sources.json`), the same one the /sources/ page lists, so the site keeps one direction:
 * the ingest says which files are served, the build only copies them.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Copies each original to its path under `<dist>/sources/`. */
export async function copySources(copies: readonly SourceCopy[], dist: string): Promise<void> {
  for (const { file, path } of copies) {
    const target = join(dist, 'sources', path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(resolve(file), target);
  }
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
  return {
    name: 'cosi-source-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        sourcesJson = resolve(fileURLToPath(config.root), contentRoot, 'source-files', 'sources.json');
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
        const copies = await readCopies(sourcesJson);
        await copySources(copies, fileURLToPath(dir));
        logger.info(`${copies.length} source files copied to ${URL_FOLDER}`);
      },
    },
  };
}
