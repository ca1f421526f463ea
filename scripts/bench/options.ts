import { parseArgs } from 'node:util';

/** The benchmark's command-line options. */
export interface BenchOptions {
  docs: number;
  seed: number;
  json: boolean;
  keep: boolean;
}

/** Documents generated when `--docs` is not given (issue 5). */
const DEFAULT_DOCS = 2_000;
/** Seed used when `--seed` is not given. */
const DEFAULT_SEED = 1;

/** Usage line printed on a bad command line. */
export const USAGE = 'usage: npm run bench -- [--docs N] [--seed S] [--json] [--keep]';

/** Parses `--docs N --seed S --json --keep`; null when the command line is not understood. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions | null {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        docs: { type: 'string', default: String(DEFAULT_DOCS) },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        json: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
      },
    });
    const docs = Number(values.docs);
    const seed = Number(values.seed);
    if (!Number.isInteger(docs) || docs < 1 || !Number.isInteger(seed)) return null;
    return { docs, seed, json: values.json, keep: values.keep };
  } catch {
    return null;
  }
}
