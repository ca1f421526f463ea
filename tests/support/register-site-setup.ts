import { buildRegisterSite } from './register-site.ts';

/** Vitest global setup of the e2e-register project: fetches the register fixture site from the local register and builds it once. */
export default async function setup(): Promise<void> {
  await buildRegisterSite();
}
