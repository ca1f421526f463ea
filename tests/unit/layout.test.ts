import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, relative } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

/** Import specifiers of a module: static `from '…'`, bare `import '…'`, dynamic `import('…')` and `new URL('…')` of workers. */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+|new URL\(\s*)['"]([^'"]+)['"]/gm;

/** Every .ts, .mjs and .astro file under a folder of the repository. */
function modules(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The repository paths a module imports by relative specifier (packages and `astro:` modules left out). */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPECIFIER)]
    .map((match) => match[1] ?? '')
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => normalize(join(dirname(file), specifier)));
}

/** `file → imported path` for every import of the modules under `folder` that `allowed` refuses. */
function violations(folder: string, allowed: (target: string) => boolean): string[] {
  return modules(folder).flatMap((file) =>
    relativeImports(file)
      .filter((target) => !allowed(target))
      .map((target) => `${file} → ${target}`),
  );
}

/** The unit tests of parse/: a module's test at the module's path under it. */
const PARSE_TESTS = 'tests/unit/ingest/parse';

const inside = (folder: string) => (target: string) => !relative(folder, target).startsWith('..');

/** Every folder under `root` (itself included) that holds a module of its own. */
function moduleFolders(root: string): string[] {
  const below = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name));
  return [root, ...below].filter((folder) => readdirSync(folder).some((name) => /\.(?:ts|mjs)$/.test(name))).sort();
}

/** The folder names (`x/`, as inline code) in the first column of the table under a README's `## Folders` heading, in order. */
function folderTable(readme: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(readme, 'utf8'));
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.children.some((child) => child.type === 'text' && child.value === 'Folders'));
  const table = start === -1 ? undefined : tree.children.slice(start + 1).find((node) => node.type === 'table');
  if (table === undefined || table.type !== 'table') return [];
  return table.children.slice(1).flatMap((row) => {
    const first = row.children[0]?.children[0];
    return first?.type === 'inlineCode' && first.value.endsWith('/') ? [first.value.slice(0, -1)] : [];
  });
}

/** The module names (`x.ts`, as inline code) in the table under a README's `## Modules` heading, read as mdast. */
function moduleTable(readme: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(readme, 'utf8'));
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.children.some((child) => child.type === 'text' && child.value === 'Modules'));
  const table = start === -1 ? undefined : tree.children.slice(start + 1).find((node) => node.type === 'table');
  if (table === undefined || table.type !== 'table') return [];
  return table.children
    .flatMap((row) => row.children)
    .flatMap((cell) => cell.children)
    .flatMap((node) => (node.type === 'inlineCode' && node.value.endsWith('.ts') && !node.value.includes('/') ? [node.value] : []));
}

describe('the one-direction layout', () => {
  it('keeps the site from importing the ingest or any other script', () => {
    expect(violations('src', (target) => !target.startsWith('scripts/'))).toEqual([]);
  });

  it('keeps the site from loading a script by a path from the project root (a worker, a dynamic import)', () => {
    const named = modules('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"](?:\.\/)?(scripts\/[^'"]+)['"]/g)].map((match) => `${file} → ${match[1] ?? ''}`),
    );
    expect(named).toEqual([]);
  });

  it('lets the ingest import only its own stages, src/shared and src/schemas', () => {
    const allowed = (target: string) => inside('scripts/ingest')(target) || inside('src/shared')(target) || inside('src/schemas')(target);
    expect(violations('scripts/ingest', allowed)).toEqual([]);
  });

  it('lets the fetcher import only its own modules, src/shared, src/schemas and the ingest through its run/ stage', () => {
    const allowed = (target: string) => ['scripts/fetch', 'src/shared', 'src/schemas', 'scripts/ingest/run'].some((folder) => inside(folder)(target));
    expect(violations('scripts/fetch', allowed)).toEqual([]);
  });

  it('keeps src/shared free of the site and the ingest: it imports only itself and src/schemas', () => {
    expect(violations('src/shared', (target) => inside('src/shared')(target) || inside('src/schemas')(target))).toEqual([]);
  });

  it('finds the imports it checks (the rule is not vacuous)', () => {
    const ingestImports = modules('scripts/ingest').flatMap(relativeImports);
    expect(ingestImports.some(inside('src/shared'))).toBe(true);
    expect(ingestImports.some(inside('src/schemas'))).toBe(true);
    expect(modules('src').flatMap(relativeImports).some(inside('src/shared'))).toBe(true);
  });

  it('opens every folder of the ingest, the shared code and the scripts with a README saying what it owns', () => {
    const folders = ['scripts/ingest', ...moduleFolders('scripts/ingest'), 'src/shared', 'scripts/bench', 'scripts/build', 'scripts/fixtures', 'scripts/fetch'];
    expect(folders).toContain('scripts/ingest/parse/header');
    const missing = folders.filter((folder) => !readdirSync(folder).includes('README.md'));
    expect(missing).toEqual([]);
  });

  it('lists every module of the ingest’s folders and the shared code in its folder README’s module table', () => {
    const folders = [...moduleFolders('scripts/ingest'), 'src/shared'];
    for (const folder of [
      'scripts/ingest/read',
      'scripts/ingest/parse',
      'scripts/ingest/parse/header',
      'scripts/ingest/markdown',
      'scripts/ingest/entries',
      'scripts/ingest/run',
    ])
      expect(folders).toContain(folder);
    for (const folder of folders) {
      const files = readdirSync(folder)
        .filter((name) => name.endsWith('.ts'))
        .sort();
      expect([...moduleTable(join(folder, 'README.md'))].sort(), folder).toEqual(files);
    }
  });

  it('keeps every folder of the ingest to about 35 modules, so that a newcomer sees what each does', () => {
    const crowded = moduleFolders('scripts/ingest')
      .map((folder) => ({ folder, count: readdirSync(folder).filter((name) => name.endsWith('.ts')).length }))
      .filter(({ count }) => count > 35);
    expect(crowded).toEqual([]);
  });

  it('lets each sub-folder of parse/ import only the sub-folders its README’s folder table lists above it', () => {
    const order = folderTable('scripts/ingest/parse/README.md');
    const subfolders = moduleFolders('scripts/ingest/parse').filter((folder) => folder !== 'scripts/ingest/parse');
    expect([...order].sort()).toEqual(subfolders.map((folder) => relative('scripts/ingest/parse', folder)).sort());
    const against = order.flatMap((folder, at) =>
      violations(join('scripts/ingest/parse', folder), (target) => {
        if (!inside('scripts/ingest/parse')(target)) return true;
        const into = relative('scripts/ingest/parse', target).split('/');
        return into.length === 1 || order.indexOf(into[0] ?? '') <= at;
      }),
    );
    expect(against).toEqual([]);
  });

  it('keeps each test of parse/ at its module’s path (tests/unit/ingest/parse/ has parse/’s sub-folders, no other)', () => {
    const folders = readdirSync(PARSE_TESTS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders).toContain('header');
    expect(folders.filter((folder) => !readdirSync('scripts/ingest/parse').includes(folder))).toEqual([]);
    const modulePaths = new Map(modules('scripts/ingest/parse').map((file) => [basename(file), relative('scripts/ingest/parse', file)]));
    const misplaced = modules(PARSE_TESTS).flatMap((file) => {
      const module = modulePaths.get(`${basename(file, '.test.ts')}.ts`);
      const at = relative(PARSE_TESTS, file);
      return module === undefined || at === module.replace(/\.ts$/, '.test.ts') ? [] : [`${at}: ${module}`];
    });
    expect(misplaced).toEqual([]);
  });

  it('holds in tests/unit/ingest/parse/ and each of its sub-folders only tests of that folder’s modules (named after one, or importing one): at its top those of parse.ts, normalise.ts and split.ts, which parse/ keeps at its top', () => {
    const tests = modules(PARSE_TESTS);
    expect(tests.filter((file) => dirname(file) !== PARSE_TESTS).length).toBeGreaterThan(100);
    expect(tests.filter((file) => dirname(file) === PARSE_TESTS).length).toBeGreaterThan(2);
    const strays = tests.filter((file) => {
      const folder = join('scripts/ingest/parse', relative(PARSE_TESTS, dirname(file)));
      const named = readdirSync(folder).includes(`${basename(file, '.test.ts')}.ts`);
      return !named && !relativeImports(file).some((target) => dirname(target) === folder);
    });
    expect(strays).toEqual([]);
  });

  it('keeps the top level as agreed', () => {
    const top = readdirSync('.', { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.') && !['node_modules', 'dist'].includes(entry.name))
      .map((entry) => entry.name);
    for (const part of ['package.json', 'astro.config.mjs', 'src', 'content', 'public', 'scripts', 'tests', 'README.md']) expect(top).toContain(part);
    expect(top).not.toContain('astro.config.ts');
    expect(top).not.toContain('bench');
  });
});
