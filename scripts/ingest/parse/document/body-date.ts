/** The place and date a header that printed none left right under it, where the body's opening holds it alone. */
import { isPlausibleDate } from '../../../../src/shared/dates.ts';
import { parseDate } from '../text/date-expressions.ts';
import { PLACE_DATE } from '../text/head-anchors.ts';
import type { SourceLine } from '../normalise.ts';
import { isCouncilSeat } from '../header/version-language.ts';

/** A line that is a place and date and nothing else: `Brussels, 3 March 2026`, `Bruxelles, le 3 mars 2026`. */
const PLACE_DATE_ALONE = new RegExp(String.raw`^[ \t]*(?:${PLACE_DATE.source})[ \t]*$`, 'u');

/** How many of the body's first lines a header's place and date may have slipped under: the opening, before any text. */
const OPENING_LINES = 3;

/** A place and date read from the body: the place, the ISO day, the line as printed and its source line. */
export interface BodyDate {
  place: string;
  date: string;
  printed: string;
  line: number;
}

/**
 * The place and date of a document whose header prints none it could read, taken from the body only where that is
 * certain: a line among the body's first three that is a Council seat and a plausible date alone (`Brussels, 3 March
 * 2026`, as a copy that printed the header's right-hand column after the subject gives it), and the only line of the
 * body that is a place and date (an annexed letter's `Brussels, 2 March 2026` further down makes it uncertain); else null.
 */
export function bodyDate(body: readonly SourceLine[]): BodyDate | null {
  const found: (BodyDate & { index: number })[] = [];
  let index = 0;
  for (const entry of body) {
    if (entry.text.trim() === '') continue;
    const match = PLACE_DATE_ALONE.exec(entry.text);
    const place = match?.[1];
    if (match !== null && place !== undefined) {
      const date = parseDate(match[0].slice(match[0].indexOf(place) + place.length));
      found.push({ place, date: date ?? '', printed: entry.text.trim(), line: entry.line, index });
    }
    index += 1;
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (only === undefined || only.index >= OPENING_LINES || !isCouncilSeat(only.place) || !isPlausibleDate(only.date)) return null;
  return { place: only.place, date: only.date, printed: only.printed, line: only.line };
}
