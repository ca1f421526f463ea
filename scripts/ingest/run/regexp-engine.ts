/**
 * Imported first by every entry of the ingest (the CLI, its workers, the benchmark's profiler): V8 compiles each
 * regular expression straight to machine code instead of to bytecode first. V8 otherwise interprets a pattern's
 * bytecode on its first search and compiles it again to machine code on the next, and making the bytecode of the
 * patterns that hold every month name (a date, a place and date, a `dated` note: some 15,000 characters of
 * alternatives) takes 0.3–0.75 CPU s each, in every thread, against 0.03 s for the machine code. The flag is global to
 * the process (the workers share it) and changes only how patterns are compiled, never what they match.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag: compile regular expressions to machine code at once. */
const COMPILE_PATTERNS_AT_ONCE = '--no-regexp-tier-up';

setFlagsFromString(COMPILE_PATTERNS_AT_ONCE);
