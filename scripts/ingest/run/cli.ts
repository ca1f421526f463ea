/**
 * `npm run ingest`: Council documents in content/sources/ → the typed collections under content/.
 * Parses in worker threads over every core (ingest-worker.ts), each writing its documents' files into a staging
 * folder as soon as they are made and their entries of packed collections into its spool file (packed-spool.ts);
 * keeps only what the stages across documents need (corpus-collector.ts) and where each spooled entry lies, writes
 * the packed collections' few files from the spool at the end (packed-writer.ts), and swaps the staged collections
 * in, or leaves the content root untouched when nothing changed. No source stops the
 * others: one that cannot be read or made into a document is an error, listed in the sources collection (the site's
 * /sources/ page) and in the closing summary.
 *
 *   npm run ingest [-- --sources DIR --out DIR --quiet]   parse every source, write the collections atomically
 *                                                          (--quiet: only skipped files and errors are printed)
 *   npm run ingest -- --strict                            the same, but exit 1 when any source is an error
 *   npm run ingest -- --check [--strict]                  write nothing; exit 1 naming the files that differ
 *   npm run --silent ingest -- --json FILE...             print the records as one JSON array; write nothing
 */
import { enableCompileCache } from 'node:module';

// V8's code for the ingest's modules, and their TypeScript stripped, are kept on disk between runs (Node's compile
// cache, under the system's temporary folder or NODE_COMPILE_CACHE; the worker threads use it too, worker-pool.ts):
// loading them cost each thread about 0.45 of its 1.1 CPU s of start-up. It must be on before they load, so the
// command is imported only now.
enableCompileCache();
await import('./ingest-cli.ts');
