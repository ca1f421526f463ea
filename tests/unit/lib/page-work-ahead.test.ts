import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentBody, shownBody } from '../../../src/lib/document-body.ts';
import { bodyMadeAhead, diffMadeAhead, startPageWork, stopPageWork, type BodyFootnote, type PageWork } from '../../../src/lib/page-work-ahead.ts';
import { diffOf, wordDiff, type DiffPart } from '../../../src/lib/word-diff.ts';
import { versionText, type VersionDocument } from '../../../src/lib/version-text.ts';
import { elements, htmlFragment } from '../../support/hast.ts';
import { documentEntry, noteWithBody, renderAsTheSite } from '../../support/hostile-render.ts';

const THREAD = new URL('../../../src/lib/page-work-thread.ts', import.meta.url);
const fixture = (name: string) => versionText(JSON.parse(readFileSync(`tests/fixtures/versions/${name}`, 'utf8')) as VersionDocument, []);
const changes = (parts: readonly DiffPart[] | undefined) =>
  (parts ?? []).filter((part) => part.op !== 'equal').map((part) => `${part.op === 'delete' ? '-' : '+'}${part.text.trim()}`);

// The invented note 4711/25 and its REV 1 (tests/fixtures/versions/README.md), and the seed report 6543/25 with one
// word of its opening paragraph and one at its end changed.
const init = fixture('init.json');
const rev1 = fixture('rev-1.json');
const report = readFileSync('content/sources/001_a69fd2a43e7584cc.txt', 'utf8');
const reportRevised = report.replace('establishing', 'creating').replace('suffered', 'endured');

const diffs = (...pairs: [string, string][]): PageWork[] => pairs.map(([before, after]) => ({ kind: 'diff', before, after }));

afterEach(() => stopPageWork());

describe("word diffs made ahead on the pages' thread", () => {
  it('gives each pair the thread was given the diff wordDiff makes, in any order the pages ask', () => {
    expect(startPageWork(THREAD, diffs([init, rev1], [report, reportRevised], [rev1, init]))).toBe(true);
    const reportParts = diffMadeAhead(report, reportRevised);
    expect(changes(reportParts)).toEqual(['-establishing', '+creating', '-suffered', '+endured']);
    expect(reportParts).toEqual(diffOf(report, reportRevised));
    const parts = diffMadeAhead(init, rev1);
    expect(changes(parts)).toEqual([
      '+1/',
      '+REV 1',
      '+, Eurojust',
      '-June',
      '+April',
      '-The COSI Support Group will prepare the discussion.',
      '-Question',
      '+Questions',
      '+revised',
    ]);
    expect(parts).toEqual(diffOf(init, rev1));
    // The same two texts the other way round are another pair: the REV 1's additions deleted, a replacement's deletion first.
    expect(changes(diffMadeAhead(rev1, init))).toEqual([
      '-1/',
      '-REV 1',
      '-, Eurojust',
      '-April',
      '+June',
      '+The COSI Support Group will prepare the discussion.',
      '-Questions',
      '+Question',
      '-revised',
    ]);
  });

  it('gives nothing for a pair it was not given, nor twice for one (wordDiff keeps the diff it took)', () => {
    startPageWork(THREAD, diffs([init, rev1], [init, rev1]));
    expect(diffMadeAhead(init, report)).toBeUndefined();
    expect(diffMadeAhead(init, rev1)).toEqual(diffOf(init, rev1));
    expect(diffMadeAhead(init, rev1)).toBeUndefined();
  });

  it('is taken by wordDiff', () => {
    const before = `${init} Annex`;
    startPageWork(THREAD, diffs([before, rev1]));
    expect(changes(wordDiff(before, rev1))).toEqual(changes(diffOf(before, rev1)));
    // wordDiff took it: the thread's diff is no longer there to take.
    expect(diffMadeAhead(before, rev1)).toBeUndefined();
  });

  it('gives nothing for a pair the thread could not diff, which the page then diffs itself', () => {
    const notText = { length: 1 } as unknown as string;
    startPageWork(THREAD, diffs([notText, init], [init, rev1]));
    expect(diffMadeAhead(notText, init)).toBeUndefined();
    expect(diffMadeAhead(init, rev1)).toEqual(diffOf(init, rev1));
  });

  it('gives nothing once let go, and starts no thread without pairs', () => {
    startPageWork(THREAD, diffs([init, rev1]));
    stopPageWork();
    expect(diffMadeAhead(init, rev1)).toBeUndefined();
    expect(startPageWork(THREAD, [])).toBe(false);
  });
});

interface Entry {
  data: { footnotes: BodyFootnote[]; subjectFootnotes?: unknown[] };
  markdown: string;
}

/** A source's document body as the site renders it, with what the page makes its shown body from. */
async function body(id: string, source: string): Promise<Extract<PageWork, { kind: 'body' }>> {
  const { data, markdown } = documentEntry(source) as Entry;
  const footnotes = data.footnotes.map(({ mark, label }) => ({ mark, label }));
  return { kind: 'body', id, html: await renderAsTheSite(markdown), subjectCalls: (data.subjectFootnotes ?? []).length > 0, footnotes };
}

/** The text of each footnote call of a shown body. */
const callTexts = (html: string | null | undefined) =>
  elements(htmlFragment(html ?? ''), '[data-footnote-ref]').map((call) => call.children.map((child) => ('value' in child ? child.value : '')).join(''));

describe("document bodies made ahead on the pages' thread", () => {
  const fixture = (...path: string[]) => readFileSync(join('tests', 'fixtures', ...path), 'utf8');

  it("gives the body as its page shows it: the Italian notice's stars, the subject's footnote 2 before the body's 1, a numbered body as rendered", async () => {
    const notice = await body('notice', fixture('council-pdf-lo', 'cm-notice-restricted-it', 'pdftotext.txt'));
    const subject = await body(
      'subject',
      noteWithBody(['1. The Presidency refers to its earlier note^1 and invites COSI to agree.', '', '^1 Doc. 15001/25.', '^2 Doc. 14002/25.'], {
        subject: 'Draft Council conclusions on internal security^2',
      }),
    );
    const numbered = await body(
      'numbered',
      noteWithBody(['1. The Presidency refers to its earlier note^1 and to the draft^2.', '', '^1 Doc. 15001/25.', '^2 Doc. 14002/25.']),
    );
    expect(subject.subjectCalls).toBe(true);
    expect(startPageWork(THREAD, [notice, ...diffs([init, rev1]), subject, numbered])).toBe(true);
    const shownNotice = bodyMadeAhead('notice', notice.html, notice.subjectCalls, notice.footnotes);
    expect(callTexts(shownNotice)).toEqual(['*', '**']);
    expect(shownNotice).toBe(shownBody(notice.html, notice.subjectCalls, notice.footnotes));
    // The subject's hidden call taken out of the body: the body calls footnote 1 only.
    const shownSubject = bodyMadeAhead('subject', subject.html, subject.subjectCalls, subject.footnotes);
    expect(callTexts(shownSubject)).toEqual(['1']);
    expect(shownSubject).toBe(shownBody(subject.html, subject.subjectCalls, subject.footnotes));
    expect(bodyMadeAhead('numbered', numbered.html, numbered.subjectCalls, numbered.footnotes)).toBeNull();
    expect(diffMadeAhead(init, rev1)).toEqual(diffOf(init, rev1));
  });

  it('gives nothing for a body made from other inputs, nor twice, and documentBody then makes it itself', async () => {
    const notice = await body('notice', fixture('council-pdf-lo', 'cm-notice-restricted-it', 'pdftotext.txt'));
    startPageWork(THREAD, [notice]);
    const starsAsNumbers = notice.footnotes.map(({ label }, index) => ({ mark: String(index + 1), label }));
    expect(bodyMadeAhead('notice', notice.html, notice.subjectCalls, starsAsNumbers)).toBeUndefined();
    expect(bodyMadeAhead('notice', notice.html, notice.subjectCalls, notice.footnotes)).toBeUndefined();
    expect(callTexts(documentBody('notice', notice.html, notice.subjectCalls, notice.footnotes))).toEqual(['*', '**']);
  });

  it('is taken by documentBody', async () => {
    const notice = await body('notice', fixture('council-pdf-lo', 'cm-notice-restricted-it', 'pdftotext.txt'));
    startPageWork(THREAD, [notice]);
    expect(callTexts(documentBody('notice', notice.html, notice.subjectCalls, notice.footnotes))).toEqual(['*', '**']);
    // documentBody took it: the thread's body is no longer there to take.
    expect(bodyMadeAhead('notice', notice.html, notice.subjectCalls, notice.footnotes)).toBeUndefined();
  });
});
