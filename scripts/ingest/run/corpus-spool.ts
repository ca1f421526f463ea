import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MentionPiece } from '../entries/mention-members.ts';
import { compare } from '../../../src/shared/order.ts';
import type { EncodedText } from './packed-writer.ts';

/** Bytes of pieces a group holds in memory before they are appended to its file. */
const FLUSH_AT = 64 * 1024;

/** Bytes of pieces all groups together hold in memory: past it, the largest groups are appended to their files. */
const WAITING_MAX = 16 * 2 ** 20;

/** Where a spool writes when it is given a place: a file in a folder that someone else removes (a worker's, in the ingest's spool folder). */
export interface SpoolFile {
  folder: string;
  file: string;
}

/**
 * The mention pieces of a large corpus (entries/mention-members.ts: each record written as it stands in its packed
 * file), kept on disk instead of in memory until every document is known: one file (in a temporary folder of its own,
 * or where it is told: each worker thread of the ingest spools the pieces of its documents in a file of its own, so
 * that the pieces are never sent to the CLI's thread), a group's pieces appended to it in chunks whose places it
 * remembers (one file per (kind, id, year) group cost a file's creation each, a thousand and more), each piece tagged
 * with its source's index and making (0 first, 1 when made again), so that pieces of sources later rejected or made
 * again can be passed over. Each document's pieces are appended together. A piece is spooled as a line `index making
 * date-bytes document-bytes text-bytes text-length`, then the date, document and text one after the other in UTF-8,
 * cut by those byte counts: no quoting, no parsing. The text's length in UTF-16 code units is there so that its bytes
 * can be written to the packed files as they are, never decoded (`spooledPieces`).
 */
export class MentionSpool {
  /** The folder this spool made and removes on `close`; null when it was given one. */
  readonly #folder: string | null;
  readonly #path: string;
  readonly #file: number;
  /** Where each group's chunks lie: file, byte offset and length, in the order they were appended (other spools' after `adopt`). */
  readonly #chunks = new Map<string, SpoolChunk[]>();
  #end = 0;
  readonly #waiting = new Map<string, { lines: string[]; bytes: number }>();
  /** Each group's kind, id and year, by the group's name (the same for all its pieces). */
  readonly #groups = new Map<string, Pick<MentionPiece, 'group' | 'kind' | 'id' | 'year'>>();
  #waitingBytes = 0;

  /** A spool in a temporary folder of its own, or in the file `at` names. */
  constructor(at?: SpoolFile) {
    this.#folder = at === undefined ? mkdtempSync(join(tmpdir(), 'cosi-ingest-mentions-')) : null;
    this.#path = at === undefined ? join(this.#folder ?? '', 'pieces.spool') : join(at.folder, at.file);
    this.#file = openSync(this.#path, 'w+');
  }

  /** Adds one document's pieces. */
  add(index: number, making: number, pieces: readonly MentionPiece[]): void {
    for (const { group, kind, id, year, date, document, text } of pieces) {
      if (!this.#groups.has(group)) this.#groups.set(group, { group, kind, id, year });
      const line = `${index} ${making} ${Buffer.byteLength(date)} ${Buffer.byteLength(document)} ${Buffer.byteLength(text)} ${text.length}\n${date}${document}${text}`;
      const waiting = this.#waiting.get(group) ?? { lines: [], bytes: 0 };
      waiting.lines.push(line);
      waiting.bytes += line.length;
      this.#waitingBytes += line.length;
      this.#waiting.set(group, waiting);
      if (waiting.bytes >= FLUSH_AT) this.#flush(group);
    }
    if (this.#waitingBytes > WAITING_MAX) this.#flushLargest();
  }

  /** Takes in the pieces another spool handed over (a worker's): given back with this spool's own, each group's in the order of their sources. */
  adopt(index: SpoolIndex): void {
    for (const head of index.groups) if (!this.#groups.has(head.group)) this.#groups.set(head.group, head);
    for (const [group, chunks] of index.chunks) this.#chunks.set(group, [...(this.#chunks.get(group) ?? []), ...chunks]);
  }

  /** Each group's current pieces (those `current` accepts), in the order of their sources, one group at a time (groups by name). */
  groups(current: (index: number, making: number) => boolean): Generator<MentionPiece[]> {
    return spooledGroups(this.handOver(), current);
  }

  /**
   * Where every piece lies, once all that waits in memory is appended: what `spooledGroups` reads the groups from, in
   * this thread or another (the spool's file stays until `close`, or until its folder is removed).
   */
  handOver(): SpoolIndex {
    for (const group of [...this.#waiting.keys()]) this.#flush(group);
    return { groups: [...this.#groups.values()], chunks: new Map(this.#chunks) };
  }

  /** Closes the spool's file and removes its folder when it made one. */
  close(): void {
    closeSync(this.#file);
    if (this.#folder !== null) rmSync(this.#folder, { recursive: true, force: true });
  }

  #flush(group: string): void {
    const waiting = this.#waiting.get(group);
    if (waiting === undefined || waiting.lines.length === 0) return;
    const data = Buffer.from(waiting.lines.join(''));
    for (let written = 0; written < data.length;) written += writeSync(this.#file, data, written, data.length - written, this.#end + written);
    const bytes = data.length;
    const chunks = this.#chunks.get(group) ?? [];
    chunks.push({ file: this.#path, at: this.#end, bytes });
    this.#chunks.set(group, chunks);
    this.#end += bytes;
    this.#waitingBytes -= waiting.bytes;
    this.#waiting.delete(group);
  }

  /** Appends the groups holding most until half of WAITING_MAX is left in memory (many groups never reach FLUSH_AT). */
  #flushLargest(): void {
    const largest = [...this.#waiting].sort(([, a], [, b]) => b.bytes - a.bytes).map(([group]) => group);
    for (const group of largest) {
      if (this.#waitingBytes <= WAITING_MAX / 2) return;
      this.#flush(group);
    }
  }
}

/** Where a run of a group's spooled pieces lies: its file, byte offset and length. */
export interface SpoolChunk {
  file: string;
  at: number;
  bytes: number;
}

/** A spool's pieces as `MentionSpool.handOver` leaves them: each group's kind, id and year, and where its chunks lie. */
export interface SpoolIndex {
  groups: Pick<MentionPiece, 'group' | 'kind' | 'id' | 'year'>[];
  chunks: Map<string, SpoolChunk[]>;
}

/** A spooled piece with its text as the UTF-8 bytes it was spooled in (and its length in UTF-16 code units). */
export type SpooledPiece = Omit<MentionPiece, 'text'> & { readonly text: EncodedText };

/**
 * Each group's current pieces (those `current` accepts), in the order of their sources (first makings by index, then
 * the makings again by index: the order the ingest takes them in), each source's in the order added, one group at a
 * time (groups by name), read from the spools' files by their index (`MentionSpool.handOver`).
 */
export function* spooledGroups(index: SpoolIndex, current: (index: number, making: number) => boolean): Generator<MentionPiece[]> {
  for (const pieces of spooledPieces(index, current)) yield pieces.map(({ text, ...piece }) => ({ ...piece, text: text.bytes.toString('utf8') }));
}

/**
 * `spooledGroups` with each piece's text left as the bytes it lies in in the file: what the mention entries' packed
 * files are written from, so that the megabytes of mention texts are neither decoded nor encoded again.
 */
export function* spooledPieces(index: SpoolIndex, current: (index: number, making: number) => boolean): Generator<SpooledPiece[]> {
  const files = new Map<string, number>();
  const fileOf = (path: string): number => {
    let file = files.get(path);
    if (file === undefined) {
      file = openSync(path, 'r');
      files.set(path, file);
    }
    return file;
  };
  try {
    for (const head of [...index.groups].sort((a, b) => compare(a.group, b.group))) {
      const { group } = head;
      const pieces: { order: number; piece: SpooledPiece }[] = [];
      let sorted = true;
      for (const chunk of index.chunks.get(group) ?? []) {
        const spooled = readChunk(fileOf(chunk.file), group, chunk);
        for (let at = 0; at < spooled.length;) {
          const end = spooled.indexOf(LINE_END, at);
          const [source, making, dateBytes, documentBytes, textBytes, textLength] = spooled
            .toString('latin1', at, end < 0 ? at : end)
            .split(' ')
            .map(Number);
          if (
            end < 0 ||
            source === undefined ||
            making === undefined ||
            dateBytes === undefined ||
            documentBytes === undefined ||
            textBytes === undefined ||
            textLength === undefined
          )
            throw new Error(`mention spool ${group}: a piece cut short`);
          const date = end + 1;
          const document = date + dateBytes;
          const text = document + documentBytes;
          at = text + textBytes;
          if (at > spooled.length) throw new Error(`mention spool ${group}: a piece cut short`);
          if (!current(source, making)) continue;
          // Makings again after all first makings, each by its source's index: MAX_SOURCES apart.
          const order = making * MAX_SOURCES + source;
          if (pieces.length > 0 && order < (pieces[pieces.length - 1]?.order ?? 0)) sorted = false;
          pieces.push({
            order,
            piece: {
              ...head,
              date: spooled.toString('utf8', date, document),
              document: spooled.toString('utf8', document, text),
              text: { bytes: spooled.subarray(text, at), chars: textLength },
            },
          });
        }
      }
      // Pieces of several spools (the workers') come spool by spool: put back in the order of their sources (a stable sort).
      if (!sorted) pieces.sort((a, b) => a.order - b.order);
      if (pieces.length > 0) yield pieces.map(({ piece }) => piece);
    }
  } finally {
    for (const file of files.values()) closeSync(file);
  }
}

/** More sources than an ingest reads (a source's index is below it), to order first makings before makings again. */
const MAX_SOURCES = 2 ** 32;

/** The byte that ends a piece's line of lengths. */
const LINE_END = 0x0a;

/** One of a group's chunks read back. */
function readChunk(file: number, group: string, { at, bytes }: SpoolChunk): Buffer {
  const buffer = Buffer.allocUnsafe(bytes);
  for (let read = 0; read < bytes;) {
    const got = readSync(file, buffer, read, bytes - read, at + read);
    if (got === 0) throw new Error(`mention spool ${group}: the file ends before its chunk`);
    read += got;
  }
  return buffer;
}
