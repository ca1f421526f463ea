import { buildFixtureSite } from './fixture-sites.ts';

/** Vitest global setup of the e2e-seeds project: builds the site of the seeds once for all its test files. */
export default function setup(): void {
  buildFixtureSite('seeds');
}
