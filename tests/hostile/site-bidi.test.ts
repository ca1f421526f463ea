import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileDistFiles } from '../support/hostile-files.ts';
import { HOSTILE } from '../support/hostile-site.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

// The fixture `report-<U+202E>fdp.txt`: its file name, `From:`, subject and item titles carry bidirectional controls,
// the title of item 3 a U+2069 that closes nothing and an override left open.

/** The fixture's file name: shown as written, it would read `report-txt.pdf`. */
const FILE_NAME = 'report-\u202Efdp.txt';

/**
 * The bidirectional controls on a page that can act on text: in HTML, any not alone in a `<bdi>` of its own; in the
 * plain text of a textarea, an embedding or override outside every isolate, or an isolate a line leaves open.
 */
async function looseControls(page: Page, html: string): Promise<{ seen: number; loose: string[] }> {
  return page.evaluate((source) => {
    const controls = /[\u202A-\u202E\u2066-\u2069]/;
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    const result = { seen: 0, loose: [] as string[] };
    /** Whether a line of plain text keeps every control inside isolates it closes. */
    const isolatedLine = (line: string) => {
      let depth = 0;
      for (const character of line) {
        if (/[\u2066-\u2068]/.test(character)) depth += 1;
        else if (character === '\u2069') depth = Math.max(0, depth - 1);
        else if (controls.test(character) && depth === 0) return false;
      }
      return depth === 0;
    };
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!controls.test(text)) continue;
      result.seen += 1;
      const parent = node.parentElement;
      const alone = text.length === 1 && parent?.tagName === 'BDI' && parent.childNodes.length === 1;
      const plain = parent?.tagName === 'TEXTAREA' && text.split('\n').every(isolatedLine);
      if (!alone && !plain) result.loose.push(`<${parent?.tagName.toLowerCase() ?? '?'}> ${text.trim().slice(0, 80)}`);
    }
    return result;
  }, html);
}

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(HOSTILE.dist);
});

afterAll(async () => {
  await site.close();
});

describe('bidirectional controls of the sources on the site built from them', () => {
  it('are each isolated wherever a page shows them: alone in a <bdi>, or in a textarea’s plain text inside isolates', async () => {
    const page = await site.browser.newPage();
    const loose: string[] = [];
    let seen = 0;
    for (const path of hostileDistFiles('.html')) {
      const found = await looseControls(page, readFileSync(join(HOSTILE.dist, path), 'utf8'));
      seen += found.seen;
      for (const text of found.loose) loose.push(`${path}: ${text}`);
    }
    await page.close();
    expect(seen).toBeGreaterThan(20);
    expect(loose).toEqual([]);
  });

  it('stay in the text of the document page, every one where the source has it', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/documents/16154-25/'));
    const text = (await page.locator('main').evaluate((main) => main.textContent ?? '')).replace(/\s+/g, ' ');
    await page.close();
    const lines = [
      'From: \u202BGeneral Secretariat of the Council',
      'Subject: Outcome of Proceedings of COSI on \u202Efdp.exe\u202C files and an override left open \u202E9 July 2025',
      '1. Adoption of the agenda \u202E5202 yluJ 9',
      '2. Europol report \u2066isolated\u2069, \u2067isolated\u2069, \u2068isolated\u2069 and \u202Doverridden\u202C',
      '3. Frontex report with a stray pop \u2069 and an override \u202E left open',
    ];
    expect(lines.filter((line) => !text.includes(line))).toEqual([]);
  });

  it('leave the source file’s name shown as written, in a <bdi>, on its document page and its meeting page', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/documents/16154-25/', '/meetings/2025-07-09/']) {
      await page.goto(site.url(path));
      expect(await page.locator('a[download] code > bdi').allTextContents(), path).toEqual([FILE_NAME]);
    }
    await page.close();
  });

  it('cannot reverse the date after a title whose stray U+2069 and open override would escape a plain <bdi>', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/actors/frontex/'));
    const mention = page.locator('.mentions li', { hasText: 'stray pop' });
    expect(await mention.count()).toBe(1);
    const where = mention.locator('.where');
    expect((await where.innerText()).trim()).toBe('— COSI meeting, 9 July 2025');
    // Where each character of the date stands: in reading order, left to right along a line, lines top to bottom.
    const boxes = await where.evaluate((element) => {
      const node = element.firstChild as Text;
      return Array.from({ length: node.length }, (_, index) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const { left, top } = range.getBoundingClientRect();
        return { character: node.data[index] ?? '', left, top };
      }).filter(({ character }) => character !== ' ');
    });
    expect(boxes.length).toBeGreaterThan(10);
    const outOfOrder = boxes.filter((box, index) => {
      const previous = boxes[index - 1];
      return previous !== undefined && (box.top < previous.top || (box.top === previous.top && box.left <= previous.left));
    });
    expect(outOfOrder.map(({ character }) => character)).toEqual([]);
    await page.close();
  });
});
