import type { IngestError, IngestWarning } from '../../../src/schemas/record.ts';
import type { SourceEntry } from '../../../src/schemas/source-entry.ts';
import type { ContentDiff } from './content-diff.ts';
import type { CorpusPart } from '../entries/corpus-files.ts';
import type { SourceReport } from './ingest-source.ts';
import { firstDay, meetingIds, type MeetingKey } from '../entries/meeting-ids.ts';
import { byDocumentOrder, compare } from '../../../src/shared/order.ts';

/** A report of a source that parsed. */
export type OkReport = Extract<SourceReport, { status: 'ok' }>;

/** What is kept of a document that ingested: its place in the archive, its files' paths, its part in the corpus files. */
interface Kept {
  key: MeetingKey;
  paths: string[];
  corpus: CorpusPart;
}

/** What the ingest made of one source, as the sources collection lists it (everything but its names). */
export type Verdict = Pick<SourceEntry, 'status' | 'bytes' | 'document' | 'warnings' | 'error'>;

/**
 * What the ingest keeps across documents while their files are made one source at a time: who wrote which path,
 * which files differ from the content root, the document numbers and meeting days seen, the errors. Reports come in
 * source order, from workers that wrote each document's files before anyone knew of the others, so three things are
 * settled here:
 * - two sources with one document number (one document page): both are rejected and their files left out;
 * - two outcomes whose meetings start the same day: their meeting ids depend on each other, so their files are
 *   left out and made again at the end with the ids meetingIds gives (`regenerations`);
 * - a path two kept documents would share: both are rejected and their files left out.
 * A file left out may have overwritten a kept document's file of the same path; that document is made again too.
 * No source stops the others: only a fatal report (a failed write) throws.
 */
export class CorpusCollector {
  readonly #kept = new Map<number, Kept>();
  readonly #errors = new Map<number, IngestError>();
  /** Size and, for a document, its page and warnings, of every source taken. */
  readonly #facts = new Map<number, { bytes: number | null; document: SourceEntry['document']; warnings: IngestWarning[] }>();
  readonly #sourceNames = new Map<number, string>();
  /** The sources of each document page (keyed by slug): more than one is a duplicate document number. */
  readonly #sourcesByPage = new Map<string, { index: number; source: string; number: string }[]>();
  readonly #outcomesByDay = new Map<string, number[]>();
  readonly #contestedDays = new Set<string>();
  readonly #owner = new Map<string, number>();
  readonly #differing = new Set<string>();
  /** Paths written by a document that was then left out: removed at the end unless a kept document owns them. */
  readonly #leftOut = new Set<string>();
  /** Sources made again: only their second making counts. */
  readonly #madeAgain = new Set<number>();
  #sources = 0;

  /** Takes the next source's report (source order); throws only for a fatal report. */
  take(report: SourceReport, source: string): void {
    this.#sources += 1;
    if (report.status === 'fatal') throw new Error(report.message);
    this.#sourceNames.set(report.index, source);
    if (report.status === 'error') {
      this.#errors.set(report.index, report.error);
      this.#facts.set(report.index, { bytes: report.bytes, document: null, warnings: [] });
      return;
    }
    const { index, key } = report;
    this.#facts.set(index, { bytes: report.bytes, document: report.document, warnings: report.warnings });
    const samePage = [...(this.#sourcesByPage.get(report.document.slug) ?? []), { index, source, number: key.number }];
    this.#sourcesByPage.set(report.document.slug, samePage);
    if (samePage.length > 1) {
      for (const other of samePage) this.#drop(other.index);
      this.#leaveOut(report.paths);
      return;
    }
    const kept: Kept = { key, paths: [], corpus: report.corpus };
    this.#kept.set(index, kept);
    if (key.meeting !== null) {
      const day = firstDay(key);
      const sameDay = this.#outcomesByDay.get(day) ?? [];
      if (sameDay.length > 0) this.#contestedDays.add(day);
      for (const other of sameDay) this.#unregister(other);
      this.#outcomesByDay.set(day, [...sameDay, index]);
      if (this.#contestedDays.has(day)) {
        this.#leaveOut(report.paths);
        return;
      }
    }
    this.#register(index, report);
  }

  /**
   * Once every source is taken: the documents to make again, each with its meeting id (the outcomes of days with more
   * than one meeting, and the documents whose files a left-out document may have overwritten). Their earlier files
   * are left out; call `replace` with each new report, then remove the `leftOutFiles`.
   */
  regenerations(): { index: number; meeting: string | null }[] {
    const indexByKey = new Map([...this.#kept].map(([index, { key }]) => [key, index]));
    const ids = meetingIds([...indexByKey.keys()]);
    const again = new Set<number>();
    for (const [index, { key }] of this.#kept) if (key.meeting !== null && this.#contestedDays.has(firstDay(key))) again.add(index);
    for (const path of this.#leftOut) {
      const owner = this.#owner.get(path);
      if (owner !== undefined) again.add(owner);
    }
    return [...again]
      .sort((a, b) => a - b)
      .map((index) => {
        this.#unregister(index);
        this.#madeAgain.add(index);
        const key = this.#kept.get(index)?.key;
        return { index, meeting: key === undefined ? null : (ids.get(key) ?? null) };
      });
  }

  /** Paths written by left-out documents that no kept document owns (now): to be removed from the staging folder. */
  leftOutFiles(): string[] {
    return [...this.#leftOut].filter((path) => !this.#owner.has(path)).sort(compare);
  }

  /** Takes the new report of a document made again (an error drops it); throws only for a fatal report. */
  replace(report: SourceReport): void {
    if (report.status === 'fatal') throw new Error(report.message);
    if (report.status === 'error') {
      this.#errors.set(report.index, report.error);
      this.#drop(report.index);
      return;
    }
    const kept = this.#kept.get(report.index);
    if (kept !== undefined) kept.corpus = report.corpus;
    this.#register(report.index, report);
  }

  /** The errors, in source order: sources that failed, and every source of a document number given twice. */
  errors(): IngestError[] {
    return [...this.#allErrors()].sort(([a], [b]) => a - b).map(([, error]) => error);
  }

  /** What became of each source taken, by its index: an error (its own, or a clash with others) or its document. */
  verdicts(): Map<number, Verdict> {
    const errors = this.#allErrors();
    const verdicts = new Map<number, Verdict>();
    for (const [index, { bytes, document, warnings }] of this.#facts) {
      const error = errors.get(index);
      verdicts.set(
        index,
        error === undefined ? { status: 'ok', bytes, document, warnings, error: null } : { status: 'error', bytes, document: null, warnings: [], error },
      );
    }
    return verdicts;
  }

  #allErrors(): Map<number, IngestError> {
    const errors = new Map(this.#errors);
    for (const [slug, sources] of this.#sourcesByPage) {
      if (sources.length < 2) continue;
      const numbers = [...new Set(sources.map(({ number }) => number))];
      const names = sources.map(({ source }) => source).join(', ');
      const message =
        numbers.length === 1
          ? `document number ${numbers.join('')} is given by more than one source: ${names}`
          : `document numbers ${numbers.join(' and ')} would share one page (/documents/${slug}/): ${names}`;
      for (const { index, source } of sources) if (!errors.has(index)) errors.set(index, { file: source, line: 0, message });
    }
    return errors;
  }

  /** Whether what the `making`-th making of a source gave (0: first, 1: made again) is part of the output. */
  isCurrent(index: number, making: number): boolean {
    return this.#kept.has(index) && making === (this.#madeAgain.has(index) ? 1 : 0);
  }

  /** Sources taken (regenerations not counted). */
  get sources(): number {
    return this.#sources;
  }

  /** The kept documents' parts in the archive's order (date, number, source), for corpusFiles. */
  corpusParts(): CorpusPart[] {
    return [...this.#kept.values()].sort((a, b) => byDocumentOrder(a.key, b.key)).map(({ corpus }) => corpus);
  }

  /** Paths of the kept documents' files. */
  paths(): IterableIterator<string> {
    return this.#owner.keys();
  }

  /**
   * How the content root differs from the kept documents' files plus `more` (the corpus files: path and whether the
   * disk already holds them), given the files now on disk.
   */
  diff(onDisk: ReadonlySet<string>, more: readonly { path: string; same: boolean }[]): ContentDiff {
    const differing = [...this.#differing, ...more.filter(({ same }) => !same).map(({ path }) => path)];
    const generated = new Set([...this.#owner.keys(), ...more.map(({ path }) => path)]);
    const sorted = (paths: Iterable<string>) => [...paths].sort(compare);
    return {
      missing: sorted(differing.filter((path) => !onDisk.has(path))),
      extra: sorted([...onDisk].filter((path) => !generated.has(path))),
      changed: sorted(differing.filter((path) => onDisk.has(path))),
    };
  }

  #register(index: number, report: OkReport): void {
    const kept = this.#kept.get(index);
    if (kept === undefined) return;
    const clash = report.paths.find((path) => (this.#owner.get(path) ?? index) !== index);
    const other = clash === undefined ? undefined : this.#owner.get(clash);
    if (clash !== undefined && other !== undefined) {
      const message = `two documents would be written to content/${clash}: ${this.#sourceNames.get(other) ?? '?'}, ${this.#sourceNames.get(index) ?? '?'}`;
      for (const each of [other, index]) {
        this.#errors.set(each, { file: this.#sourceNames.get(each) ?? '', line: 0, message });
        this.#drop(each);
      }
      this.#leaveOut(report.paths);
      return;
    }
    for (const path of report.paths) this.#owner.set(path, index);
    for (const path of report.differing) this.#differing.add(path);
    kept.paths = report.paths;
  }

  /** Leaves out the files of a kept document (to be made again); it stays kept. */
  #unregister(index: number): void {
    const kept = this.#kept.get(index);
    if (kept === undefined) return;
    for (const path of kept.paths) {
      this.#owner.delete(path);
      this.#differing.delete(path);
    }
    this.#leaveOut(kept.paths);
    kept.paths = [];
  }

  /** Stops keeping a document at all (its number is given twice). */
  #drop(index: number): void {
    const kept = this.#kept.get(index);
    if (kept === undefined) return;
    this.#unregister(index);
    this.#kept.delete(index);
    if (kept.key.meeting === null) return;
    const day = firstDay(kept.key);
    this.#outcomesByDay.set(
      day,
      (this.#outcomesByDay.get(day) ?? []).filter((other) => other !== index),
    );
  }

  #leaveOut(paths: readonly string[]): void {
    for (const path of paths) this.#leftOut.add(path);
  }
}
