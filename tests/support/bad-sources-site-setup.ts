import { buildBadSourcesSite } from './bad-sources-site.ts';

/** Vitest global setup of the e2e-bad-sources project: builds the site of the seeds among bad sources once for all its test files. */
export default function setup(): void {
  buildBadSourcesSite();
}
