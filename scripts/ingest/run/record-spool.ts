import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ReadRecord } from './ingest-source.ts';

/** Where a source's record lies in a record spool: the file (its path) and the bytes' place there. */
export interface RecordPlace {
  file: string;
  at: number;
  bytes: number;
}

/**
 * A file of records, each as V8 serializes it (a deep copy of plain data: the same record read back), appended by one
 * thread only (a worker): the records of the documents that may be made again once every source is known
 * (corpus-collector.ts), so that making one again reads its record back instead of reading and parsing its source a
 * second time. The file is kept open until `close` (opened on the first record); the caller removes the spool folder.
 */
export class RecordSpool {
  readonly #path: string;
  #file: number | null = null;
  #size = 0;

  /** A spool file named `file` in `folder`, written by this object alone. */
  constructor(folder: string, file: string) {
    this.#path = join(folder, file);
  }

  /** Appends one source's record and says where it lies. */
  add(read: ReadRecord): RecordPlace {
    const data = serialize(read);
    this.#file ??= openSync(this.#path, this.#size === 0 ? 'w' : 'r+');
    for (let written = 0; written < data.length;) written += writeSync(this.#file, data, written, data.length - written, this.#size + written);
    const place = { file: this.#path, at: this.#size, bytes: data.length };
    this.#size += data.length;
    return place;
  }

  /** Closes the file (its records stay readable by `spooledRecord`); another record opens it again and goes after them. */
  close(): void {
    if (this.#file !== null) closeSync(this.#file);
    this.#file = null;
  }
}

/** The record at `place`, read back from its spool (by any thread). */
export function spooledRecord({ file, at, bytes }: RecordPlace): ReadRecord {
  const data = Buffer.allocUnsafe(bytes);
  const handle = openSync(file, 'r');
  try {
    for (let read = 0; read < bytes;) {
      const got = readSync(handle, data, read, bytes - read, at + read);
      if (got === 0) throw new Error(`record spool ${file}: the file ends before its record`);
      read += got;
    }
  } finally {
    closeSync(handle);
  }
  return deserialize(data) as ReadRecord;
}
