/**
 * The V8 flags every process that runs the ingest starts with, on its command line (package.json's `ingest` and
 * `bench:redos`, the benchmark, the fetcher, the tests' runs of the CLI, the test workers: vitest.config.ts): V8
 * compiles each regular expression straight to machine code instead of to bytecode first. V8 otherwise interprets a
 * pattern's bytecode on its first search and compiles it again to machine code on the next, and making the bytecode of
 * the patterns that hold every month name (a date, a place and date, a `dated` note: some 15,000 characters of
 * alternatives) takes 0.3–0.75 CPU s each, in every thread, against 0.03 s for the machine code. The flags change only
 * how patterns are compiled, never what they match. They are the process's: its worker threads run with them (Node
 * refuses V8 flags in a worker's `execArgv`). They are never set at run time through the `v8` module, which changes
 * them under threads already running.
 */
export const INGEST_NODE_FLAGS: readonly string[] = ['--no-regexp-tier-up'];
