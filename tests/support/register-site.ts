import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeClock } from './fake-clock.ts';
import { fetchFrom } from './fetch-harness.ts';
import { buildSite, fixtureSite, type FixtureSite } from './fixture-sites.ts';
import { fixturePdf, startRegister } from './register-server.ts';

/** The fixture graph of tests/fixtures/register/ as the local register serves it; 90102/25 is corrected on its second request. */
const GRAPH = {
  'ST-90101-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90101-25.pdf') }],
  'ST-90102-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90102-25.pdf') }, { pdf: fixturePdf('tests/fixtures/register/corrected/90102-25.pdf') }],
  'CM-90103-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/cm-90103-25.pdf') }],
  'ST-90105-2025-INIT': [{ status: 403 }],
  'ST-90106-2025-INIT': [{ pdf: fixturePdf('tests/fixtures/register/90106-25.pdf') }],
};

/** A day on the fake clock: the refresh comes the day after the first fetch. */
const DAY_MS = 86_400_000;

/**
 * The register fixture site: `npm run fetch -- 90101/25 --follow 2` from the local register on 1 December 2025 at 09:00
 * UTC (fake clock), `--refresh 90102/25` a day later (the corrected note), then built as `npm run build` builds the real one.
 */
export async function buildRegisterSite(): Promise<FixtureSite> {
  const site = fixtureSite('register');
  rmSync(resolve('tmp/sites', site.name), { recursive: true, force: true });
  mkdirSync(site.sources, { recursive: true });
  const clock = fakeClock();
  const register = await startRegister(GRAPH, clock);
  try {
    await fetchFrom(register, site.sources, ['90101/25'], { follow: 2, clock });
    await clock.sleep(DAY_MS);
    await fetchFrom(register, site.sources, ['90102/25'], { refresh: true, clock });
  } finally {
    await register.close();
  }
  return buildSite(site);
}
