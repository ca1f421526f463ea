import { buildFixtureSite } from './fixture-sites.ts';

/** Vitest global setup of the e2e-meetings project: builds the site of the meetings fixtures once for all its test files. */
export default function setup(): void {
  buildFixtureSite('meetings');
}
