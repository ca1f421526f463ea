import type { IngestWarning } from '../../../../src/schemas/record.ts';
import type { SourceLine } from '../normalise.ts';
import { ASSOCIATION_SERIES } from '../../../../src/shared/association-series.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/**
 * An association or stabilisation council's (or another joint body's) document number as a text cites it, with its
 * version (`UE-UA 2101/25`, `UE-MD 1056/1/09 REV 1`, `UE-GE 3001/24 ADD 1`, `ACP-UE 2103/25`, `EEE 1601/25 REV 1`): every quantifier bounded, so a scan stays linear.
 */
const ASSOCIATION_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])${ASSOCIATION_SERIES}[ \t\u00a0]{1,3}\d{1,6}(?:\/\d{1,2})?\/\d{2}(?![\p{N}/])(?:[ \t]{1,3}(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}(?!\d)){0,3}`,
  'gu',
);

/** A cheap check before the scan: a line naming none of the series' words holds none of their numbers. */
const SERIES_WORD = /UE[-‐‑–]|ACP[-‐‑–]|EEE/;

/**
 * The warning of a document that cites numbers of an association council's series: the register keeps them apart from
 * the main series (`UE-UA 2101/25` is not `2101/25`) and their address there is not certain from the number, so the
 * archive links none to the register (each has a page of its own: identifier-references.ts) and says so, naming each as printed once (spaces made single), on the line it is first cited;
 * none where it cites none but its `own` number (a header line, printed again by its footers).
 */
export function associationWarnings(lines: readonly SourceLine[], own: readonly string[] = []): IngestWarning[] {
  const cited = new Map<string, number>();
  for (const { text, line } of lines) {
    if (!SERIES_WORD.test(text)) continue;
    for (const match of text.matchAll(ASSOCIATION_REFERENCE)) {
      const number = match[0].replace(/[ \t\u00a0]+/g, ' ');
      if (!cited.has(number) && !own.includes(number)) cited.set(number, line);
    }
  }
  if (cited.size === 0) return [];
  const first = Math.min(...cited.values());
  const numbers = [...cited.keys()].map((number) => `"${number}"`).join(', ');
  return [
    {
      line: first,
      message: `not linked to the register: ${numbers}, ${cited.size === 1 ? 'a number' : 'numbers'} of an association council's series, which the register keeps apart from the main series at no address certain from the number (${cited.size === 1 ? 'its page lists' : 'each one’s page lists'} the papers citing it)`,
    },
  ];
}
