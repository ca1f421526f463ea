import { buildFixtureSite } from './fixture-sites.ts';

/** Vitest global setup of the e2e-hostile project: builds the site of the hostile fixtures once for all its test files. */
export default function setup(): void {
  buildFixtureSite('hostile');
}
