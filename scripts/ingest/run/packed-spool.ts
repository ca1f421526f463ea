import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackedCollection } from '../../../src/shared/packed-entries.ts';
import type { PackedMember } from '../entries/packed-files.ts';

/**
 * Where one member of a packed collection waits until the packed files are written: its collection and id, the spool
 * file (by name, in the spool folder) and its bytes' place there, and its length in UTF-16 code units (the parts are
 * cut by it, as src/shared/packed-entries.ts says).
 */
export interface SpooledMember {
  collection: PackedCollection;
  id: string;
  file: string;
  offset: number;
  bytes: number;
  chars: number;
}

/**
 * A file of members of packed collections, as UTF-8 text one after the other, written by one thread only (a worker,
 * or the CLI's thread): the members of each document are appended as they are made, so that no thread holds them
 * until the end and none is sent between threads; what is sent is where each one lies (`SpooledMember`). The
 * packed files are written from these files by packed-writer.ts. The caller removes the spool folder.
 */
export class PackedSpool {
  readonly #folder: string;
  readonly #file: string;
  #size = 0;

  /** A spool file named `file` in `folder`, written by this object alone. */
  constructor(folder: string, file: string) {
    this.#folder = folder;
    this.#file = file;
  }

  /** Appends `members` (one write) and says where each lies. */
  append(members: readonly PackedMember[]): SpooledMember[] {
    if (members.length === 0) return [];
    const spooled = members.map(({ collection, id, text }) => {
      const bytes = Buffer.byteLength(text);
      const member = { collection, id, file: this.#file, offset: this.#size, bytes, chars: text.length };
      this.#size += bytes;
      return member;
    });
    appendFileSync(join(this.#folder, this.#file), members.map(({ text }) => text).join(''));
    return spooled;
  }
}
