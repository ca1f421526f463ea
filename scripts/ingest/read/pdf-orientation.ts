import type { PdfItem } from './pdf-geometry.ts';

/** Page sizes in points. */
export interface PageSize {
  width: number;
  height: number;
}

/** Text set at least this many times larger than the page's text is a watermark drawn across the page. */
const WATERMARK_SCALE = 2;
/** Angles (degrees) closer than this are the same direction. */
const ANGLE_TOLERANCE = 1;
/** Origins closer than this (points) are the same place on two pages. */
const PLACE_TOLERANCE = 2;

const sameAngle = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180) <= ANGLE_TOLERANCE;

/** The direction most of a page's characters run in, when it is a right angle (a page whose text is set turned); else 0. */
function pageAngle(items: readonly PdfItem[]): number {
  const weights = new Map<number, number>();
  for (const item of items) weights.set(item.angle, (weights.get(item.angle) ?? 0) + item.str.length);
  const [angle = 0] = [...weights].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]))[0] ?? [];
  return [90, 180, -90, -180, 270].some((right) => sameAngle(angle, right)) ? angle : 0;
}

/** Turns a point of a page whose text runs at `angle` (a right angle) so that its text runs left to right. */
function turn(x: number, y: number, angle: number, size: PageSize): { x: number; y: number } {
  if (sameAngle(angle, 90)) return { x: y, y: size.width - x };
  if (sameAngle(angle, -90)) return { x: size.height - y, y: x };
  if (sameAngle(angle, 180)) return { x: size.width - x, y: size.height - y };
  return { x, y };
}

/** The page's size as it reads once turned. */
function turnedSize(size: PageSize, angle: number): PageSize {
  return sameAngle(angle, 90) || sameAngle(angle, -90) ? { width: size.height, height: size.width } : size;
}

/** The box the page's text (that running in the page's direction) covers, from the origins of its items to their ends. */
function textBox(items: readonly PdfItem[]): { left: number; right: number; bottom: number; top: number } {
  return {
    left: Math.min(...items.map((item) => item.x)),
    right: Math.max(...items.map((item) => item.x + item.width)),
    bottom: Math.min(...items.map((item) => item.y)),
    top: Math.max(...items.map((item) => item.y + item.fontSize)),
  };
}

/**
 * Sets every page upright and drops what others print across or beside its text: a page whose text runs turned
 * (a landscape table on a portrait page) is turned, its size with it; text at another angle than the page's is
 * page furniture when it is a watermark (set larger than WATERMARK_SCALE times the page's text), stands outside
 * the box of the page's text (a stamp in the margin) or is printed at the same place on another page; other such
 * text is kept where it starts, as a line of its own.
 * Guarantees: the page's own text is kept, every item once, with its page; only text at another angle is dropped.
 */
export function uprightPages(items: readonly PdfItem[], sizes: readonly PageSize[]): { items: PdfItem[]; sizes: PageSize[] } {
  const pages = sizes.map((): PdfItem[] => []);
  for (const item of items) pages[item.page]?.push(item);
  const angles = pages.map(pageAngle);
  const across = items.filter((item) => !sameAngle(item.angle, angles[item.page] ?? 0));
  const repeated = (item: PdfItem) =>
    across.some(
      (other) =>
        other.page !== item.page && other.str === item.str && Math.abs(other.x - item.x) <= PLACE_TOLERANCE && Math.abs(other.y - item.y) <= PLACE_TOLERANCE,
    );
  const kept: PdfItem[] = [];
  pages.forEach((page, index) => {
    const angle = angles[index] ?? 0;
    const size = sizes[index] as PageSize;
    const own = page.filter((item) => sameAngle(item.angle, angle));
    const box = own.length > 0 ? textBox(own) : null;
    const textSize = own.length > 0 ? Math.max(...own.map((item) => item.fontSize)) : 0;
    for (const item of page) {
      if (!sameAngle(item.angle, angle)) {
        const inMargin = box === null || item.x < box.left || item.x > box.right || item.y < box.bottom || item.y > box.top;
        if (item.fontSize > textSize * WATERMARK_SCALE || inMargin || repeated(item)) continue;
      }
      kept.push({ ...item, ...turn(item.x, item.y, angle, size), angle: 0 });
    }
  });
  return { items: kept, sizes: sizes.map((size, index) => turnedSize(size, angles[index] ?? 0)) };
}
