import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeContentPath } from '../../scripts/ingest/run/collection-paths.ts';
import { parseDocument } from '../../scripts/ingest/parse/parse.ts';
import { canonicalReference } from '../../src/shared/references.ts';
import { toCollections } from '../../scripts/ingest/entries/to-markdown.ts';
import { documentSlug } from '../../src/shared/slug.ts';
import { runIngest } from '../support/cli.ts';

/** Every file under a folder, as paths relative to it (symbolic links listed, not followed). */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** A path is one plain relative path that stays inside the folder it is joined to. */
function staysInside(path: string): boolean {
  const root = resolve('/content-root');
  return (
    !isAbsolute(path) && !path.includes('\\') && posix.normalize(path) === path && resolve(root, path).startsWith(root + sep) && !path.split('/').includes('..')
  );
}

describe('the ingest CLI on hostile file names and links', () => {
  let root: string;
  let sources: string;
  let before: string[];
  let stderr: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cosi-fs-'));
    sources = join(root, 'content', 'sources');
    const outside = join(root, 'outside');
    mkdirSync(join(sources, 'sub dir ✓'), { recursive: true });
    mkdirSync(outside);
    copyFileSync('content/sources/000_fcebac5ee47826ac.txt', join(sources, 'a file with spaces.txt'));
    copyFileSync('content/sources/001_a69fd2a43e7584cc.txt', join(sources, 'sub dir ✓', 'Ünïcödé – 文書 ✓.txt'));
    copyFileSync('content/sources/002_e25e8abf6c082c01.txt', join(sources, '..%2F..%2Fescape...txt'));
    copyFileSync('content/sources/003_4dba75d703f3f065.txt', join(sources, '..md'));
    // A Council document outside the sources folder, reachable only through links.
    copyFileSync('content/sources/004_3542f36dac911e8f.txt', join(outside, 'secret.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(sources, 'link to outside.txt'));
    symlinkSync('../../outside/secret.txt', join(sources, 'relative-link.md'));
    symlinkSync(outside, join(sources, 'linked folder'));
    symlinkSync('/dev/zero', join(sources, 'zero.txt'));
    symlinkSync(join(root, 'nowhere.txt'), join(sources, 'dangling.txt'));
    before = filesUnder(root);
    const run = runIngest(['--quiet', '--sources', sources, '--out', join(root, 'content')]);
    stderr = run.stderr;
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses every link that leads outside the sources folder, naming it, and never reads it', () => {
    for (const name of ['link to outside.txt', 'relative-link.md', 'zero.txt', 'dangling.txt']) {
      expect(stderr).toContain(`${name}: symbolic link to a file outside the sources folder, not read`);
    }
    const written = filesUnder(join(root, 'content')).filter((path) => !path.startsWith('sources'));
    const text = written.map((path) => readFileSync(join(root, 'content', path), 'utf8')).join('\n');
    // The linked document is 15754/17: had the CLI read it, its page and meeting would exist.
    expect(written).not.toContain('documents/15754-17.json');
    expect(text).not.toContain('secret.txt');
    // A linked folder is not walked into: its file is neither read nor reported.
    expect(stderr).not.toContain('linked folder');
  });

  it('ingests the sources named with spaces and unicode, and skips those whose names begin with a dot, saying so', () => {
    expect(filesUnder(join(root, 'content', 'documents'))).toEqual(['15912-25.json', '6543-25.json']);
    expect(stderr).toContain('..%2F..%2Fescape...txt: skipped: a hidden file (name beginning with ".")');
    expect(stderr).toContain('..md: skipped: a hidden file (name beginning with ".")');
  });

  it('writes nothing outside the collection folders of the out folder', () => {
    const added = filesUnder(root).filter((path) => !before.includes(path));
    expect(added.length).toBeGreaterThan(0);
    expect(
      added.filter(
        (path) => !/^content\/(?:decisions|documents|items|meetings|mentions|references|source-files|texts)\/[a-z0-9][a-z0-9-]*\.(?:md|json)$/.test(path),
      ),
    ).toEqual([]);
  });
});

describe('paths the ingest writes', () => {
  it('makes every document slug a plain path segment, whatever the id', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('../..', '/etc/passwd', 'a/../../b', '..', '.', 'C:\\x', '\u0000', '%2e%2e%2f')),
        (id) => {
          const slug = documentSlug(id);
          expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('makes a non-empty slug of every canonical reference', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('14470/1/25 REV1', 'CM 4578/2/24 REV 2', 'COM(2023) 516 final', 'Regulation (EU) 2024/1689', 'WK 13949/2021', 'EUCO 50/24'),
        (noise, id) => {
          for (const raw of [id, `${noise}${id}`, `${id}${noise}`]) {
            const canonical = canonicalReference(raw);
            if (canonical !== null) expect(documentSlug(canonical.id)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps every path toCollections gives inside its collection folder, for documents with hostile numbers, items and references', () => {
    const itemNumber = fc.oneof(
      fc.constantFrom('1.', '6.1.', '1.1.1.1.1.', '99999999999.', 'III.', 'a)'),
      fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 6 }).map((parts) => `${parts.join('.')}.`),
    );
    const reference = fc.constantFrom(
      '14470/1/25 REV1',
      'CM 4578/2/24 REV 2',
      'COM(2023) 516 final',
      'Regulation (EU) 2024/1689',
      'WK 13949/2021',
      'EUCO 50/24',
      '9459/20 ADD 1',
      '7402/24 COR 1',
      'Council Decision 2010/131/EU',
      '../../etc/passwd',
      '1/1',
      '0/00',
    );
    const item = fc.record({ number: itemNumber, title: fc.string({ maxLength: 30 }), reference, text: fc.string({ maxLength: 40 }) });
    fc.assert(
      fc.property(fc.constantFrom('15912/25', '14470/1/25', '7402/24 COR 1', '9459/20 ADD 1'), fc.array(item, { maxLength: 8 }), (number, items) => {
        const body = items
          .map(({ number: n, title, reference: r, text }) => `${n} ${title.replace(/\s/g, ' ')}\n\nCOSI endorsed ${r} ${text.replace(/\s/g, ' ')}.\n`)
          .join('\n');
        const source = `Brussels, 25 November 2025\n(OR. en)\n\n${number}\n\nCOSI 237\n\nOUTCOME OF PROCEEDINGS\n\nFrom:\tGeneral Secretariat of the Council\nOn:\t18 November 2025\nTo:\tDelegations\nSubject:\tOutcome ${items.map((i) => i.reference).join(' ')}\n\n${body}`;
        const record = parseDocument(source, 'content/sources/x.txt');
        if (record.status !== 'ok') return;
        for (const path of toCollections([record]).keys()) {
          expect(isSafeContentPath(path), path).toBe(true);
          expect(staysInside(path), path).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
