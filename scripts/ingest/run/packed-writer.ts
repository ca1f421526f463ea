import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PACKED_COLLECTIONS, PACKED_FILE_MAX_CHARS } from '../../../src/shared/packed-entries.ts';
import { PACKED_CLOSE, PACKED_OPEN, PACKED_SEPARATOR, packedParts } from '../entries/packed-files.ts';
import type { SpooledMember } from './packed-spool.ts';
import type { Target } from './ingest-source.ts';

/** Bytes gathered before each write (and read back from the content root to compare): members are a few KB each. */
const CHUNK = 1024 * 1024;

/**
 * Writes the packed files of `members` (spooled in `spool`, the folder of their files) into the staging folder (none:
 * --check) one chunk at a time, laid out by packedParts as packedFiles lays them out (parts of at most `maxChars`), so
 * the same members give the same bytes; compares each with the file of the same path under the content root as it goes. Holds one
 * chunk and the members' places, never a whole file. Each file's path, and whether the disk already holds it.
 */
export function writePackedFiles(
  members: readonly SpooledMember[],
  spool: string,
  target: Target,
  maxChars: number = PACKED_FILE_MAX_CHARS,
): { path: string; same: boolean }[] {
  const spoolFiles = new Map<string, number>();
  const spoolFile = (name: string) => {
    const known = spoolFiles.get(name);
    if (known !== undefined) return known;
    const fd = openSync(join(spool, name), 'r');
    spoolFiles.set(name, fd);
    return fd;
  };
  try {
    return PACKED_COLLECTIONS.flatMap((collection) =>
      packedParts(
        collection,
        members.filter((member) => member.collection === collection),
        maxChars,
      ).map(({ path, members: part }) => ({ path, same: writePart(path, part, spoolFile, target) })),
    );
  } finally {
    for (const fd of spoolFiles.values()) closeSync(fd);
  }
}

/** Writes one packed file from its members (in order) and says whether the content root already holds its bytes. */
function writePart(path: string, members: readonly SpooledMember[], spoolFile: (name: string) => number, { out, staging }: Target): boolean {
  const size = PACKED_OPEN.length + PACKED_CLOSE.length + PACKED_SEPARATOR.length * (members.length - 1) + members.reduce((sum, { bytes }) => sum + bytes, 0);
  const old = openSameSize(join(out, path), size);
  if (staging === null && old === null) return false;
  const written = staging === null ? null : openSync(join(staging, path), 'w');
  let same = old !== null;
  let position = 0;
  const chunk = Buffer.allocUnsafe(CHUNK);
  const other = old === null ? null : Buffer.allocUnsafe(CHUNK);
  let used = 0;
  /** Writes `bytes` and compares them with the old file's at the same place. */
  const emit = (bytes: Buffer) => {
    if (written !== null) writeAll(written, bytes);
    if (same && old !== null) {
      const against = bytes.length <= CHUNK && other !== null ? other.subarray(0, bytes.length) : Buffer.allocUnsafe(bytes.length);
      same = readAll(old, against, position) && against.equals(bytes);
    }
    position += bytes.length;
  };
  const flush = () => {
    if (used > 0) emit(chunk.subarray(0, used));
    used = 0;
  };
  const put = (text: string) => {
    if (used + text.length > CHUNK) flush();
    used += chunk.write(text, used, 'latin1');
  };
  try {
    put(PACKED_OPEN);
    members.forEach((member, index) => {
      if (index > 0) put(PACKED_SEPARATOR);
      if (used + member.bytes > CHUNK) flush();
      if (member.bytes > CHUNK) {
        const large = Buffer.allocUnsafe(member.bytes);
        if (!readAll(spoolFile(member.file), large, member.offset)) throw cutShort(path, member);
        emit(large);
        return;
      }
      if (!readAll(spoolFile(member.file), chunk.subarray(used, used + member.bytes), member.offset)) throw cutShort(path, member);
      used += member.bytes;
    });
    put(PACKED_CLOSE);
    flush();
  } finally {
    if (written !== null) closeSync(written);
    if (old !== null) closeSync(old);
  }
  return same;
}

function cutShort(path: string, { id, file }: SpooledMember): Error {
  return new Error(`${path}: the entry ${id} ends early in its spool file ${file}`);
}

/** The file at `path` open for reading when it has `size` bytes; null when it is absent or of another size. */
function openSameSize(path: string, size: number): number | null {
  try {
    return statSync(path, { throwIfNoEntry: false })?.size === size ? openSync(path, 'r') : null;
  } catch {
    return null;
  }
}

/** Fills `into` from `fd` at `position`; false when the file ends first. */
function readAll(fd: number, into: Buffer, position: number): boolean {
  let done = 0;
  while (done < into.length) {
    const read = readSync(fd, into, done, into.length - done, position + done);
    if (read === 0) return false;
    done += read;
  }
  return true;
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}
