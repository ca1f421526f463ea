/**
 * Runs Pagefind's own command-line indexer, the binary its npm package installs for this platform. It reads and parses
 * a site's pages itself and writes a bundle several times faster than the same pages handed one by one to its Node API's
 * service (which takes every page as a message and writes slowly), and it reads `pagefind.yml` from the working
 * directory as `pagefind --site` always does.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The npm package's finder of the platform's binary (or of `PAGEFIND_BINARY_PATH`), beside its Node entry point, which
 * its own launcher (`runner/bin.cjs`) calls: the binary is run directly, without the launcher's Node process (some
 * 45 MiB more while Pagefind runs).
 */
const FINDER = pathToFileURL(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'resolveBinary.js')).href;
const { resolveBinaryPath } = (await import(FINDER)) as { resolveBinaryPath(execnames: readonly string[]): string };

/** Pagefind's binary, the extended one first, as its launcher chooses. */
const BINARY = resolveBinaryPath(['pagefind_extended', 'pagefind']);

/**
 * The line Pagefind's indexer prints once it has read and parsed every page (1.6.0's `[Reading languages]`, the status
 * after `[Parsing files]`): from there on it works on what it holds (languages, index, writing the bundle) and reads no
 * page again.
 */
export const PAGES_READ_LINE = '[Reading languages]';

/**
 * Indexes every page of `site` that pagefind.yml's glob names into one bundle at `outputPath`, in a process of its own
 * (so that two bundles can be indexed at once); calls `onPagesRead` once Pagefind says it has read every page (never,
 * if it does not say so); rejects with Pagefind's own message when it fails.
 */
export function runPagefind(site: string, outputPath: string, onPagesRead: () => void = () => {}): Promise<void> {
  return new Promise((resolve, reject) => {
    // Pagefind's status lines (not `--silent`) tell when it has read the pages; its output is kept only for an error.
    const child = spawn(BINARY, ['--site', site, '--output-path', outputPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let read = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!read && stdout.split('\n').some((line) => line.trim() === PAGES_READ_LINE)) {
        read = true;
        onPagesRead();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (status === 0) resolve();
      else reject(new Error(`Pagefind failed on ${site} (exit ${String(status ?? signal)}): ${stderr.trim() || stdout.trim()}`));
    });
  });
}
