import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mentionGroup, type MentionRecord } from '../entries/mentions.ts';
import { compare } from '../../../src/shared/order.ts';

/** Bytes of records a group holds in memory before they are appended to its file. */
const FLUSH_AT = 64 * 1024;

/** Bytes of records all groups together hold in memory: past it, the largest groups are appended to their files. */
const WAITING_MAX = 16 * 2 ** 20;

/** A mention record as spooled: the source it came from, which making of that source, the record. */
type SpooledLine = [index: number, making: number, record: MentionRecord];

/**
 * The mention records of a large corpus, kept on disk instead of in memory until every document is known: one file
 * per (kind, id, year) group in a temporary folder, each line a record tagged with its source's index and making (0
 * first, 1 when made again), so that records of sources later rejected or made again can be passed over.
 * Each document's records are appended together, in document order.
 */
export class MentionSpool {
  readonly #folder = mkdtempSync(join(tmpdir(), 'cosi-ingest-mentions-'));
  readonly #waiting = new Map<string, { lines: string[]; bytes: number }>();
  #waitingBytes = 0;

  /** Adds one document's records. */
  add(index: number, making: number, records: readonly MentionRecord[]): void {
    for (const record of records) {
      const group = mentionGroup(record);
      const line = `${JSON.stringify([index, making, record] satisfies SpooledLine)}\n`;
      const waiting = this.#waiting.get(group) ?? { lines: [], bytes: 0 };
      waiting.lines.push(line);
      waiting.bytes += line.length;
      this.#waitingBytes += line.length;
      this.#waiting.set(group, waiting);
      if (waiting.bytes >= FLUSH_AT) this.#flush(group);
    }
    if (this.#waitingBytes > WAITING_MAX) this.#flushLargest();
  }

  /** Each group's current records (those `current` accepts), in the order they were added, one group at a time. */
  *groups(current: (index: number, making: number) => boolean): Generator<MentionRecord[]> {
    for (const group of [...this.#waiting.keys()]) this.#flush(group);
    for (const name of readdirSync(this.#folder).sort(compare)) {
      const lines = readFileSync(join(this.#folder, name), 'utf8').split('\n');
      const records: MentionRecord[] = [];
      for (const line of lines) {
        if (line === '') continue;
        const [index, making, record] = JSON.parse(line) as SpooledLine;
        if (current(index, making)) records.push(record);
      }
      if (records.length > 0) yield records;
    }
  }

  /** Removes the spool's folder. */
  close(): void {
    rmSync(this.#folder, { recursive: true, force: true });
  }

  #flush(group: string): void {
    const waiting = this.#waiting.get(group);
    if (waiting === undefined || waiting.lines.length === 0) return;
    appendFileSync(join(this.#folder, `${group}.jsonl`), waiting.lines.join(''));
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
