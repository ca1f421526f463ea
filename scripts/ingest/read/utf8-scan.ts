/** A run of bytes that is not UTF-8: where it starts and how many bytes it spans (one U+FFFD replaces it). */
export interface InvalidRun {
  offset: number;
  length: number;
}

/** What a scan of bytes as UTF-8 found: the runs that are not UTF-8, and how many valid multi-byte characters. */
export interface Utf8Scan {
  invalid: InvalidRun[];
  multiByte: number;
}

/**
 * Scans bytes as UTF-8 the way the WHATWG decoder (TextDecoder) reads them: each maximal subpart of an ill-formed
 * sequence is one invalid run, replaced by one U+FFFD, and the byte that ended it is read again. Linear, no
 * recursion; decoding the valid stretches between the runs and putting one U+FFFD per run gives TextDecoder's text.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const invalid: InvalidRun[] = [];
  let multiByte = 0;
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    const shape = leadShape(lead);
    if (shape === null) {
      invalid.push({ offset: at, length: 1 });
      at += 1;
      continue;
    }
    let next = at + 1;
    let lower = shape.lower;
    let upper = shape.upper;
    let read = 0;
    while (read < shape.continuations && next < bytes.length) {
      const byte = bytes[next] ?? 0;
      if (byte < lower || byte > upper) break;
      lower = 0x80;
      upper = 0xbf;
      next += 1;
      read += 1;
    }
    if (read === shape.continuations) multiByte += 1;
    else invalid.push({ offset: at, length: next - at });
    at = next;
  }
  return { invalid, multiByte };
}

/**
 * How many continuation bytes a lead byte takes and the range allowed for the first of them (which excludes overlong
 * forms, surrogates and code points beyond U+10FFFF); null for a byte that never starts a character.
 */
function leadShape(lead: number): { continuations: number; lower: number; upper: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuations: 1, lower: 0x80, upper: 0xbf };
  if (lead >= 0xe0 && lead <= 0xef) return { continuations: 2, lower: lead === 0xe0 ? 0xa0 : 0x80, upper: lead === 0xed ? 0x9f : 0xbf };
  if (lead >= 0xf0 && lead <= 0xf4) return { continuations: 3, lower: lead === 0xf0 ? 0x90 : 0x80, upper: lead === 0xf4 ? 0x8f : 0xbf };
  return null;
}
