import type { IngestError, IngestWarning } from '../../../src/schemas/record.ts';
import type { SourceEntry } from '../../../src/schemas/source-entry.ts';
import type { ContentDiff } from './content-diff.ts';
import type { CorpusPart } from '../entries/corpus-files.ts';
import type { SourceReport } from './ingest-source.ts';
import { documentPlans, planWarnings, type Plan, type PlanKey } from '../entries/meeting-ids.ts';
import type { WritePlan } from '../entries/document-files.ts';
import type { SpooledMember } from './packed-spool.ts';
import type { RecordPlace } from './record-spool.ts';
import { packedCollectionOf } from '../entries/packed-files.ts';
import { byDocumentOrder, compare } from '../../../src/shared/order.ts';

/** A source's report as the collector takes it: a document's part in the corpus files without its mentions (spooled apart). */
export type TakenReport = Exclude<SourceReport, { status: 'ok' }> | (Omit<Extract<SourceReport, { status: 'ok' }>, 'corpus'> & { corpus: CorpusPart });

/** A report of a source that parsed. */
export type OkReport = Extract<TakenReport, { status: 'ok' }>;

/** What is kept of a document that ingested: its place in the archive, its files' paths, its part in the corpus files. */
interface Kept {
  key: PlanKey;
  paths: string[];
  /** Where its entries of packed collections wait, while its files count. */
  packed: SpooledMember[];
  /** Its part in the corpus files, until they are made (null: handed over). */
  corpus: CorpusPart | null;
  /** Where its record waits, to be made again from it (none: its source is read again). */
  record: RecordPlace | undefined;
}

/** What the ingest made of one source, as the sources collection lists it (everything but its names). */
export type Verdict = Pick<SourceEntry, 'status' | 'bytes' | 'document' | 'warnings' | 'error'>;

/**
 * What the ingest keeps across documents while their files are made one source at a time: who wrote which path,
 * which files differ from the content root, the documents' numbers and meetings, the errors. Reports come in source
 * order, from workers that wrote each document's files as if no other document were there (meeting-ids.ts's
 * `soloPlan`), so what depends on other documents is settled here:
 * - documents whose plans depend on each other — sources giving one number, documents of one meeting in one role
 *   (versions of its outcome, other records of it) — are "contested": their files are left out and they are made
 *   again at the end with the plans documentPlans gives (`regenerations`); a source repeating another's text is not
 *   made again at all: one document;
 * - two different numbers that would share one page, or a path two kept documents would share: both are rejected and
 *   their files left out.
 * A file left out may have overwritten a kept document's file of the same path; that document is made again too.
 * No source stops the others: only a fatal report (a failed write) throws.
 */
export class CorpusCollector {
  readonly #kept = new Map<number, Kept>();
  readonly #errors = new Map<number, IngestError>();
  /** Size and, for a document, its page and warnings, of every source taken. */
  readonly #facts = new Map<number, { bytes: number | null; document: SourceEntry['document']; warnings: IngestWarning[] }>();
  readonly #sourceNames = new Map<number, string>();
  /** The sources of each document page (keyed by slug): two numbers on one page are an error. */
  readonly #sourcesByPage = new Map<string, { index: number; source: string; number: string }[]>();
  /** The kept documents of each group whose plans depend on each other (one number; one meeting and role). */
  readonly #groups = new Map<string, number[]>();
  /** Documents whose plan depends on others: made again at the end. */
  readonly #contested = new Set<number>();
  /** The plans documentPlans gave, once every source is taken. */
  #plans: Map<PlanKey, Plan> | null = null;
  readonly #owner = new Map<string, number>();
  readonly #differing = new Set<string>();
  /** Paths written by a document that was then left out: removed at the end unless a kept document owns them. */
  readonly #leftOut = new Set<string>();
  /** Sources made again: only their second making counts. */
  readonly #madeAgain = new Set<number>();
  #sources = 0;

  /** Takes the next source's report (source order); throws only for a fatal report. */
  take(report: TakenReport, source: string): void {
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
    if (new Set(samePage.map(({ number }) => number)).size > 1) {
      for (const other of samePage) this.#drop(other.index);
      this.#leaveOut(report.paths);
      return;
    }
    this.#kept.set(index, { key, paths: [], packed: [], corpus: report.corpus, record: report.record });
    if (this.#contest(index, key)) {
      this.#leaveOut(report.paths);
      return;
    }
    this.#register(index, report);
  }

  /**
   * Puts a document in its groups (its number; its meeting and role); when a group has another member, every member
   * is contested and its files left out, to be made again with its final plan. Whether this one is contested.
   */
  #contest(index: number, key: PlanKey): boolean {
    const groups = [`number\u0000${key.number}\u0000${key.language ?? ''}`];
    if (key.meeting !== null) groups.push(`meeting\u0000${key.meeting.id}\u0000${key.meeting.role}`);
    let contested = false;
    for (const group of groups) {
      const members = this.#groups.get(group) ?? [];
      members.push(index);
      this.#groups.set(group, members);
      if (members.length < 2) continue;
      contested = true;
      for (const member of members) {
        if (member !== index && !this.#contested.has(member)) this.#unregister(member);
        this.#contested.add(member);
      }
    }
    return contested;
  }

  /**
   * Once every source is taken: the documents to make again, each with its plan (the contested ones, and the
   * documents whose files a left-out document may have overwritten), and where its record waits when its report said
   * so; a contested source that repeats another's text is dropped instead. Their earlier files are left out; call
   * `replace` with each new report, then remove the `leftOutFiles`.
   */
  regenerations(): { index: number; plan: WritePlan; record?: RecordPlace }[] {
    const plans = documentPlans([...this.#kept.values()].map(({ key }) => key));
    this.#plans = plans;
    const again = new Set<number>(this.#contested);
    for (const path of this.#leftOut) {
      const owner = this.#owner.get(path);
      if (owner !== undefined) again.add(owner);
    }
    return [...again]
      .sort((a, b) => a - b)
      .flatMap((index) => {
        const kept = this.#kept.get(index);
        const key = kept?.key;
        const plan = key === undefined ? undefined : plans.get(key);
        if (key === undefined || plan === undefined) return [];
        if (plan.sameAs !== null) {
          this.#drop(index);
          return [];
        }
        this.#unregister(index);
        this.#madeAgain.add(index);
        return [{ index, plan, ...(kept?.record === undefined ? {} : { record: kept.record }) }];
      });
  }

  /** Paths written by left-out documents that no kept document owns (now): to be removed from the staging folder. */
  leftOutFiles(): string[] {
    return [...this.#leftOut].filter((path) => !this.#owner.has(path) && packedCollectionOf(path) === null).sort(compare);
  }

  /** Where the kept documents' entries of packed collections wait, for writePackedFiles. */
  *packedEntries(): Generator<SpooledMember> {
    for (const { packed } of this.#kept.values()) yield* packed;
  }

  /** Takes the new report of a document made again (an error drops it); throws only for a fatal report. */
  replace(report: TakenReport): void {
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

  /** The errors, in source order: sources that failed, and every source of two numbers that would share one page. */
  errors(): IngestError[] {
    return [...this.#allErrors()].sort(([a], [b]) => a - b).map(([, error]) => error);
  }

  /** What became of each source taken, by its index: an error (its own, or a clash with others) or its document. */
  verdicts(): Map<number, Verdict> {
    const errors = this.#allErrors();
    const planned = this.#plans === null ? new Map<string, string[]>() : planWarnings(this.#plans);
    const verdicts = new Map<number, Verdict>();
    for (const [index, { bytes, document, warnings: own }] of this.#facts) {
      const error = errors.get(index);
      const more = planned.get(this.#sourceNames.get(index) ?? '') ?? [];
      const warnings = more.length === 0 ? own : [...own, ...more.map((message) => ({ line: 0, message }))];
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
      const numbers = [...new Set(sources.map(({ number }) => number))];
      if (numbers.length < 2) continue;
      const names = sources.map(({ source }) => source).join(', ');
      const message = `document numbers ${numbers.join(' and ')} would share one page (/documents/${slug}/): ${names}`;
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

  /**
   * The kept documents' parts in the archive's order (date, number, source), for corpusFiles, handed over: the
   * collector keeps them no longer (they are most of what it holds), so call it once, when every report is taken.
   */
  corpusParts(): CorpusPart[] {
    return [...this.#kept.values()]
      .sort((a, b) => byDocumentOrder(a.key, b.key))
      .flatMap((kept) => {
        const { corpus } = kept;
        kept.corpus = null;
        return corpus === null ? [] : [corpus];
      });
  }

  /** Paths of the kept documents' files written as they are (not their entries of packed collections). */
  paths(): string[] {
    return [...this.#owner.keys()].filter((path) => packedCollectionOf(path) === null);
  }

  /**
   * How the content root differs from the kept documents' files plus `more` (the corpus files: path and whether the
   * disk already holds them), given the files now on disk.
   */
  diff(onDisk: ReadonlySet<string>, more: readonly { path: string; same: boolean }[]): ContentDiff {
    const differing = [...this.#differing, ...more.filter(({ same }) => !same).map(({ path }) => path)];
    const generated = new Set([...this.paths(), ...more.map(({ path }) => path)]);
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
    kept.packed = report.packed;
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
    kept.packed = [];
  }

  /** Stops keeping a document at all (it shares a page with another number, or repeats another source's text). */
  #drop(index: number): void {
    if (!this.#kept.has(index)) return;
    this.#unregister(index);
    this.#kept.delete(index);
    this.#contested.delete(index);
  }

  #leaveOut(paths: readonly string[]): void {
    for (const path of paths) this.#leftOut.add(path);
  }
}
