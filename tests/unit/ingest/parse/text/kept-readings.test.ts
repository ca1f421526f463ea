import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { sentenceReading, sentenceText } from '../../../../../scripts/ingest/parse/text/sentence-text.ts';
import * as sentences from '../../../../../scripts/ingest/parse/text/sentences.ts';

// every split counted: a reading the parse made and kept for the validated record is read again without one
vi.mock('../../../../../scripts/ingest/parse/text/sentences.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../../scripts/ingest/parse/text/sentences.ts')>();
  return { ...actual, sentenceUnits: vi.fn(actual.sentenceUnits) };
});

const FIXTURES = join(import.meta.dirname, '../../../../fixtures');
const sources = (readdirSync(FIXTURES, { recursive: true }) as string[]).filter((path) => path.endsWith('.txt')).sort();
const split = vi.mocked(sentences.sentenceUnits);

describe("the parse's sentence readings kept for the validated record (parse.ts withReadings)", () => {
  it('gives every item (and every footnote an item calls) of the fixture texts the reading the parse made, equal to a fresh one', () => {
    let items = 0;
    let footnotes = 0;
    for (const path of sources) {
      const record = parseDocument(readFileSync(join(FIXTURES, path), 'utf8'), path);
      if (record.status !== 'ok') continue;
      for (const { text } of [...record.items, ...record.footnotes]) {
        split.mockClear();
        const reading = sentenceReading(text);
        const units = reading.units();
        const kept = split.mock.calls.length === 0;
        if (record.items.some((item) => item.text === text)) {
          expect(kept, `${path}: an item's sentences split again`).toBe(true);
          items += 1;
        } else if (kept) footnotes += 1;
        // the kept reading is the one a fresh reading of the validated blocks gives
        expect(reading.text).toBe(sentenceText(text));
        expect(units).toEqual(split.getMockImplementation()!(reading.text));
      }
    }
    expect(items).toBeGreaterThan(500);
    expect(footnotes).toBeGreaterThan(10);
  });
});
