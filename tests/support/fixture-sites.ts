/**
 * The fixture sites the end-to-end tests run against, as Starlight's `__e2e__/fixtures/` are: each a folder of sources,
 * built once per test run into its own folder under tmp/sites/ exactly as `npm run build` builds the real site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INGEST_NODE_FLAGS } from '../../scripts/ingest/run/regexp-engine.ts';

/** Each fixture site and the folder of sources it is built from. */
export const FIXTURE_SITES = {
  /** The five seed documents: the real archive's sources. */
  seeds: 'content/sources',
  /** Realistic Council documents carrying script, markup, template, frontmatter and XML-breaking payloads. */
  hostile: 'tests/fixtures/hostile',
  /** Meetings as their documents give them (issue 13): an agenda alone, an agenda and its outcome, versions of an outcome, two meetings on one day, two sources of one number. */
  meetings: 'tests/fixtures/meetings/sources',
} as const;

/**
 * The name of a fixture site; `register` is made by `npm run fetch` from the local register (tests/support/register-site.ts),
 * `bad-sources` of the seeds among sources that cannot be read or have hostile names (tests/support/bad-sources-site.ts).
 */
export type FixtureSiteName = keyof typeof FIXTURE_SITES | 'register' | 'bad-sources';

/**
 * What an Astro build needs of the project. The build runs on a copy so that its content-layer cache
 * (node_modules/.astro under the copy's root) and .astro/ types never meet those of a build of the real site.
 */
const PROJECT_PARTS = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'scripts', 'public'] as const;

/** The folders of a fixture site: its sources (a copy), the ingest's output, the built site and the project copy. */
export interface FixtureSite {
  readonly name: FixtureSiteName;
  readonly sources: string;
  readonly content: string;
  readonly dist: string;
  readonly project: string;
}

/**
 * Where a fixture site is built: inside the repository (so that the copied project resolves its modules from the
 * repository's node_modules), in the git-ignored tmp/ folder, away from content/ and dist/.
 */
export function fixtureSite(name: FixtureSiteName): FixtureSite {
  const root = resolve('tmp/sites', name);
  return { name, sources: join(root, 'sources'), content: join(root, 'content'), dist: join(root, 'dist'), project: join(root, 'project') };
}

function run(command: string, args: readonly string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Builds a fixture site from scratch as `npm run build` builds the real one: its sources copied, the ingest (the CLI),
 * `astro build` with COSI_CONTENT and COSI_DIST pointing at the site's folders, then the search bundles.
 */
export function buildFixtureSite(name: keyof typeof FIXTURE_SITES): FixtureSite {
  const site = fixtureSite(name);
  rmSync(resolve('tmp/sites', name), { recursive: true, force: true });
  mkdirSync(site.sources, { recursive: true });
  cpSync(FIXTURE_SITES[name], site.sources, { recursive: true });
  return buildSite(site);
}

/** Builds a fixture site whose sources folder is filled: the ingest, `astro build` and the search bundles, as `npm run build` does. */
export function buildSite(site: FixtureSite): FixtureSite {
  for (const part of PROJECT_PARTS) {
    if (existsSync(part)) cpSync(part, join(site.project, part), { recursive: true });
  }
  run(process.execPath, [...INGEST_NODE_FLAGS, 'scripts/ingest/run/cli.ts', '--quiet', '--sources', site.sources, '--out', site.content]);
  run('npx', ['astro', 'build', '--silent', '--root', site.project], { COSI_CONTENT: site.content, COSI_DIST: site.dist });
  run(process.execPath, ['scripts/build/search-index.ts', '--site', site.dist, '--silent']);
  return site;
}
