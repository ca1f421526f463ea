/**
 * One source through the whole per-document ingest: read, decode, parse, make its files, compare each with the file
 * of the same path under the content root and write it into the staging folder (its entries of packed collections go
 * to the thread's spool instead, to be packed with every document's; its report says where). Runs in a worker or in
 * the CLI.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestError, IngestRecord, IngestWarning, OkRecord } from '../../../src/schemas/record.ts';
import type { SourceEntry } from '../../../src/schemas/source-entry.ts';
import { isSafeContentPath } from './collection-paths.ts';
import type { CorpusPart } from '../entries/corpus-files.ts';
import { decodeSource, type DecodeResult } from '../read/decode.ts';
import { documentFiles, type GeneratedFile, type WritePlan } from '../entries/document-files.ts';
import type { PlanKey } from '../entries/meeting-ids.ts';
import { planKey } from '../entries/plan-key.ts';
import { packedCollectionOf, packedMembers, type PackedMember } from '../entries/packed-files.ts';
import { meetingOf } from '../entries/meeting-ids.ts';
import { mentionPiece, type MentionPiece } from '../entries/mention-members.ts';
import type { PackedSpool, SpooledMember } from './packed-spool.ts';
import { spooledRecord, type RecordPlace, type RecordSpool } from './record-spool.ts';
import { sameOnDisk } from './same-on-disk.ts';
import { parseDocument } from '../parse/parse.ts';
import { versionSlug } from '../../../src/shared/slug.ts';

/** Sources read through the PDF extractor instead of as text. */
const PDF_EXTENSION = /\.pdf$/i;

/**
 * A source to ingest: the path records show (`source`, in NFC), the path to read (`path`, as on disk), and whether
 * it really lies inside the sources folder.
 */
export interface SourceFile {
  source: string;
  path: string;
  inside: boolean;
}

/**
 * A source to ingest, by its position among the sources. `plan` says how to write it when other documents decided it
 * (a version its meeting does not show, another text of a number); without it, it is written as if alone. `making`
 * is 1 when it is made again (with its plan), which a worker tags its mention pieces with; 0 or none at first.
 * `record`: where its first making spooled its record (record-spool.ts), read back instead of the source.
 */
export interface SourceTask extends SourceFile {
  index: number;
  plan?: WritePlan;
  making?: number;
  record?: RecordPlace;
}

/**
 * Where the files go: the content root they are compared with, the folder they are written into (none: --check), and
 * the folder where the entries of packed collections wait to be packed (none: they are not packed, `--json`).
 */
export interface Target {
  out: string;
  staging: string | null;
  spool: string | null;
}

/**
 * What became of one source; `fatal` stops the whole ingest (a failed write: the machine, not the source, is at
 * fault). `bytes` is the size of the file when it was read (null: never read), which decides whether it is served.
 */
export type SourceReport =
  | { index: number; status: 'error'; error: IngestError; bytes: number | null }
  | { index: number; status: 'fatal'; message: string }
  | {
      index: number;
      status: 'ok';
      key: PlanKey;
      document: NonNullable<SourceEntry['document']>;
      warnings: IngestWarning[];
      bytes: number;
      /**
       * The paths of its files (the entries of packed collections among them), and those among the files written as
       * they are whose content differs from the content root's (or are absent).
       */
      paths: string[];
      differing: string[];
      /** Where its entries of packed collections (`items/<id>.json` with `items/<id>.md`) wait, packed with all others' at the end. */
      packed: SpooledMember[];
      corpus: ReportedPart;
      /** Where its record waits in case it is made again (a document of a meeting, made by a worker: see `ingestSource`). */
      record?: RecordPlace;
    };

/** A document's part in the corpus files as its report carries it: its mention records made into pieces (mention-members.ts) where it was made. */
export type ReportedPart = Omit<CorpusPart, 'mentions'> & { mentions: MentionPiece[] };

/** A source's record, with the size of its file (null when it was not read). */
export interface ReadRecord {
  record: IngestRecord;
  bytes: number | null;
}

/**
 * Ingests one source; never throws: a source that cannot be read, parsed or made into valid entries is an `error`
 * report naming the file (and the line when known); only a failed write is `fatal`. A task that says where its record
 * lies (`record`) is made from that record, its source not read again. With `records`, the record of a document of a
 * meeting is spooled there at its first making and its report says where: such a document is made again once every source is known
 * when another of its meeting and role is there (corpus-collector.ts: versions of one outcome), and its record is the
 * parse's, read back, not the source read and parsed a second time. Other documents are seldom made again (a number
 * given twice) and are not spooled.
 */
export async function ingestSource(task: SourceTask, target: Target, spool: PackedSpool | null, records: RecordSpool | null = null): Promise<SourceReport> {
  if (task.record !== undefined) return reportOf(task, spooledRecord(task.record), target, spool);
  const read = await readRecord(task);
  // Spooled before its files are made, so that nothing the making does to the record is kept.
  const place = records !== null && mayBeMadeAgain(task, read) ? records.add(read) : null;
  const report = reportOf(task, read, target, spool);
  return place === null || report.status !== 'ok' ? report : { ...report, record: place };
}

/**
 * Whether a source read at its first making is a document of a meeting, which is made again once every source is known
 * when another of its meeting and role is there (corpus-collector.ts): its record is kept for that making.
 */
export function mayBeMadeAgain(task: SourceTask, read: ReadRecord): boolean {
  return (task.making ?? 0) === 0 && read.record.status === 'ok' && meetingOf(read.record) !== null;
}

/**
 * The report of one source whose record is known: its files made (an entry that does not validate makes the record an
 * error, exactly as in `npm run ingest -- --json`) and written. `ingestSource` without the reading.
 */
export function reportOf(task: SourceTask, { record, bytes }: ReadRecord, target: Target, spool: PackedSpool | null): SourceReport {
  const { index } = task;
  if (record.status === 'error') return { index, status: 'error', error: record.error, bytes };
  let made: ReturnType<typeof madeFiles>;
  try {
    made = madeFiles(record, task.plan);
  } catch (error) {
    return { index, status: 'error', error: { file: record.source, line: 0, message: reason(error) }, bytes };
  }
  try {
    const { paths, differing } = writeFiles(made.files, target);
    const packed = spool === null ? [] : spool.append(made.packed);
    return {
      index,
      status: 'ok',
      key: planKey(record),
      document: made.document,
      warnings: record.warnings,
      bytes: bytes ?? 0,
      paths,
      differing,
      packed,
      corpus: made.corpus,
    };
  } catch (error) {
    return { index, status: 'fatal', message: reason(error) };
  }
}

/** The record of one source (an error record when it cannot be read or parsed), the decoder's warnings merged in. */
export async function sourceRecord(file: SourceFile): Promise<IngestRecord> {
  return (await readRecord(file)).record;
}

/** `sourceRecord` with the size of the file read (null when it was not read). */
export async function readRecord(file: SourceFile): Promise<ReadRecord> {
  const read = await readChecked(file);
  if (!read.text.ok)
    return {
      record: { source: file.source, status: 'error', error: { file: file.source, line: read.text.line, message: read.text.message } },
      bytes: read.bytes,
    };
  const record = parseDocument(read.text.text, file.source);
  const decoded = read.text.warnings ?? [];
  return {
    record: record.status === 'ok' && decoded.length > 0 ? { ...record, warnings: [...decoded, ...record.warnings].sort((a, b) => a.line - b.line) } : record,
    bytes: read.bytes,
  };
}

/** The files of a record and what the corpus needs of it; throws when an entry does not validate or a path is unsafe. */
function madeFiles(
  record: OkRecord,
  plan: WritePlan | undefined,
): { files: GeneratedFile[]; packed: PackedMember[]; corpus: ReportedPart; document: NonNullable<SourceEntry['document']> } {
  const { files, mentions, ...part } = documentFiles(record, plan);
  const corpus = { ...part, mentions: mentions.map(mentionPiece) };
  const unsafe = files.find(([path]) => !isSafeContentPath(path));
  if (unsafe !== undefined) throw new Error(`refusing to write outside the collection folders: ${unsafe[0]}`);
  const packed = packedMembers(files.filter(([path]) => packedCollectionOf(path) !== null));
  return { files, packed, corpus, document: { slug: versionSlug(record.number, record.language), number: record.number } };
}

/** Writes a document's files into the staging folder, but for its entries of packed collections (spooled instead). */
function writeFiles(files: readonly GeneratedFile[], { out, staging }: Target): { paths: string[]; differing: string[] } {
  const differing: string[] = [];
  for (const [path, content] of files) {
    if (packedCollectionOf(path) !== null) continue;
    if (!sameOnDisk(join(out, path), content)) differing.push(path);
    if (staging !== null) writeFileSync(join(staging, path), content);
  }
  return { paths: files.map(([path]) => path), differing };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads one source unless it must not be read; any failure becomes a message, never an exception. */
async function readChecked({ path, inside }: SourceFile): Promise<{ text: DecodeResult; bytes: number | null }> {
  if (!inside) return { text: { ok: false, line: 0, message: 'symbolic link to a file outside the sources folder, not read' }, bytes: null };
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) return { text: { ok: false, line: 0, message: 'not a regular file' }, bytes: null };
    bytes = readFileSync(path);
  } catch (error) {
    return {
      text: { ok: false, line: 0, message: `cannot be read (${error instanceof Error && 'code' in error ? String(error.code) : String(error)})` },
      bytes: null,
    };
  }
  return { text: await decodeBytes(path, bytes), bytes: bytes.length };
}

/**
 * Bytes of one source → its text, or why it cannot be read as one; a PDF goes through the PDF extractor, loaded on the
 * first PDF only (pdfjs takes over a second of CPU to load, more than parsing a thousand text sources). Files are read
 * synchronously: each worker reads one source at a time, and the promise API's thread-pool round trips cost more CPU.
 */
async function decodeBytes(path: string, bytes: Uint8Array): Promise<DecodeResult> {
  const named = PDF_EXTENSION.test(path);
  const pdf = isPdf(bytes);
  if (!pdf) {
    const text = decodeSource(bytes);
    // a text export saved under a PDF's name is read as the text it is; a damaged PDF stays refused as binary
    return named && text.ok ? { ...text, warnings: [{ line: 0, message: TEXT_NAMED_PDF }, ...(text.warnings ?? [])] } : text;
  }
  const { pdfToText } = await import('../read/pdf.ts');
  const text = await pdfToText(bytes);
  return named || !text.ok ? text : { ok: true, text: text.text, warnings: [{ line: 0, message: PDF_NAMED_TEXT }] };
}

/** The signature a PDF opens with, within its first kilobyte (PDF 32000-1, 7.5.2; readers allow bytes before it). */
const PDF_SIGNATURE = '%PDF-';

/** Bytes searched for the signature. */
const PDF_SIGNATURE_WITHIN = 1024;

const TEXT_NAMED_PDF = 'named .pdf but holds text, not a PDF: read as text';
const PDF_NAMED_TEXT = "a PDF under a text file's name: read as a PDF";

/** Whether bytes are a PDF: its signature within the first kilobyte. */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_SIGNATURE_WITHIN)).includes(PDF_SIGNATURE, 0, 'latin1');
}
