import fs, { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
// Not among Astro's exports: the files that patches/astro+7.3.5.patch changes, loaded as the build loads them.
import { ImmutableDataStore } from '../../../node_modules/astro/dist/content/data-store.js';
import { ChunkedWriter, FileWriter } from '../../../node_modules/astro/dist/content/data-store-writer.js';
import { astroContentVirtualModPlugin } from '../../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js';

/** The resolved id of the module that hands the data store to the prerendered pages (Astro's `astro:data-layer-content`). */
const STORE_MODULE = '\0astro:data-layer-content';

/** A store whose text would show in a module that carried it: Markdown rendered to HTML, a quote, non-ASCII text. */
const COLLECTIONS = new Map<string, Map<string, object>>([
  [
    'texts',
    new Map([
      ['15214-19', { id: '15214-19', rendered: { html: '<p>Delegations will find attached the “Council conclusions”.</p>' } }],
      ['5321-21', { id: '5321-21', rendered: { html: '<p>Ständiger Ausschuss für die operative Zusammenarbeit</p>' } }],
    ]),
  ],
  ['documents', new Map([['15214-19', { id: '15214-19', data: { number: '15214/19', subject: 'Draft "COSI" agenda' } }]])],
]);

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

type Storage = 'single-file' | 'chunked';

/** A project folder with its data store written as Astro's sync writes it. */
async function projectWithStore(storage: Storage): Promise<URL> {
  const root = mkdtempSync(join(tmpdir(), 'cosi-store-module-'));
  folders.push(root);
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'cache', 'data-store'), { recursive: true });
  const cacheDir = pathToFileURL(join(root, 'cache') + '/');
  // Parts of 64 bytes: the two collections take several parts each, as an archive's take several of 20 MB.
  const writer = storage === 'chunked' ? new ChunkedWriter(new URL('data-store/', cacheDir), 64) : new FileWriter(new URL('data-store.json', cacheDir));
  await writer.write(COLLECTIONS);
  return pathToFileURL(root + '/');
}

/** The hooks of the plugin that this test calls, as the bundler calls them. */
interface StorePlugin {
  config(config: object, env: { command: 'build' | 'serve' }): void;
  load: { handler(this: { error(error: unknown): never }, id: string): Promise<{ code: string }> };
}

/** The plugin as `astro build` (command `build`) or `astro dev` (`serve`) configures it for a project. */
function plugin(root: URL, storage: Storage, command: 'build' | 'serve', buildOutput: 'static' | 'server', files: typeof fs = fs): StorePlugin {
  const settings = {
    config: { root, srcDir: new URL('src/', root), cacheDir: new URL('cache/', root), experimental: { collectionStorage: storage }, legacy: {} },
    dotAstroDir: new URL('cache/', root),
    buildOutput,
  };
  // The few settings the plugin reads; the rest of Astro's settings play no part here.
  const astroSettings = settings as unknown as Parameters<typeof astroContentVirtualModPlugin>[0]['settings'];
  const instance = astroContentVirtualModPlugin({ settings: astroSettings, fs: files }) as unknown as StorePlugin;
  instance.config({}, { command });
  return instance;
}

/** Astro's `fs` as the plugin gets it, except that reading the single-file store's file is an error. */
const fsWithoutStoreReads = {
  ...fs,
  promises: {
    ...fs.promises,
    readFile: (async (...args: Parameters<typeof fs.promises.readFile>) => {
      if (String(args[0]).endsWith('data-store.json')) throw new Error(`the bundler read the store: ${String(args[0])}`);
      return fs.promises.readFile(...args);
    }) as typeof fs.promises.readFile,
  },
} as typeof fs;

/** The code the plugin gives a module id. */
async function load(instance: StorePlugin, id: string): Promise<string> {
  const context = {
    error: (error: unknown): never => {
      throw new Error(String(error));
    },
  };
  const result = await instance.load.handler.call(context, id);
  return result.code;
}

/** Evaluates a module's code as the prerender does once it is bundled, and returns its default export. */
async function evaluate(code: string, root: URL, name: string): Promise<unknown> {
  const file = new URL(`${name}.mjs`, root);
  writeFileSync(file, code);
  return ((await import(/* @vite-ignore */ file.href)) as { default: unknown }).default;
}

/** What a module exports as the prerender's store loader reads it: a function's value, or the value itself. */
const valueOf = (exported: unknown): unknown => (typeof exported === 'function' ? (exported as () => unknown)() : exported);

describe("Astro's data-store module, as patched: a static build's pages read the store's files instead of a bundled copy", () => {
  it('gives a static build a module that reads the single-file store when called, not one that holds its text', async () => {
    const root = await projectWithStore('single-file');
    const code = await load(plugin(root, 'single-file', 'build', 'static'), STORE_MODULE);
    expect(code).not.toContain('Council conclusions');
    expect(code).not.toContain('Ständiger');
    const exported = await evaluate(code, root, 'single');
    expect(typeof exported).toBe('function');
    expect(devalue.unflatten(valueOf(exported) as number)).toEqual(COLLECTIONS);
  });

  it("neither reads nor parses the single-file store while bundling a static build: the pages' JSON.parse reads it once", async () => {
    const root = await projectWithStore('single-file');
    const code = await load(plugin(root, 'single-file', 'build', 'static', fsWithoutStoreReads), STORE_MODULE);
    expect(devalue.unflatten(valueOf(await evaluate(code, root, 'unread')) as number)).toEqual(COLLECTIONS);
  });

  it('gives a static build a module per part of the chunked store that reads that part when called', async () => {
    const root = await projectWithStore('chunked');
    const instance = plugin(root, 'chunked', 'build', 'static');
    const manifest = JSON.parse(readFileSync(new URL('cache/data-store/manifest.json', root), 'utf8')) as Record<string, string[]>;
    const parts: Record<string, { default: unknown }[]> = {};
    for (const [collection, files] of Object.entries(manifest)) {
      expect(files.length).toBeGreaterThan(1);
      parts[collection] = [];
      for (const file of files) {
        const code = await load(instance, `\0astro:data-layer-content-chunk:${file}.mjs`);
        const text = readFileSync(new URL(`cache/data-store/${file}`, root), 'utf8');
        expect(code).not.toContain(text);
        expect(code).not.toContain(JSON.stringify(text).slice(1, -1));
        parts[collection].push({ default: await evaluate(code, root, file) });
      }
    }
    // Astro types a part as its text; the patched loader also takes a module whose default export reads it.
    expect(ImmutableDataStore.manifestToMap(parts as unknown as Parameters<typeof ImmutableDataStore.manifestToMap>[0])).toEqual(COLLECTIONS);
  });

  it('still carries the store in the module for the dev server and for a server build, whose pages run where the cache is not', async () => {
    const root = await projectWithStore('single-file');
    const dev = await load(plugin(root, 'single-file', 'serve', 'static'), STORE_MODULE);
    const server = await load(plugin(root, 'single-file', 'build', 'server'), STORE_MODULE);
    expect(server).toContain('Council conclusions');
    expect(devalue.unflatten(valueOf(await evaluate(server, root, 'server')) as number)).toEqual(COLLECTIONS);
    // The dev server reads its own store (under .astro/, here the same folder), also carried as text.
    expect(dev).toContain('Council conclusions');
  });
});

/** Where a static build asks its sync to hand the store over in memory (patches/astro+7.3.5.patch, core/build/index.js). */
const HANDOFF = Symbol.for('cosi-archive.data-store-handoff');

describe("Astro's data store, as patched: a static build's pages take the synced store from memory", () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, HANDOFF);
  });

  it('writes no store file when the build asks for the handoff, removes a stale one, and gives the pages the same entries, sorted as the file', async () => {
    const root = await projectWithStore('single-file');
    const file = new URL('cache/data-store.json', root);
    expect(existsSync(file)).toBe(true);
    Reflect.set(globalThis, HANDOFF, {});
    // The sync's writer, as the build's sync calls it once the collections are loaded.
    expect(await new FileWriter(file).write(COLLECTIONS)).toBe(false);
    expect(existsSync(file)).toBe(false);
    const code = await load(plugin(root, 'single-file', 'build', 'static', fsWithoutStoreReads), STORE_MODULE);
    expect(code).not.toContain('Council conclusions');
    const store = valueOf(await evaluate(code, root, 'handoff')) as Map<string, Map<string, object>>;
    expect(store).toEqual(COLLECTIONS);
    // Collections and entries in the order the file had them (`texts` was loaded first), each entry the synced object.
    expect([...store.keys()]).toEqual(['documents', 'texts']);
    expect([...(store.get('texts')?.keys() ?? [])]).toEqual(['15214-19', '5321-21']);
    expect(store.get('texts')?.get('5321-21')).toBe(COLLECTIONS.get('texts')?.get('5321-21'));
    const loaded = await ImmutableDataStore.fromMap(store);
    expect(loaded.get('documents', '15214-19')).toEqual({ id: '15214-19', data: { number: '15214/19', subject: 'Draft "COSI" agenda' } });
  });

  it('hands a chunked store over too (collections above the single file, as at 10,000 documents): no part left on disk, the same entries', async () => {
    const root = await projectWithStore('chunked');
    const folder = new URL('cache/data-store/', root);
    const stale = readdirSync(folder);
    expect(stale).toContain('manifest.json');
    expect(stale.length).toBeGreaterThan(2);
    Reflect.set(globalThis, HANDOFF, {});
    expect(await new ChunkedWriter(folder, 64).write(COLLECTIONS)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
    const code = await load(plugin(root, 'chunked', 'build', 'static'), STORE_MODULE);
    expect(code).not.toContain('Council conclusions');
    expect(code).not.toContain('data-layer-content-chunk');
    const store = valueOf(await evaluate(code, root, 'chunked-handoff')) as Map<string, Map<string, object>>;
    expect(store).toEqual(COLLECTIONS);
    expect([...store.keys()]).toEqual(['documents', 'texts']);
    expect(store.get('texts')?.get('5321-21')).toBe(COLLECTIONS.get('texts')?.get('5321-21'));
  });

  it('still writes the store file without the handoff (astro sync, the dev server), and the dev server reads its file even with one', async () => {
    const root = await projectWithStore('single-file');
    expect(devalue.unflatten(JSON.parse(readFileSync(new URL('cache/data-store.json', root), 'utf8')) as number)).toEqual(COLLECTIONS);
    Reflect.set(globalThis, HANDOFF, { collections: () => new Map() });
    expect(await load(plugin(root, 'single-file', 'serve', 'static'), STORE_MODULE)).toContain('Council conclusions');
  });

  it("is asked for by a build only without an adapter (every page prerendered in the build's process) and cleared when it ends", () => {
    const source = readFileSync(new URL('../../../node_modules/astro/dist/core/build/index.js', import.meta.url), 'utf8');
    expect(source).toContain(
      'globalThis[Symbol.for("cosi-archive.data-store-handoff")] = this.settings.buildOutput === "static" && !this.settings.adapter ? {} : void 0;',
    );
    const ending = source.slice(source.indexOf('async run() {'), source.indexOf('validateConfig() {'));
    expect(ending).toContain('} finally {\n      globalThis[Symbol.for("cosi-archive.data-store-handoff")] = void 0;');
  });
});

describe("Astro's sync, as patched", () => {
  it("forgets the synced store once a build's sync is done, so that the build does not hold it beside its pages' copy", () => {
    const source = readFileSync(new URL('../../../node_modules/astro/dist/core/sync/index.js', import.meta.url), 'utf8');
    const cleanup = source.slice(source.indexOf('if (!skip?.cleanup) {'), source.indexOf('settings.timer.end("Sync content layer")'));
    expect(cleanup).toContain('globalContentLayer.dispose();');
    expect(cleanup).not.toContain('contentLayer.dispose();\n');
  });
});

describe("Astro's page writer, as patched", () => {
  it('writes each page synchronously: no promise and thread-pool trip for each mkdir, open, write and close', () => {
    const source = readFileSync(new URL('../../../node_modules/astro/dist/core/build/generate.js', import.meta.url), 'utf8');
    const write = source.slice(source.indexOf('async function generatePathWithPrerenderer('), source.indexOf('function logRenderTime('));
    expect(write).toContain('nodeFs.mkdirSync(result.outFolder, { recursive: true });');
    expect(write).toContain('nodeFs.writeFileSync(result.outFile, result.body);');
    expect(write).not.toContain('await nodeFs.promises.writeFile(result.outFile');
  });
});
