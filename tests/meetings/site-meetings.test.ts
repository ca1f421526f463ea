import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { elements, htmlFile } from '../support/hast.ts';
import { DIST, openSite, type SiteUnderTest } from '../support/site.ts';

/** What the pages show, written by hand from the fixtures (tests/fixtures/meetings/expected/pages.json). */
interface ExpectedPages {
  agendaOnly: {
    path: string;
    h1: string;
    headings: Record<string, string>;
    documents: Record<string, string[]>;
    points: Record<string, string[]>;
    times: Record<string, string>;
    text: Record<string, string[]>;
    /** The notes under the items that an item's title calls with a mark, as the item shows them under its title. */
    notes: Record<string, string[]>;
    note: string;
    notItemText: string[];
  };
  joined: {
    path: string;
    h1: string;
    recorded: Record<string, { heading: string; planned: string; text: string; documents?: string[] }>;
    plannedOnly: Record<string, string>;
  };
  revision: {
    path: string;
    h1: string;
    anchorsOfFirstVersion: string[];
    shownText: Record<string, string>;
    versions: string[];
    decisionGuidsOfFirstVersion: string[];
    firstVersionPage: string;
    diffs: string[];
  };
  oneDay: Record<'cosi' | 'joint', { path: string; h1: string }>;
  /** A meeting over two days: its page, heading, the notice's Time: row, and each day with its hours as the list under `Hours by day` shows it. */
  twoDays: { path: string; h1: string; time: string; hours: string[]; datetimes: string[] };
  /** A meeting its revised notice cancels: its page, heading, the items its first notice planned, and its row among the meetings. */
  cancelled: { path: string; h1: string; headings: Record<string, string>; listed: string };
  decisions: { path: string; rowsOfMeeting: string; rows: string[][] };
  sources: { differ: { path: string; other: string; inserted: string }; same: { path: string } };
}

const EXPECTED = JSON.parse(readFileSync(join('tests', 'fixtures', 'meetings', 'expected', 'pages.json'), 'utf8')) as ExpectedPages;

/** Text as a reader sees it in one line: runs of white space as one space. */
const squeezed = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  const response = await page.goto(site.url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The texts of the elements a selector finds inside the section an item heading labels. */
async function inItem(page: Page, anchor: string, selector: string): Promise<string[]> {
  return (await page.locator(`section[aria-labelledby="${anchor}"] ${selector}`).allTextContents()).map(squeezed);
}

describe.each([
  EXPECTED.agendaOnly.path,
  EXPECTED.joined.path,
  EXPECTED.revision.path,
  EXPECTED.oneDay.joint.path,
  EXPECTED.sources.differ.path,
  EXPECTED.cancelled.path,
  EXPECTED.twoDays.path,
])('the page %s', (path) => {
  it('has no accessibility violations and loads no JavaScript', async () => {
    const { page, errors, scripts } = await watchedPage(site.browser);
    await page.goto(site.url(path), { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    expect(scripts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a meeting known from its agenda only', () => {
  const expected = EXPECTED.agendaOnly;

  it('is marked "agenda only" and shows each planned item under its anchor, a possible item and one listed pro memoria marked', async () => {
    const page = await open(expected.path);
    expect(squeezed(await page.locator('h1').textContent())).toBe(expected.h1);
    expect(squeezed(await page.locator('.agenda-only').textContent())).toMatch(/^Agenda only\. /);
    const headings = await page.locator('.planned-item :is(h2, h3, h4)').evaluateAll((hs) => hs.map((h) => [h.id, h.textContent ?? '']));
    expect(Object.fromEntries(headings.map(([id, text]) => [id, squeezed(text ?? '')]))).toEqual(expected.headings);
    await page.close();
  });

  it('shows the time the notice plans for each item beside it, and its coffee break, with its time, under the item before it', async () => {
    const page = await open(expected.path);
    const times = await page
      .locator('.planned-item')
      .evaluateAll((sections) =>
        sections.map((section) => [section.getAttribute('aria-labelledby') ?? '', section.querySelector('.planned-time')?.textContent ?? '']),
      );
    expect(Object.fromEntries(times.map(([anchor, time]) => [anchor, squeezed(time ?? '')]))).toEqual(expected.times);
    for (const [anchor, lines] of Object.entries(expected.text)) expect(await inItem(page, anchor, '.planned-text')).toEqual(lines);
    await page.close();
  });

  it('lists the documents under each item as links, the lettered sub-points with theirs, and the NB block apart from the items', async () => {
    const page = await open(expected.path);
    for (const [anchor, documents] of Object.entries(expected.documents)) {
      expect(await inItem(page, anchor, '.planned-documents a')).toEqual(documents);
    }
    for (const [anchor, points] of Object.entries(expected.points)) expect(await inItem(page, anchor, '.planned-points li')).toEqual(points);
    expect(squeezed(await page.locator('.agenda-note p').textContent())).toBe(expected.note);
    const items = squeezed((await page.locator('.planned-item').allTextContents()).join(' '));
    for (const contact of expected.notItemText) expect(items).not.toContain(contact);
    await page.close();
  });
});

describe('a meeting known from its agenda only, an item marked (*) for the note under the items', () => {
  const expected = EXPECTED.agendaOnly;

  it('shows the title (or a sub-point’s) without the mark, its mark as a call linked to the note, and the note under the item, not in the NB block', async () => {
    const page = await open(expected.path);
    for (const [anchor, notes] of Object.entries(expected.notes)) {
      expect(await inItem(page, anchor, '.planned-note')).toEqual(notes);
      const calls = await page
        .locator(`#${anchor} .note-call a, section[aria-labelledby="${anchor}"] .planned-points .note-call a`)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const targets = await page.locator(`section[aria-labelledby="${anchor}"] .planned-note`).evaluateAll((ps) => ps.map((p) => `#${p.id}`));
      expect(calls).toEqual(targets);
    }
    expect(squeezed(await page.locator('.agenda-note').textContent())).not.toContain('restricted session');
    await page.close();
  });

  it('shows the marks on the notice’s document page as the notice prints them, `*` after item 3 and `**` after its point 5 a), each call still linked to its note and back', () => {
    const page = htmlFile(join(DIST, 'documents', 'cm-90310-25', 'index.html'));
    const calls = elements(page, '#item-3 [data-footnote-ref]');
    expect(calls.map((call) => [toText(call), call.properties['href'], call.properties['id']])).toEqual([
      ['*', '#user-content-fn-asterisk', 'user-content-fnref-asterisk'],
    ]);
    expect(elements(page, '#user-content-fn-asterisk [data-footnote-backref]').map((link) => link.properties['href'])).toEqual([
      '#user-content-fnref-asterisk',
    ]);
    expect(elements(page, '.document-text [data-footnote-ref]').map((call) => [toText(call), call.properties['href']])).toEqual([
      ['*', '#user-content-fn-asterisk'],
      ['**', '#user-content-fn-asterisk2'],
    ]);
    expect(elements(page, '#user-content-fn-asterisk2 [data-footnote-backref]').map((link) => link.properties['href'])).toEqual([
      '#user-content-fnref-asterisk2',
    ]);
  });
});

describe('a meeting with its agenda and its outcome', () => {
  const expected = EXPECTED.joined;

  it('shows each item as recorded, with what the agenda planned for it above', async () => {
    const page = await open(expected.path);
    expect(squeezed(await page.locator('h1').textContent())).toBe(expected.h1);
    expect(await page.locator('.agenda-only').count()).toBe(0);
    for (const [anchor, item] of Object.entries(expected.recorded)) {
      expect(squeezed(await page.locator(`#${anchor}`).textContent()), anchor).toBe(item.heading);
      expect(await inItem(page, anchor, ':is(.as-planned-label, .as-recorded-label)'), anchor).toEqual([item.planned, 'As recorded:']);
      expect(await inItem(page, anchor, '.planned-documents a'), anchor).toEqual(item.documents ?? []);
      expect(await inItem(page, anchor, '.text p'), anchor).toEqual([item.text]);
    }
    await page.close();
  });

  it('shows a planned item the outcome does not record under its own anchor, after the recorded ones', async () => {
    const page = await open(expected.path);
    expect(squeezed(await page.locator('h2.not-recorded').textContent())).toBe('Planned, not in the outcome of proceedings');
    for (const [anchor, heading] of Object.entries(expected.plannedOnly)) {
      expect(squeezed(await page.locator(`.planned-item #${anchor}`).textContent())).toBe(heading);
    }
    await page.close();
  });
});

describe('a meeting whose outcome was corrected and revised', () => {
  const expected = EXPECTED.revision;

  it('stays at the URL of its days with the anchors of its first version, showing the revision', async () => {
    const page = await open(expected.path);
    expect(squeezed(await page.locator('h1').textContent())).toBe(expected.h1);
    expect(await page.locator('section.agenda-item > :is(h2, h3)').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(expected.anchorsOfFirstVersion);
    for (const [anchor, text] of Object.entries(expected.shownText)) expect((await inItem(page, anchor, '.text p')).join(' ')).toContain(text);
    expect(await page.locator('.facts .versions a').allTextContents()).toEqual(expected.versions);
    await page.close();
  });

  it('keeps the feed guids of the decisions of its first version', async () => {
    // The feed as served (a browser shows it through its XSL stylesheet, without the guids).
    const response = await fetch(site.url('/feeds/decisions.xml'));
    expect(response.status).toBe(200);
    const feed = await response.text();
    for (const guid of expected.decisionGuidsOfFirstVersion) expect(feed).toContain(`${guid}</guid>`);
  });

  it('lists the meeting once among the meetings, and the first version shows what changed in each later one', async () => {
    const index = await open('/meetings/');
    const links = await index.locator('table.meetings a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.filter((href) => href?.startsWith('/meetings/2025-06'))).toEqual([expected.path]);
    await index.close();
    const page = await open(expected.firstVersionPage);
    expect((await page.locator('.version-diff summary').allTextContents()).map((text) => squeezed(text).replace(/\s*\(.*$/, ''))).toEqual(expected.diffs);
    await page.close();
  });
});

describe('two meetings on one day', () => {
  it('get a page each: the COSI meeting at its day, the joint meeting at its day and committees', async () => {
    for (const { path, h1 } of Object.values(EXPECTED.oneDay)) {
      const page = await open(path);
      expect(squeezed(await page.locator('h1').textContent())).toBe(h1);
      await page.close();
    }
  });
});

describe('a meeting its revised notice cancels', () => {
  const expected = EXPECTED.cancelled;

  it('says so in its heading and above its items, which are those its first notice planned', async () => {
    const page = await open(expected.path);
    expect(squeezed(await page.locator('h1').textContent())).toBe(expected.h1);
    expect(squeezed(await page.locator('.meeting-cancelled').textContent())).toMatch(/^Cancelled\. The notice of meeting CM 90380\/1\/25 REV 1 says /);
    expect(await page.locator('.agenda-only').count()).toBe(0);
    expect(squeezed(await page.locator('.facts dd').first().textContent())).toBe('4 November 2025 (cancelled)');
    const headings = await page.locator('.planned-item :is(h2, h3, h4)').evaluateAll((hs) => hs.map((h) => [h.id, h.textContent ?? '']));
    expect(Object.fromEntries(headings.map(([id, text]) => [id, squeezed(text ?? '')]))).toEqual(expected.headings);
    await page.close();
  });

  it('is listed among the meetings as cancelled', async () => {
    const page = await open('/meetings/');
    const row = page.locator('table.meetings tbody tr').filter({ has: page.locator(`a[href="${expected.path}"]`) });
    expect(squeezed(await row.locator('td').last().textContent())).toBe(expected.listed);
    await page.close();
  });
});

describe('a meeting over two days', () => {
  const expected = EXPECTED.twoDays;

  it('lists each day with its hours as its notice prints them, the opening hour of its Time: row kept', async () => {
    const page = await open(expected.path);
    expect(squeezed(await page.locator('h1').textContent())).toBe(expected.h1);
    const facts = await page
      .locator('.facts dt')
      .evaluateAll((terms) => terms.map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']));
    const fact = (name: string) => squeezed(facts.find(([term]) => term === name)?.[1] ?? null);
    expect(fact('Time')).toBe(expected.time);
    expect((await page.locator('.facts dd ul.day-times > li').allTextContents()).map(squeezed)).toEqual(expected.hours);
    expect(await page.locator('.facts ul.day-times time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).toEqual(
      expected.datetimes,
    );
    await page.close();
  });

  it('lists no hours by day for a meeting of one day', async () => {
    const page = await open(EXPECTED.agendaOnly.path);
    expect(await page.locator('.facts .day-times').count()).toBe(0);
    await page.close();
  });
});

describe('/about/', () => {
  it('counts as recorded every meeting a record of is held, a summary record too, and the meeting of an agenda alone apart', async () => {
    // Of the 2025 meetings of the fixtures, 20 May (its agenda and outcome), 24 June (an outcome in three versions), 16 September
    // (a summary record alone) and 7 October (the COSI meeting and the joint PSC and COSI one, each an outcome) are recorded;
    // 11 March and 14–15 October are known from their notices of meeting alone; 4 November, which its revised notice cancels, is neither.
    const page = await open('/about/');
    const row = page.locator('table.coverage tbody tr').filter({ has: page.locator('th', { hasText: '2025' }) });
    expect((await row.locator('td.num').allTextContents()).map(squeezed)).toEqual(['5', '2']);
    expect(squeezed(await page.locator('#coverage + p').textContent())).toContain(
      '5 meetings recorded item by item in an outcome of proceedings or a summary record, and 2 meetings known from an agenda only.',
    );
    await page.close();
  });
});

describe('the decisions table', () => {
  it('shows who decided each decision of a meeting, the verb and what was decided', async () => {
    const { path, rowsOfMeeting, rows } = EXPECTED.decisions;
    const page = await open(path);
    const found = await page
      .locator('.decisions-table tbody tr')
      .evaluateAll(
        (trs, meeting) =>
          trs
            .filter((tr) => tr.querySelector('td[data-label="Meeting"] a')?.getAttribute('href') === meeting)
            .map((tr) => ['Item', 'Who', 'Verb', 'Decision'].map((label) => tr.querySelector(`td[data-label="${label}"]`)?.textContent ?? '')),
        rowsOfMeeting,
      );
    expect(found.map(([item, who, verb, decision]) => [squeezed(item ?? ''), squeezed(who ?? ''), squeezed(verb ?? ''), squeezed(decision ?? '')])).toEqual(
      rows.map(([item, who, verb, object]) => [item, who, verb, expect.stringContaining(object ?? '')]),
    );
    await page.close();
  });
});

describe('two sources giving one number', () => {
  it('with different texts: the page says the sources differ, names the other source and shows what it says otherwise', async () => {
    const { path, other, inserted } = EXPECTED.sources.differ;
    const page = await open(path);
    expect(squeezed(await page.locator('#source-variants').textContent())).toBe('The sources differ');
    expect(squeezed(await page.locator('.source-variants summary').textContent())).toContain(other);
    expect(squeezed((await page.locator('.source-variants .diff-text ins').allTextContents()).join(' '))).toContain(inserted);
    await page.close();
  });

  it('with the same text: one page, which says nothing of sources differing', async () => {
    const page = await open(EXPECTED.sources.same.path);
    expect(await page.locator('.source-variants').count()).toBe(0);
    await page.close();
  });
});

describe('the sentences that cite a document, in search', () => {
  /** The Referenced-in list of a page as a reader sees it, and whether Pagefind reads it (which it does unless data-pagefind-ignore). */
  async function referencedIn(path: string): Promise<{ quotes: string[]; searched: boolean }> {
    const page = await open(path);
    const list = page.locator('#referenced-in + ul');
    const quotes = (await list.locator('blockquote').allTextContents()).map(squeezed);
    const searched = (await list.getAttribute('data-pagefind-ignore')) === null;
    await page.close();
    return { quotes, searched };
  }

  it('are shown but not searched on the page of a document the archive holds, whose own text search reads: CM 90320/25, cited by 90321/25', async () => {
    expect(await referencedIn('/documents/cm-90320-25/')).toEqual({ quotes: ['The agenda was adopted as set out in CM 90320/25.'], searched: false });
  });

  it('are shown and searched on the page of a document the archive only cites, the only text it has: 90322/25', async () => {
    const { quotes, searched } = await referencedIn('/documents/90322-25/');
    expect(quotes).toContain('COSI endorsed the conclusions set out in 90322/25 and took note of the progress report in 90323/25.');
    expect(searched).toBe(true);
  });
});
