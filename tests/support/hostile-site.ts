import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The hostile sources: realistic Council documents carrying script, markup, template and frontmatter payloads. */
export const HOSTILE_FIXTURES = 'tests/fixtures/hostile';

/**
 * Where the hostile site is built: inside the repository (so that the copied project resolves its modules from the
 * repository's node_modules) in the git-ignored tmp/ folder, away from content/ and dist/.
 */
export const HOSTILE_ROOT = resolve('tmp/hostile-site');

/** The folders of the hostile site: its sources, the ingest's output, the built site. */
export const HOSTILE = {
  sources: join(HOSTILE_ROOT, 'sources'),
  content: join(HOSTILE_ROOT, 'content'),
  dist: join(HOSTILE_ROOT, 'dist'),
  project: join(HOSTILE_ROOT, 'project'),
} as const;

/**
 * What an Astro build needs of the project. The build runs on a copy so that its content-layer cache
 * (node_modules/.astro under the copy's root) and .astro/ types never meet those of a build of the real site.
 */
const PROJECT_PARTS = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'scripts', 'public'] as const;

/** The source files of the hostile fixtures (sorted). */
export function hostileSourceFiles(): string[] {
  return readdirSync(HOSTILE.sources)
    .sort()
    .map((name) => join(HOSTILE.sources, name));
}

function run(command: string, args: readonly string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 300_000 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Builds the site of the hostile fixtures from scratch, exactly as `npm run build` builds the real one:
 * ingest (the CLI), `astro build` with COSI_CONTENT and COSI_DIST pointing at the hostile folders, then Pagefind.
 */
export function buildHostileSite(): void {
  rmSync(HOSTILE_ROOT, { recursive: true, force: true });
  mkdirSync(HOSTILE.sources, { recursive: true });
  cpSync(HOSTILE_FIXTURES, HOSTILE.sources, { recursive: true });
  for (const part of PROJECT_PARTS) {
    if (existsSync(part)) cpSync(part, join(HOSTILE.project, part), { recursive: true });
  }
  run('npx', ['tsx', 'scripts/ingest/run/cli.ts', '--quiet', '--sources', HOSTILE.sources, '--out', HOSTILE.content]);
  run('npx', ['astro', 'build', '--silent', '--root', HOSTILE.project], { COSI_CONTENT: HOSTILE.content, COSI_DIST: HOSTILE.dist });
  run('npx', ['pagefind', '--site', HOSTILE.dist, '--silent']);
}
