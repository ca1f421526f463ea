import { writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { COLLECTIONS } from './collection-paths.ts';

/** The file-system calls the writer makes; tests pass a copy with one call made to fail. */
export type FileSystem = Pick<typeof fsPromises, 'mkdir' | 'mkdtemp' | 'readdir' | 'rename' | 'rm' | 'stat'> & {
  writeFile(path: string, content: string): Promise<unknown>;
};

/**
 * The real file system. Each file is written synchronously: for tens of thousands of small files the promise API costs
 * several times the CPU (a thread-pool round trip for open, write and close of each), and the writer waits for them anyway.
 */
const LOCAL_FILE_SYSTEM: FileSystem = {
  ...fsPromises,
  writeFile: async (path, content) => writeFileSync(path, content),
};

/** Prefix of the staging folder a run writes into before swapping the collections in. */
export const STAGING_PREFIX = '.ingest-staging-';

/** Files written at once: enough to keep the disk busy, few enough to stay clear of open-file limits. */
const WRITE_BATCH = 64;

/**
 * Writes the collection files (paths relative to `out`) into a staging folder inside `out`, then swaps each
 * collection folder in by rename and drops the old one. A failure before the swap leaves `out` as it was; a failure
 * during it puts back the folders already swapped. Nothing is written outside `out`, and only the collection folders
 * inside it are replaced (content/sources/ is never touched).
 */
export async function writeCollectionsAtomically(out: string, files: ReadonlyMap<string, string>, fs: FileSystem = LOCAL_FILE_SYSTEM): Promise<void> {
  const staging = await openStaging(out, fs);
  try {
    const entries = [...files].map(([path, content]) => {
      const target = resolve(stagedCollections(staging), path);
      if (!target.startsWith(resolve(stagedCollections(staging)) + sep)) throw new Error(`refusing to write outside ${out}: ${path}`);
      return [target, content] as const;
    });
    for (let start = 0; start < entries.length; start += WRITE_BATCH) {
      await Promise.all(entries.slice(start, start + WRITE_BATCH).map(([target, content]) => fs.writeFile(target, content)));
    }
    await swapStaging(out, staging, fs);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/**
 * A new staging folder inside `out` (earlier runs' leftovers removed) with an empty folder per collection under
 * `stagedCollections(staging)`, for files to be written into one by one before `swapStaging`. The caller removes it.
 */
export async function openStaging(out: string, fs: FileSystem = LOCAL_FILE_SYSTEM): Promise<string> {
  await fs.mkdir(out, { recursive: true });
  for (const name of await fs.readdir(out)) {
    if (name.startsWith(STAGING_PREFIX)) await fs.rm(join(out, name), { recursive: true, force: true });
  }
  const staging = await fs.mkdtemp(join(out, STAGING_PREFIX));
  try {
    for (const collection of COLLECTIONS) await fs.mkdir(join(stagedCollections(staging), collection), { recursive: true });
    await fs.mkdir(join(staging, 'old'));
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
  return staging;
}

/** The folder of a staging folder that holds the new collections, laid out as under the content root. */
export function stagedCollections(staging: string): string {
  return join(staging, 'new');
}

/**
 * Swaps each staged collection folder in by rename, moving the live one into the staging folder (removed with it);
 * a failure puts back the folders already swapped.
 */
export async function swapStaging(out: string, staging: string, fs: FileSystem = LOCAL_FILE_SYSTEM): Promise<void> {
  const exists = (path: string) =>
    fs.stat(path).then(
      () => true,
      () => false,
    );
  const swapped: { collection: string; hadOld: boolean }[] = [];
  try {
    for (const collection of COLLECTIONS) {
      const live = join(out, collection);
      const hadOld = await exists(live);
      if (hadOld) await fs.rename(live, join(staging, 'old', collection));
      swapped.push({ collection, hadOld });
      await fs.rename(join(stagedCollections(staging), collection), live);
    }
  } catch (error) {
    for (const { collection, hadOld } of swapped.reverse()) {
      const live = join(out, collection);
      const old = join(staging, 'old', collection);
      if (hadOld && !(await exists(old))) continue;
      await fs.rm(live, { recursive: true, force: true });
      if (hadOld) await fs.rename(old, live);
    }
    throw error;
  }
}
