/**
 * `npm run bench -- --docs N [--seed S] [--json] [--keep]`: generate N synthetic Council documents, ingest
 * them, build the site and its search index with the commands a user runs, build the same Markdown with a
 * bare layout, measure the result in headless Chromium, and report (Markdown tables, or one JSON object).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserFigures, measureBrowser } from './bench/browser.ts';
import { distStats } from './bench/dist-stats.ts';
import { generateCorpus } from './bench/generate.ts';
import { type Measured, measure } from './bench/measure.ts';
import { parseBenchOptions, USAGE } from './bench/options.ts';
import { type BenchReport, browserFields, markdownReport, type PdfPhase, type Phase } from './bench/report.ts';
import { serveStatic } from './bench/serve.ts';
import { QUERY_WORDS } from './bench/vocabulary.ts';
import { copyPdfs, createWorkspace, ingestedSlugs, writeSources } from './bench/workspace.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'node_modules', '.bin');
/** Copies of the PDF fixtures the PDF phase ingests. */
const PDF_COPIES = 300;
/** PDF fixtures that are bad input on purpose (no text layer): not part of a throughput figure. */
const PDF_BAD_FIXTURES = /scanned|broken|empty|encrypted/i;
/** Queries per keypress measurement (the issue asks for a median of at least 20). */
const QUERY_COUNT = 20;

const phase = ({ seconds, cpuSeconds, peakRssMb }: Measured): Phase => ({ seconds, cpuSeconds, peakRssMb });

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

/** Query words that occur in the generated corpus, cycled to QUERY_COUNT (with consecutive words distinct). */
function queriesFor(texts: readonly string[]): string[] {
  const corpus = texts.join('\n').toLowerCase();
  const present = QUERY_WORDS.filter((word) => corpus.includes(word.toLowerCase()));
  return Array.from({ length: Math.max(QUERY_COUNT, present.length) }, (_, index) => present[index % present.length] as string);
}

async function pdfPhase(workspace: ReturnType<typeof createWorkspace>): Promise<{ pdf: PdfPhase | null; skipped: string | null }> {
  if (!existsSync(join(REPO, 'scripts', 'ingest', 'pdf.ts'))) return { pdf: null, skipped: 'scripts/ingest/pdf.ts does not exist yet (issue 7)' };
  const fixtures = join(REPO, 'tests', 'fixtures', 'pdf');
  const pdfs = existsSync(fixtures) ? readdirSync(fixtures).filter((name) => name.endsWith('.pdf') && !PDF_BAD_FIXTURES.test(name)).sort().map((name) => join(fixtures, name)) : [];
  if (pdfs.length === 0) return { pdf: null, skipped: 'no PDF fixtures in tests/fixtures/pdf/' };
  copyPdfs(pdfs, workspace.pdfSources, PDF_COPIES);
  // Copies share their numbers, so the ingest rejects them as duplicates after parsing each one and exits 1.
  const run = await measure(join(BIN, 'tsx'), ['scripts/ingest.ts', '--sources', workspace.pdfSources, '--out', workspace.pdfContent, '--quiet'], {
    cwd: workspace.project,
    allowExit: [1],
  });
  const read = /\.pdf\b/.test(run.stderr) || existsSync(join(workspace.pdfContent, 'documents'));
  if (!read) return { pdf: null, skipped: 'the ingest CLI does not read .pdf sources yet' };
  return { pdf: { ...phase(run), documents: PDF_COPIES, docsPerSecond: PDF_COPIES / run.seconds }, skipped: null };
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === null) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const loadAtStart = loadavg()[0] ?? 0;
  const root = join(REPO, '.bench', `run-${options.docs}-${options.seed}-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  const workspace = createWorkspace(REPO, root);
  try {
    log(`generating ${options.docs} documents (seed ${options.seed}) in ${workspace.sources}`);
    const documents = generateCorpus(options.docs, options.seed);
    const sourceBytes = writeSources(workspace.sources, documents);
    const queries = queriesFor(documents.map((document) => document.text));

    log('ingest');
    const ingest = await measure(join(BIN, 'tsx'), ['scripts/ingest.ts', '--sources', workspace.sources, '--out', workspace.content, '--quiet'], {
      cwd: workspace.project,
      allowExit: [1],
    });
    const slugs = ingestedSlugs(workspace.content);
    const buildEnv = { COSI_CONTENT: workspace.content, COSI_DIST: workspace.dist };
    log('astro build');
    const astro = await measure(join(BIN, 'astro'), ['build'], { cwd: workspace.project, env: buildEnv });
    log('pagefind');
    const pagefind = await measure(join(BIN, 'pagefind'), ['--site', workspace.dist], { cwd: workspace.project });
    log('bare astro build');
    const bare = await measure(join(BIN, 'astro'), ['build'], { cwd: workspace.bare, env: { COSI_CONTENT: workspace.content, COSI_DIST: workspace.bareDist } });
    log('PDF ingest');
    const { pdf, skipped } = await pdfPhase(workspace);
    if (skipped) log(`PDF phase skipped: ${skipped}`);

    log('measuring dist/');
    const stats = distStats(workspace.dist, slugs);
    const bareStats = distStats(workspace.bareDist, new Set());
    log('search and a meeting page in Chromium');
    const server = await serveStatic(workspace.dist);
    let figures: BrowserFigures | null = null;
    let browserError: string | null = null;
    try {
      figures = await measureBrowser(server, queries, stats.medianMeetingPath);
    } catch (error) {
      browserError = error instanceof Error ? error.message : String(error);
    } finally {
      await server.close();
    }

    const nonSearch = Object.entries(stats.types).filter(([type]) => type !== 'search');
    const report: BenchReport = {
      docs: options.docs,
      seed: options.seed,
      cores: cpus().length,
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      sourceBytes,
      ingested: slugs.size,
      failed: options.docs - slugs.size,
      pages: stats.pages,
      ingestDocsPerSecond: options.docs / ingest.seconds,
      ingestSeconds: ingest.seconds,
      astroSeconds: astro.seconds,
      pagefindSeconds: pagefind.seconds,
      totalSeconds: ingest.seconds + astro.seconds + pagefind.seconds,
      peakRssMb: Math.max(ingest.peakRssMb, astro.peakRssMb, pagefind.peakRssMb),
      phases: { ingest: phase(ingest), astro: phase(astro), pagefind: phase(pagefind), bare: phase(bare) },
      barePages: bareStats.pages,
      bareRatio: astro.seconds / bare.seconds,
      distBytes: stats.bytes,
      distFiles: stats.files,
      pagefindIndexBytes: stats.pagefindBytes,
      pagefindFiles: stats.pagefindFiles,
      pageTypes: stats.types,
      maxNonSearchJsBytes: Math.max(0, ...nonSearch.map(([, type]) => type?.maxJsBytes ?? 0)),
      searchJsBytes: stats.types.search?.maxJsBytes ?? 0,
      meetingPageGzipBytes: stats.types.meeting?.medianFirstVisitBytes ?? 0,
      meetingPageRequests: stats.types.meeting?.firstVisitRequests ?? 0,
      ...browserFields(figures, browserError),
      pdf,
      pdfSkipped: skipped,
    };
    process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : markdownReport(report));
    if (browserError) log(`browser phase failed: ${browserError}`);
    return browserError ? 1 : 0;
  } finally {
    if (options.keep) log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
