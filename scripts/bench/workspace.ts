import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedDocument } from './generate.ts';

/**
 * What a build needs of the project. The benchmark builds a copy of these inside .bench/, so that its
 * Astro cache (node_modules/.astro under the copy's root) and .astro/ types never meet those of a build
 * of the real site running at the same time; modules still resolve from the repository's node_modules.
 */
const PROJECT_PARTS = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'pagefind.yml', 'src', 'scripts', 'public'] as const;

/**
 * Where the generated sources lie in the project copy, as the repository keeps its own, and how the ingest (run in the
 * project copy) is given them: relative, so that it records each source by this path (`content/sources/000001_2919-10.txt`,
 * as `source` and `file`). Given as an absolute path, or lying outside the project, a source is recorded by its absolute
 * path, which names the run's folder (with its process id): `content/`, the open data of `dist/` and its zip then
 * differed from run to run of the same sources (by 10,000 paths' lengths at 10,000 documents).
 */
export const SOURCES_IN_PROJECT = 'content/sources';

/** The folders of one benchmark run. */
export interface Workspace {
  root: string;
  project: string;
  bare: string;
  /** The generated sources: SOURCES_IN_PROJECT inside the project copy. */
  sources: string;
  content: string;
  dist: string;
  bareDist: string;
  /** Working folder of the PDF maker (it reads content/sources/ under it). */
  pdfMaker: string;
  pdfSources: string;
  pdfContent: string;
}

/** Lays out a run's folders under `root` and copies the project's build inputs into it. */
export function createWorkspace(repo: string, root: string): Workspace {
  const project = join(root, 'project');
  for (const part of PROJECT_PARTS) {
    if (existsSync(join(repo, part))) cpSync(join(repo, part), join(project, part), { recursive: true });
  }
  const workspace = {
    root,
    project,
    bare: join(project, 'scripts', 'bench', 'bare'),
    sources: join(project, SOURCES_IN_PROJECT),
    content: join(root, 'content'),
    dist: join(root, 'dist'),
    bareDist: join(root, 'bare-dist'),
    pdfMaker: join(root, 'pdf-maker'),
    pdfSources: join(root, 'pdf-sources'),
    pdfContent: join(root, 'pdf-content'),
  };
  mkdirSync(workspace.sources, { recursive: true });
  return workspace;
}

/** The commit the project's build inputs come from, and whether the working tree changes any of them (then the figures are of that tree). */
export function projectVersion(repo: string): { commit: string | null; dirty: boolean | null } {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    return { commit: git('rev-parse', '--short', 'HEAD'), dirty: git('status', '--porcelain', '--', ...PROJECT_PARTS) !== '' };
  } catch {
    return { commit: null, dirty: null };
  }
}

/** The ingest's script and arguments for a run's sources, with the project copy as its working folder: content/ at `workspace.content`. */
export function ingestArguments(workspace: Workspace): string[] {
  return ['scripts/ingest/run/cli.ts', '--sources', SOURCES_IN_PROJECT, '--out', workspace.content, '--quiet'];
}

/** Writes the generated documents into the sources folder; returns their total size in bytes. */
export function writeSources(folder: string, documents: readonly GeneratedDocument[]): number {
  let bytes = 0;
  for (const document of documents) {
    writeFileSync(join(folder, document.fileName), document.text);
    bytes += Buffer.byteLength(document.text);
  }
  return bytes;
}

/** The slugs of the documents the ingest wrote (one `documents/<slug>.json` each). */
export function ingestedSlugs(content: string): Set<string> {
  const folder = join(content, 'documents');
  if (!existsSync(folder)) return new Set();
  return new Set(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -5)),
  );
}
