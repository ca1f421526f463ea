import { buildHostileSite } from './hostile-site.ts';

/** Vitest global setup of the hostile-site project: builds the site of the hostile fixtures once for all its test files. */
export default function setup(): void {
  buildHostileSite();
}
