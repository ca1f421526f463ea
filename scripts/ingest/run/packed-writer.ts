import { closeSync, fstatSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PACKED_COLLECTIONS, PACKED_FILE_MAX_CHARS, packedFileName, type PackedCollection } from '../../../src/shared/packed-entries.ts';
import { compare } from '../../../src/shared/order.ts';
import { PACKED_CLOSE, PACKED_OPEN, PACKED_SEPARATOR, packedParts, type PackedMember } from '../entries/packed-files.ts';
import type { SpooledMember } from './packed-spool.ts';
import type { Target } from './ingest-source.ts';

/** Text already encoded as UTF-8, with its length in UTF-16 code units (what the packed files' parts are cut by). */
export interface EncodedText {
  readonly bytes: Buffer;
  readonly chars: number;
}

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
function writePart(path: string, members: readonly SpooledMember[], spoolFile: (name: string) => number, target: Target): boolean {
  const size = PACKED_OPEN.length + PACKED_CLOSE.length + PACKED_SEPARATOR.length * (members.length - 1) + members.reduce((sum, { bytes }) => sum + bytes, 0);
  const part = new PartFile(path, target, size);
  try {
    part.put(PACKED_OPEN);
    members.forEach((member, index) => {
      if (index > 0) part.put(PACKED_SEPARATOR);
      if (!part.copy(spoolFile(member.file), member.offset, member.bytes)) throw cutShort(path, member);
    });
    part.put(PACKED_CLOSE);
  } finally {
    part.close();
  }
  return part.same;
}

/**
 * The files of one packed collection written from its members given one at a time in id order (code units), laid out
 * as packedParts lays them out (a new part when one would pass `maxChars`), so the same members give the same bytes as
 * packedFiles; each compared with the content root's file of its path as it is written. For members made in this
 * thread in id order (the mention and reference entries): nothing spooled, nothing held but a chunk.
 */
export class PackedStream {
  readonly #collection: PackedCollection;
  readonly #target: Target;
  readonly #maxChars: number;
  readonly #written: { path: string; same: boolean }[] = [];
  #part: { path: string; file: PartFile } | null = null;
  #chars = 0;
  #last: string | null = null;

  constructor(collection: PackedCollection, target: Target, maxChars: number = PACKED_FILE_MAX_CHARS) {
    this.#collection = collection;
    this.#target = target;
    this.#maxChars = maxChars;
  }

  /** Writes the next member (its id after the last one's, its text as packedMembers makes it). */
  add({ id, text }: Pick<PackedMember, 'id' | 'text'>): void {
    this.addParts(id, [text]);
  }

  /** `add` with the member's text given as the pieces it is joined of (text, or text already encoded), each written as it comes. */
  addParts(id: string, parts: readonly (string | EncodedText)[]): void {
    if (this.#last !== null && compare(this.#last, id) >= 0)
      throw new Error(`${this.#collection}/${id}: ${this.#last === id ? 'two entries of one id' : `given after ${this.#last}`}`);
    this.#last = id;
    let length = 0;
    for (const part of parts) length += typeof part === 'string' ? part.length : part.chars;
    if (this.#part !== null && this.#chars + length > this.#maxChars) this.#closePart();
    if (this.#part === null) {
      const path = `${this.#collection}/${packedFileName(this.#collection, this.#written.length + 1)}`;
      this.#part = { path, file: new PartFile(path, this.#target, null) };
      this.#part.file.put(PACKED_OPEN);
    } else this.#part.file.put(PACKED_SEPARATOR);
    for (const part of parts)
      if (typeof part === 'string') this.#part.file.put(part);
      else this.#part.file.putBytes(part.bytes);
    this.#chars += length + PACKED_SEPARATOR.length;
  }

  /** Ends the last file; each file's path, and whether the content root already holds it. */
  close(): { path: string; same: boolean }[] {
    this.#closePart();
    return this.#written;
  }

  #closePart(): void {
    if (this.#part === null) return;
    const { path, file } = this.#part;
    this.#part = null;
    this.#chars = 0;
    file.put(PACKED_CLOSE);
    file.close();
    this.#written.push({ path, same: file.same });
  }
}

/**
 * One packed file as it is written into the staging folder (none: --check) a chunk at a time, compared with the
 * content root's file of the same path as it goes. `size`, when known, spares reading a file of another size.
 */
class PartFile {
  readonly #written: number | null;
  #old: number | null;
  #oldSize = 0;
  #same: boolean;
  #position = 0;
  readonly #chunk = Buffer.allocUnsafe(CHUNK);
  #other: Buffer | null = null;
  #used = 0;

  constructor(path: string, { out, staging }: Target, size: number | null) {
    this.#old = openOld(join(out, path), size);
    this.#same = this.#old !== null;
    if (this.#old !== null) this.#oldSize = fstatSync(this.#old).size;
    this.#written = staging === null ? null : openSync(join(staging, path), 'w');
  }

  /** Whether the content root holds the bytes written so far (after close: the whole file). */
  get same(): boolean {
    return this.#same;
  }

  /** Appends `text` (UTF-8). */
  put(text: string): void {
    if (this.#idle()) return;
    // UTF-8 takes at most three bytes a UTF-16 code unit.
    if (this.#used + text.length * 3 > CHUNK) this.#flush();
    if (text.length * 3 <= CHUNK) this.#used += this.#chunk.write(text, this.#used);
    else this.#emit(Buffer.from(text));
  }

  /** Appends `bytes` as they are. */
  putBytes(bytes: Buffer): void {
    if (this.#idle()) return;
    if (this.#used + bytes.length > CHUNK) this.#flush();
    if (bytes.length > CHUNK) this.#emit(bytes);
    else this.#used += bytes.copy(this.#chunk, this.#used);
  }

  /** Appends `bytes` bytes of the file `fd` from `offset`; false when the file ends first. */
  copy(fd: number, offset: number, bytes: number): boolean {
    if (this.#idle()) return true;
    if (this.#used + bytes > CHUNK) this.#flush();
    if (bytes > CHUNK) {
      const large = Buffer.allocUnsafe(bytes);
      if (!readAll(fd, large, offset)) return false;
      this.#emit(large);
      return true;
    }
    if (!readAll(fd, this.#chunk.subarray(this.#used, this.#used + bytes), offset)) return false;
    this.#used += bytes;
    return true;
  }

  /** Writes what waits and closes the files; `same` then says whether the content root holds exactly these bytes. */
  close(): void {
    this.#flush();
    if (this.#position !== this.#oldSize) this.#same = false;
    if (this.#written !== null) closeSync(this.#written);
    if (this.#old !== null) closeSync(this.#old);
    this.#old = null;
  }

  /** Nothing to write and nothing left to compare (--check, a file that differs already). */
  #idle(): boolean {
    return this.#written === null && !this.#same;
  }

  #flush(): void {
    if (this.#used > 0) this.#emit(this.#chunk.subarray(0, this.#used));
    this.#used = 0;
  }

  /** Writes `bytes` and compares them with the old file's at the same place. */
  #emit(bytes: Buffer): void {
    if (this.#written !== null) writeAll(this.#written, bytes);
    if (this.#same && this.#old !== null) {
      if (this.#position + bytes.length > this.#oldSize) this.#same = false;
      else {
        this.#other ??= Buffer.allocUnsafe(CHUNK);
        const against = bytes.length <= CHUNK ? this.#other.subarray(0, bytes.length) : Buffer.allocUnsafe(bytes.length);
        this.#same = readAll(this.#old, against, this.#position) && against.equals(bytes);
      }
    }
    this.#position += bytes.length;
  }
}

function cutShort(path: string, { id, file }: SpooledMember): Error {
  return new Error(`${path}: the entry ${id} ends early in its spool file ${file}`);
}

/** The file at `path` open for reading when it exists and (when `size` is given) has `size` bytes; null otherwise. */
function openOld(path: string, size: number | null): number | null {
  try {
    const found = statSync(path, { throwIfNoEntry: false })?.size;
    return found !== undefined && (size === null || found === size) ? openSync(path, 'r') : null;
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
