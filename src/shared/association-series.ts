/**
 * The series of joint bodies' documents the Council's register keeps apart from its main series, each named before the
 * number: an association or stabilisation council's, `UE-` and the partner's two-letter code (`UE-UA 2101/25` Ukraine,
 * `UE-MD` Moldova, `UE-GE` Georgia, `UE-RS` Serbia, `UE-TR` Türkiye …), the ACP-EU Council of Ministers' and Committee of
 * Ambassadors' (`ACP-UE 2103/25`) and the EEA Council's and Joint Committee's (`EEE 1601/25`), their hyphen printed as
 * a dash too (`UE–UA`, `ACP–UE`). `2103/25` of `ACP-UE 2103/25` is no document of the main series.
 */
export const ASSOCIATION_SERIES = String.raw`(?:UE[-‐‑–][A-Z]{2}|ACP[-‐‑–]UE|EEE)`;

/** ASSOCIATION_SERIES with its parts apart: `UE` and the partner's code, `ACP` and `UE`, or `EEE` alone (groups: first, second). */
const SERIES_PARTS = /^(UE|ACP)[-‐‑–](UE|[A-Z]{2})$|^(EEE)$/;

/** A series' name as printed, in one form (`UE–UA` → `UE-UA`, `ACP–UE` → `ACP-UE`), or null where it is none of the series. */
export function associationSeries(printed: string): string | null {
  const parts = SERIES_PARTS.exec(printed);
  if (parts === null) return null;
  return parts[3] ?? `${parts[1] ?? ''}-${parts[2] ?? ''}`;
}
