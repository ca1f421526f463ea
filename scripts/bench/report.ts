import type { BrowserFigures, Milestones } from './browser.ts';
import type { DistStats, PageTypeStats } from './dist-stats.ts';

/** Time and peak memory of one measured phase. */
export interface Phase {
  seconds: number;
  /** CPU seconds (user + system) of the phase's processes; null where GNU time is missing. */
  cpuSeconds: number | null;
  peakRssMb: number;
}

/** The PDF ingest phase: generated documents typeset as PDFs, through the ingest CLI. */
export interface PdfPhase extends Phase {
  documents: number;
  /** Of them, the documents the ingest wrote. */
  ingested: number;
  docsPerSecond: number;
}

/** Everything one benchmark run measured; the JSON output is this object. */
export interface BenchReport {
  docs: number;
  seed: number;
  /** The commit of the measured build inputs, and whether the working tree changed them. */
  commit: string | null;
  dirty: boolean | null;
  /** Cores of the machine, and its 1-minute load average when the run started and ended (other work inflates wall times). */
  cores: number;
  loadAverage: { start: number; end: number };
  sourceBytes: number;
  ingested: number;
  failed: number;
  pages: number;
  ingestDocsPerSecond: number;
  ingestSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  /** Ingest + Astro + Pagefind: the full build a user runs. */
  totalSeconds: number;
  /** The largest peak of the three build phases. */
  peakRssMb: number;
  phases: { ingest: Phase; astro: Phase; pagefind: Phase; bare: Phase };
  barePages: number;
  /** Our Astro build time over the bare build's, same Markdown. */
  bareRatio: number;
  /** The same ratio in CPU seconds, which other work on a shared machine disturbs less; null without GNU time. */
  bareCpuRatio: number | null;
  distBytes: number;
  distFiles: number;
  pagefindIndexBytes: number;
  pagefindFiles: number;
  pageTypes: DistStats['types'];
  maxNonSearchJsBytes: number;
  searchJsBytes: number;
  /** A median meeting page's first visit, gzipped HTML and the subresources it names. */
  meetingPageGzipBytes: number;
  meetingPageRequests: number;
  firstQueryBytes: number | null;
  firstQueryRequests: number | null;
  coldKeypressMs: number | null;
  warmKeypressMs: number | null;
  queries: number;
  searchAsYouType: boolean | null;
  coldMilestones: Milestones | null;
  warmMilestones: Milestones | null;
  meetingFirstVisitBytes: number | null;
  meetingFirstVisitRequests: number | null;
  browserError: string | null;
  pdf: PdfPhase | null;
  /** Why the PDF phase did not run, when it did not. */
  pdfSkipped: string | null;
}

/** The targets; byte targets in decimal kilobytes, memory in decimal gigabytes. */
export const TARGETS = {
  ingestDocsPerSecond: 1_000,
  buildSeconds10k: 60,
  buildSeconds50k: 240,
  peakRssMb50k: 6e9 / 2 ** 20,
  bareRatio: 1.5,
  firstQueryBytes: 200_000,
  warmKeypressMs: 100,
  nonSearchJsBytes: 0,
  meetingBytes: 30_000,
  meetingRequests: 6,
} as const;

/** The browser's figures, or nulls when the browser phase failed. */
export function browserFields(
  figures: BrowserFigures | null,
  error: string | null,
): Pick<
  BenchReport,
  | 'firstQueryBytes'
  | 'firstQueryRequests'
  | 'coldKeypressMs'
  | 'warmKeypressMs'
  | 'queries'
  | 'searchAsYouType'
  | 'coldMilestones'
  | 'warmMilestones'
  | 'meetingFirstVisitBytes'
  | 'meetingFirstVisitRequests'
  | 'browserError'
> {
  return {
    firstQueryBytes: figures?.firstQueryBytes ?? null,
    firstQueryRequests: figures?.firstQueryRequests ?? null,
    coldKeypressMs: figures?.coldKeypressMs ?? null,
    warmKeypressMs: figures?.warmKeypressMs ?? null,
    queries: figures?.queries ?? 0,
    searchAsYouType: figures?.asYouType ?? null,
    coldMilestones: figures?.coldMilestones ?? null,
    warmMilestones: figures?.warmMilestones ?? null,
    meetingFirstVisitBytes: figures?.meetingFirstVisitBytes ?? null,
    meetingFirstVisitRequests: figures?.meetingFirstVisitRequests ?? null,
    browserError: error,
  };
}

/** The milestones of a query, in the order they happen, with their labels in the report. */
const MILESTONE_LABELS: readonly (readonly [keyof Milestones, string])[] = [
  ['documentStart', 'results page starts loading'],
  ['htmlReceived', 'its HTML received'],
  ['domContentLoaded', 'its DOM ready'],
  ['indexLoaded', 'last Pagefind file other than a fragment served (script, WebAssembly, index)'],
  ['firstFragmentLoaded', 'first result fragment served'],
  ['fragmentsLoaded', 'last result fragment served by then'],
  ['firstResult', 'first result rendered'],
];

const fixed = (value: number | null, digits = 1): string => (value === null ? 'n/a' : value.toFixed(digits));
const kb = (bytes: number | null): string => (bytes === null ? 'n/a' : `${(bytes / 1000).toFixed(1)} KB`);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const met = (ok: boolean | null): string => (ok === null ? 'not measured' : ok ? 'met' : 'missed');
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

/** The targets of the issue with this run's figure; build-time targets apply to the run's size (≤ 10,000 documents: 60 s). */
export function targetRows(report: BenchReport): string[][] {
  const large = report.docs > 10_000;
  const buildTarget = large ? TARGETS.buildSeconds50k : TARGETS.buildSeconds10k;
  const meeting = report.meetingFirstVisitBytes ?? report.meetingPageGzipBytes;
  const requests = report.meetingFirstVisitRequests ?? report.meetingPageRequests;
  return [
    ['ingest ≥ 1,000 documents/s', `${fixed(report.ingestDocsPerSecond, 0)} documents/s`, met(report.ingestDocsPerSecond >= TARGETS.ingestDocsPerSecond)],
    [
      `full build ≤ ${buildTarget} s (${large ? '50,000' : '10,000'} pages)`,
      `${fixed(report.totalSeconds)} s for ${report.pages} pages`,
      met(report.totalSeconds <= buildTarget),
    ],
    ...(large ? [['peak memory ≤ 6 GB', `${fixed(report.peakRssMb, 0)} MiB`, met(report.peakRssMb <= TARGETS.peakRssMb50k)]] : []),
    ['our build / bare build ≤ 1.5', `${fixed(report.bareRatio, 2)} (CPU: ${fixed(report.bareCpuRatio, 2)})`, met(report.bareRatio <= TARGETS.bareRatio)],
    ['first query ≤ 200 KB', kb(report.firstQueryBytes), met(report.firstQueryBytes === null ? null : report.firstQueryBytes <= TARGETS.firstQueryBytes)],
    [
      'keypress → result, warm ≤ 100 ms (median)',
      `${fixed(report.warmKeypressMs, 0)} ms`,
      met(report.warmKeypressMs === null ? null : report.warmKeypressMs <= TARGETS.warmKeypressMs),
    ],
    ['JavaScript on pages but search: 0 bytes', `${report.maxNonSearchJsBytes} bytes`, met(report.maxNonSearchJsBytes === TARGETS.nonSearchJsBytes)],
    ['meeting page ≤ 30 KB, ≤ 6 requests', `${kb(meeting)}, ${requests} requests`, met(meeting <= TARGETS.meetingBytes && requests <= TARGETS.meetingRequests)],
  ];
}

/** CPU seconds of the three build phases, null when any is unknown. */
function cpuTotal(report: BenchReport): number | null {
  const { ingest, astro, pagefind } = report.phases;
  return ingest.cpuSeconds === null || astro.cpuSeconds === null || pagefind.cpuSeconds === null
    ? null
    : ingest.cpuSeconds + astro.cpuSeconds + pagefind.cpuSeconds;
}

function typeRow(type: string, stats: PageTypeStats): string {
  return row([type, stats.pages, kb(stats.medianGzipBytes), kb(stats.medianFirstVisitBytes), stats.firstVisitRequests, stats.maxJsBytes]);
}

/** The report as Markdown tables. */
export function markdownReport(report: BenchReport): string {
  const { phases } = report;
  const lines = [
    `## ${report.docs} documents (seed ${report.seed}): ${report.pages} pages`,
    '',
    `Commit ${report.commit ?? 'unknown'}${report.dirty ? ' with uncommitted changes' : ''}. Machine: ${report.cores} cores; load average ${fixed(report.loadAverage.start)} at the start, ${fixed(report.loadAverage.end)} at the end.`,
    '',
    row(['phase', 'seconds', 'CPU seconds', 'peak RSS (MiB)', 'rate']),
    row(['---', '---:', '---:', '---:', '---']),
    row([
      'ingest',
      fixed(phases.ingest.seconds),
      fixed(phases.ingest.cpuSeconds),
      fixed(phases.ingest.peakRssMb, 0),
      `${fixed(report.ingestDocsPerSecond, 0)} documents/s (${report.ingested} ingested, ${report.failed} failed)`,
    ]),
    row([
      'astro build',
      fixed(phases.astro.seconds),
      fixed(phases.astro.cpuSeconds),
      fixed(phases.astro.peakRssMb, 0),
      `${fixed(report.pages / phases.astro.seconds, 0)} pages/s`,
    ]),
    row([
      'pagefind',
      fixed(phases.pagefind.seconds),
      fixed(phases.pagefind.cpuSeconds),
      fixed(phases.pagefind.peakRssMb, 0),
      `${fixed(report.pages / phases.pagefind.seconds, 0)} pages/s`,
    ]),
    row(['**full build**', `**${fixed(report.totalSeconds)}**`, fixed(cpuTotal(report)), fixed(report.peakRssMb, 0), '']),
    row([
      'bare astro build',
      fixed(phases.bare.seconds),
      fixed(phases.bare.cpuSeconds),
      fixed(phases.bare.peakRssMb, 0),
      `${report.barePages} pages; ours/bare = ${fixed(report.bareRatio, 2)} (CPU ${fixed(report.bareCpuRatio, 2)})`,
    ]),
    report.pdf
      ? row([
          'PDF ingest',
          fixed(report.pdf.seconds),
          fixed(report.pdf.cpuSeconds),
          fixed(report.pdf.peakRssMb, 0),
          `${fixed(report.pdf.docsPerSecond, 0)} PDF documents/s (${report.pdf.documents} files, ${report.pdf.ingested} ingested)`,
        ])
      : row(['PDF ingest', 'skipped', '', '', report.pdfSkipped ?? '']),
    '',
    row(['output', 'value']),
    row(['---', '---:']),
    row(['sources', mb(report.sourceBytes)]),
    row(['dist/', `${mb(report.distBytes)} in ${report.distFiles} files`]),
    row(['Pagefind index', `${mb(report.pagefindIndexBytes)} in ${report.pagefindFiles} files`]),
    '',
    row(['page type', 'pages', 'HTML gzip (median)', 'first visit gzip (median)', 'requests', 'max JS bytes']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...Object.entries(report.pageTypes).map(([type, stats]) => typeRow(type, stats as PageTypeStats)),
    '',
    row(['search in Chromium', 'value']),
    row(['---', '---:']),
    row(['first query, cold load of /search/?q=…: bytes fetched (median)', `${kb(report.firstQueryBytes)} in ${report.firstQueryRequests ?? 'n/a'} requests`]),
    row([`keypress → first result, cold (median of ${report.queries})`, `${fixed(report.coldKeypressMs, 0)} ms`]),
    row([`keypress → first result, warm (median of ${report.queries})`, `${fixed(report.warmKeypressMs, 0)} ms`]),
    row(['search as you type', report.searchAsYouType === null ? 'n/a' : report.searchAsYouType ? 'yes' : 'no (query submitted with Enter)']),
    row(["where a query's time goes (ms after the last keypress, median)", 'cold / warm']),
    ...MILESTONE_LABELS.map(([name, label]) =>
      row([`… ${label}`, `${fixed(report.coldMilestones?.[name] ?? null, 0)} / ${fixed(report.warmMilestones?.[name] ?? null, 0)}`]),
    ),
    row(['meeting page, first visit', `${kb(report.meetingFirstVisitBytes)} in ${report.meetingFirstVisitRequests ?? 'n/a'} requests`]),
    ...(report.browserError ? [row(['browser error', report.browserError.replace(/\|/g, '\\|').split('\n')[0] ?? ''])] : []),
    '',
    row(['target', 'this run', '']),
    row(['---', '---:', '---']),
    ...targetRows(report).map(row),
    '',
  ];
  return lines.join('\n');
}
