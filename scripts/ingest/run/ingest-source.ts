/**
 * One source through the whole per-document ingest: read, decode, parse, make its files, compare each with the file
 * of the same path under the content root and write it into the staging folder. Runs in a worker or in the CLI.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestError, IngestRecord, OkRecord } from '../../../src/schemas/record.ts';
import { isSafeContentPath } from './collection-paths.ts';
import type { CorpusPart } from '../entries/corpus-files.ts';
import { decodeSource, type DecodeResult } from '../read/decode.ts';
import { documentFiles } from '../entries/document-files.ts';
import { firstDay, type MeetingKey } from '../entries/meeting-ids.ts';
import { parseDocument } from '../parse/parse.ts';

/** Sources read through the PDF extractor instead of as text. */
const PDF_EXTENSION = /\.pdf$/i;

/** A source to ingest: the path records show, the path to read, and whether it really lies inside the sources folder. */
export interface SourceFile {
  source: string;
  path: string;
  inside: boolean;
}

/**
 * A source to ingest, by its position among the sources. `meeting` is the id of its meeting when known; without it an
 * outcome takes its first day, the id it has unless another meeting starts that day.
 */
export interface SourceTask extends SourceFile {
  index: number;
  meeting?: string | null;
}

/** Where the files go: the content root they are compared with, and the folder they are written into (none: --check). */
export interface Target {
  out: string;
  staging: string | null;
}

/** What became of one source; `fatal` stops the whole ingest (an entry that does not validate, a failed write). */
export type SourceReport =
  | { index: number; status: 'error'; error: IngestError }
  | { index: number; status: 'fatal'; message: string }
  | {
      index: number;
      status: 'ok';
      key: MeetingKey;
      /** The paths of its files, and those among them whose content differs from the content root's (or are absent). */
      paths: string[];
      differing: string[];
      corpus: CorpusPart;
    };

/** Ingests one source; never throws: a parse failure is an `error` report naming the line, anything else `fatal`. */
export async function ingestSource(task: SourceTask, target: Target): Promise<SourceReport> {
  const { index } = task;
  const record = await sourceRecord(task);
  if (record.status === 'error') return { index, status: 'error', error: record.error };
  try {
    return { index, status: 'ok', key: meetingKey(record), ...writeFiles(record, task.meeting === undefined ? guessedMeeting(record) : task.meeting, target) };
  } catch (error) {
    return { index, status: 'fatal', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The record of one source (an error record when it cannot be read or parsed). */
export async function sourceRecord(file: SourceFile): Promise<IngestRecord> {
  const text = await readChecked(file);
  return text.ok
    ? parseDocument(text.text, file.source)
    : { source: file.source, status: 'error', error: { file: file.source, line: text.line, message: text.message } };
}

function writeFiles(record: OkRecord, meeting: string | null, { out, staging }: Target): { paths: string[]; differing: string[]; corpus: CorpusPart } {
  const { files, ...corpus } = documentFiles(record, meeting);
  const differing: string[] = [];
  for (const [path, content] of files) {
    if (!isSafeContentPath(path)) throw new Error(`refusing to write outside the collection folders: ${path}`);
    if (!sameOnDisk(join(out, path), content)) differing.push(path);
    if (staging !== null) writeFileSync(join(staging, path), content);
  }
  return { paths: files.map(([path]) => path), differing, corpus };
}

/**
 * Whether the file holds exactly `content` (read as UTF-8); false when it is absent, of another size or cannot be
 * read. Absence is asked without an exception: on a first run every file is absent, and a thrown error costs more
 * than the comparison.
 */
export function sameOnDisk(path: string, content: string): boolean {
  try {
    const size = statSync(path, { throwIfNoEntry: false })?.size;
    return size === Buffer.byteLength(content) && readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

function meetingKey(record: OkRecord): MeetingKey {
  return {
    date: record.date,
    number: record.number,
    source: record.source,
    meeting: record.meeting === null ? null : { dates: record.meeting.dates.slice(0, 1) },
  };
}

function guessedMeeting(record: OkRecord): string | null {
  return record.meeting === null ? null : firstDay(record);
}

/** Reads one source unless it must not be read; any failure becomes a message, never an exception. */
async function readChecked({ path, inside }: SourceFile): Promise<DecodeResult> {
  if (!inside) return { ok: false, line: 0, message: 'symbolic link to a file outside the sources folder, not read' };
  try {
    if (!statSync(path).isFile()) return { ok: false, line: 0, message: 'not a regular file' };
    return await readSource(path);
  } catch (error) {
    return { ok: false, line: 0, message: `cannot be read (${error instanceof Error && 'code' in error ? String(error.code) : String(error)})` };
  }
}

/**
 * Bytes of one source → its text, or why it cannot be read as one; a PDF goes through the PDF extractor, loaded on the
 * first PDF only (pdfjs takes over a second of CPU to load, more than parsing a thousand text sources). Files are read
 * synchronously: each worker reads one source at a time, and the promise API's thread-pool round trips cost more CPU.
 */
async function readSource(path: string): Promise<DecodeResult> {
  const bytes = readFileSync(path);
  if (!PDF_EXTENSION.test(path)) return decodeSource(bytes);
  const { pdfToText } = await import('../read/pdf.ts');
  return pdfToText(bytes);
}
